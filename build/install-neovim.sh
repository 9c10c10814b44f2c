#!/usr/bin/env bash
# The language server tests drive Debian's neovim, a real LSP client that no one here wrote. Installs it when
# /usr/bin/nvim is missing, saying so.
set -euo pipefail
if [ -x /usr/bin/nvim ]; then
  exit 0
fi
"$(dirname "$0")/install-debian-packages.sh" "sahel tests: /usr/bin/nvim is missing; installing Debian's neovim for the language server tests" neovim
echo "sahel tests: neovim installed: $(/usr/bin/nvim --version | head -1)"
