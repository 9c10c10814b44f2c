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
  cp -r "$root/Directory.Build.props" "$root/Directory.Packages.props" "$root/global.json" "$root/build" "$root/src" "$root/generators" "$copy/"
  rm -rf "$copy"/src/*/bin "$copy"/src/*/obj "$copy"/generators/*/bin "$copy"/generators/*/obj
  dotnet run -c Release --project "$root/tests/SahelData.Benchmarks" -- write "$size" "$work/synthetic-$size" >/dev/null
  cp -r "$work/synthetic-$size/data" "$copy/data"
  dotnet build "$copy/src/SahelData.Cli" -c Release -nologo -v q -o "$work/cli-$size" >/dev/null
  site_time "$work/cli-$size/sahel.dll" "synthetic $size entries"
done
