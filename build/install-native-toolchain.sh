#!/usr/bin/env bash
# NativeAOT links with the platform's C toolchain: Debian's clang (compiler and linker driver) and zlib1g-dev (the
# runtime links libz). Installs whichever is missing, saying so; as root directly, otherwise through sudo.
set -euo pipefail
missing=()
command -v clang >/dev/null 2>&1 || missing+=(clang)
dpkg -s zlib1g-dev >/dev/null 2>&1 || missing+=(zlib1g-dev)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "sahel native: ${missing[*]} missing; installing from Debian for the NativeAOT publish (apt-get update && apt-get install -y ${missing[*]})"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
echo "sahel native: installed $(clang --version | head -1)"
