#!/usr/bin/env bash
# The browser tests drive Debian's chromium (Playwright cannot download its own browser offline). Installs it when
# /usr/bin/chromium is missing, saying so.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
"$(dirname "$0")/install-debian-packages.sh" "sahel tests: /usr/bin/chromium is missing; installing Debian's chromium for the browser tests" chromium
echo "sahel tests: chromium installed: $(/usr/bin/chromium --version 2>/dev/null || echo '/usr/bin/chromium')"
