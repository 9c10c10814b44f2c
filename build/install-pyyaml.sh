#!/usr/bin/env bash
# The YAML tests compare the parser with PyYAML, a reader written elsewhere. Installs Debian's python3-yaml when
# `python3 -c 'import yaml'` fails, saying so; as root directly, otherwise through sudo.
set -euo pipefail
if python3 -c 'import yaml' 2>/dev/null; then
  exit 0
fi
echo "sahel tests: PyYAML is missing; installing Debian's python3-yaml for the YAML reference tests"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq python3 python3-yaml >/dev/null
python3 -c 'import yaml; print("sahel tests: PyYAML", yaml.__version__, "installed")'
