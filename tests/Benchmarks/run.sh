#!/usr/bin/env bash
# The performance suite (docs/performance.md). Usage: tests/Benchmarks/run.sh [ratios|check|bdn] [options]
#   ratios [--files 1000] [--runs 5] [--alone]   the budget table: the pack beside CA1416, in one process, medians
#                                      (--alone adds each analyzer of the pack on its own)
#   generator [--files 1000] [--runs 5]   the source generator: full run and incremental reruns
#   check [--files 100]                every corpus gives the diagnostics its generator expects
#   bdn [BenchmarkDotNet arguments]    the BenchmarkDotNet suite (for example: bdn --filter '*Pack*')
set -euo pipefail
cd "$(dirname "$0")/../.."
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if ! dotnet build tests/Benchmarks -c Release -v quiet -nologo >"$log" 2>&1; then
  cat "$log" >&2
  exit 1
fi
dotnet tests/Benchmarks/bin/Release/net10.0/ResponsibleAI.Benchmarks.dll "$@"
