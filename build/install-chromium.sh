#!/usr/bin/env bash
# The browser tests drive Debian's chromium (Playwright cannot download its own browser offline). Installs it when
# /usr/bin/chromium is missing, saying so; as root directly, otherwise through sudo.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
echo "sahel tests: /usr/bin/chromium is missing; installing Debian's chromium for the browser tests (apt-get update && apt-get install -y chromium)"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
echo "sahel tests: chromium installed: $(/usr/bin/chromium --version 2>/dev/null || echo '/usr/bin/chromium')"
