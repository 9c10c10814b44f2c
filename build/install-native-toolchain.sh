#!/usr/bin/env bash
# NativeAOT links with the platform's C toolchain: Debian's clang (compiler and linker driver) and zlib1g-dev (the
# runtime links libz). Installs whichever is missing, saying so.
set -euo pipefail
missing=()
command -v clang >/dev/null 2>&1 || missing+=(clang)
dpkg -s zlib1g-dev >/dev/null 2>&1 || missing+=(zlib1g-dev)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
"$(dirname "$0")/install-debian-packages.sh" "sahel native: ${missing[*]} missing; installing from Debian for the NativeAOT publish" "${missing[@]}"
echo "sahel native: installed $(clang --version | head -1)"
