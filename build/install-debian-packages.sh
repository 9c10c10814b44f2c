#!/usr/bin/env bash
# Installs Debian packages with apt-get, saying why; as root directly, otherwise through sudo. The install-*.sh
# scripts decide what is missing and call this with the reason and the packages.
#   build/install-debian-packages.sh "<who>: <why>" package...
set -euo pipefail
reason="$1"
shift
echo "$reason (apt-get update && apt-get install -y $*)"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
