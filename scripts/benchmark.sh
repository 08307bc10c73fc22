#!/usr/bin/env bash
# Benchmarks: builds in Release, starts Azurite on free ports (in memory; on disk for intake, lifecycle,
# memory and scale, as run.sh runs it), runs tests/Reception.Benchmarks (the modes that need a local host start their own),
# prints the figures and the targets, stops Azurite.
#   scripts/benchmark.sh intake [operations]   intake beside an insert baseline (default 2000)
#   scripts/benchmark.sh report [appeals]      the quarterly report beside a full scan (default 100000)
#   scripts/benchmark.sh worklist [appeals [seed]]  a worklist page of 50 beside a point read, at appeals/10 and appeals (default 10000)
#   scripts/benchmark.sh memory [appeals]      the host's memory with appeals/10, /2 and all waiting for review (default 10000)
#   scripts/benchmark.sh scale [levels...]     intake and registration at each level of waiting appeals (default 100 1000 2000 5000)
#   scripts/benchmark.sh lifecycle [appeals]   appeals intake-to-closed over HTTP beside the bare engine's same shape (default 24 per round, 3 rounds)
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/common.sh
source scripts/common.sh
ensure_node_tools
dotnet build tests/Reception.Benchmarks/Reception.Benchmarks.csproj -c Release --nologo -v quiet
BLOB=$(free_port) QUEUE=$(free_port) TABLE=$(free_port)
mkdir -p .testrun
trap stop_azurite EXIT INT TERM
case "${1:-}" in
  # Azurite persisting to disk, as run.sh runs it, in a directory of this run's own. In memory,
  # Azurite keeps each queue message in an extent of its own and its queue GC (every 60 s) deletes
  # them one by one from an array: with the engine's traffic it stalled for 13-26 s about once a minute.
  memory|scale|lifecycle|intake) rm -rf ".testrun/azurite-$1" && start_azurite "$BLOB" "$QUEUE" "$TABLE" .testrun/azurite-bench.log --location ".testrun/azurite-$1" ;;
  *) start_azurite "$BLOB" "$QUEUE" "$TABLE" .testrun/azurite-bench.log --inMemoryPersistence ;;
esac
# Its access log (one line per request) is how the lifecycle benchmark counts storage requests.
export RECEPTION_BENCH_AZURITE_LOG="$PWD/.testrun/azurite-bench.log"
export RECEPTION_TEST_STORAGE
RECEPTION_TEST_STORAGE=$(azurite_connection_string "$BLOB" "$QUEUE" "$TABLE")
dotnet tests/Reception.Benchmarks/bin/Release/net10.0/Reception.Benchmarks.dll "$@"
