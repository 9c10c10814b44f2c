#!/usr/bin/env bash
# Writes into README.md what the tool prints today for each command of its session: every
# "$ dotnet run --project src/SahelData.Cli -- ARGS" line of a ```text block is run, and the lines below it, up to the
# next command or the end of the block, are replaced by its output (stdout cut by a trailing "| head -N", then
# stderr, then "(exit code N)" when it fails). Run it after a change to data/ that the session shows (a count in
# `stats`, an event in a timeline); ReadmeTranscriptTests checks the README against the tool.
#   build/update-readme-session.sh [README]         SAHEL="command" to use a tool already built
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
readme="$(realpath "${1:-$root/README.md}")"
if [ -z "${SAHEL:-}" ]; then
  dotnet build "$root/src/SahelData.Cli" -nologo -v q >/dev/null
  SAHEL="dotnet $root/src/SahelData.Cli/bin/Debug/net10.0/sahel.dll"
fi
export SAHEL
cd "$root"
python3 - "$readme" <<'PYTHON'
import os, re, shlex, subprocess, sys

PROMPT = "$ dotnet run --project src/SahelData.Cli -- "
HEAD = re.compile(r"\s*\|\s*head\s+-(\d+)\s*$")

def transcript(command):
    match = HEAD.search(command)
    arguments = shlex.split(command[:match.start()] if match else command)
    run = subprocess.run(shlex.split(os.environ["SAHEL"]) + arguments, capture_output=True, text=True)
    lines = run.stdout.replace("\r\n", "\n").rstrip("\n").split("\n") if run.stdout.strip("\n") else []
    if match:
        lines = lines[: int(match.group(1))]
    if run.stderr.strip("\n"):
        lines += run.stderr.replace("\r\n", "\n").rstrip("\n").split("\n")
    if run.returncode != 0:
        lines.append(f"(exit code {run.returncode})")
    while lines and lines[-1] == "":
        lines.pop()
    return lines

path = sys.argv[1]
source = open(path, encoding="utf-8").read().split("\n")
result, in_text, i = [], False, 0
while i < len(source):
    line = source[i]
    result.append(line)
    i += 1
    if not in_text:
        in_text = line == "```text"
        continue
    if line == "```":
        in_text = False
        continue
    if line.startswith(PROMPT):
        # The old output runs to the blank line before the next command, or to the end of the block.
        while i < len(source) and not source[i].startswith(PROMPT) and source[i] != "```":
            i += 1
        result += transcript(line[len(PROMPT):])
        if i < len(source) and source[i].startswith(PROMPT):
            result.append("")
open(path, "w", encoding="utf-8").write("\n".join(result))
PYTHON
echo "README session updated: $readme"
