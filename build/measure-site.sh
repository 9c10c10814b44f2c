#!/usr/bin/env bash
# Times `sahel site` on the real dataset and on synthetic datasets (tests/SahelData.Benchmarks' generator), to show that
# site generation grows linearly with the data. Usage: build/measure-site.sh [SIZE...]   (default: 1000 10000)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sizes=("${@:-1000 10000}")

site_time() {   # $1: sahel.dll, $2: label. Three runs, each reported: the machine may be shared, the least is the cost.
  local out runs=()
  for _ in 1 2 3; do
    rm -rf "$work/site"
    out=$(dotnet "$1" site -o "$work/site" 2>&1 >/dev/null)
    runs+=("$(echo "$out" | sed -E 's/.* in ([0-9]+) ms/\1/')")
  done
  echo "$2: $(echo "$out" | sed -E 's/wrote ([0-9]+) files.*/\1 files/'), ${runs[*]} ms"
}

dotnet build "$root/src/SahelData.Cli" -c Release -nologo -v q -o "$work/real" >/dev/null
site_time "$work/real/sahel.dll" "real data ($(dotnet "$work/real/sahel.dll" stats | head -1 | sed -E 's/.*: ([0-9]+) entries.*/\1/') entries)"

for size in ${sizes[@]}; do
  copy="$work/repo-$size"
  mkdir -p "$copy"
  cp -r "$root/Directory.Build.props" "$root/Directory.Packages.props" "$root/global.json" "$root/build" "$root/compiler" "$root/src" "$root/generators" "$copy/"
  rm -rf "$copy"/compiler/*/bin "$copy"/compiler/*/obj "$copy"/src/*/bin "$copy"/src/*/obj "$copy"/generators/*/bin "$copy"/generators/*/obj
  dotnet run -c Release --project "$root/tests/SahelData.Benchmarks" -- write "$size" "$work/synthetic-$size" >/dev/null
  cp -r "$work/synthetic-$size/data" "$copy/data"
  if ! built=$(dotnet build "$copy/src/SahelData.Cli" -c Release -nologo -v q -o "$work/cli-$size" 2>&1); then
    echo "$built" | tail -20 >&2
    echo "measure-site: the tool did not build over the synthetic $size-entry data" >&2
    exit 1
  fi
  site_time "$work/cli-$size/sahel.dll" "synthetic $size entries"
done
