#!/usr/bin/env bash
# Publishes the sahel tool as NativeAOT and runs against that executable the tool's process tests and the language
# server session (Neovim against `sahel lsp`), the same tests the JIT tool passes (SAHEL_TOOL_EXE tells them which
# executable to run).
#   build/test-native-tool.sh [output folder]      default: artifacts/native
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-artifacts/native}"

build/install-native-toolchain.sh
echo "sahel native: publishing the tool as NativeAOT to $out"
start=$(date +%s)
dotnet publish src/SahelData.Cli -c Release -p:PublishProfile=native -p:UseSharedCompilation=false -o "$out" -nologo -clp:NoSummary
echo "sahel native: published in $(( $(date +%s) - start )) s, $(du -h "$out/sahel" | cut -f1) executable"

export SAHEL_TOOL_EXE="$(cd "$out" && pwd)/sahel"
"$SAHEL_TOOL_EXE" --version
dotnet test tests/SahelData.Tests --filter "FullyQualifiedName~SahelData.Tests.ToolProcessTests|FullyQualifiedName~SahelData.Tests.LanguageServer.LanguageServerSessionTests" -nologo
