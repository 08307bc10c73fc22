#!/usr/bin/env bash
# Starts the whole system locally: Azurite (data in .azurite/, git-ignored) and the local host on
# http://127.0.0.1:7071. Ctrl+C stops both. Installs what a fresh clone lacks (npm ci, NuGet restore).
#   ./run.sh                       real time
#   Reception__Clock__DayLength=00:10:00 Reception__Clock__Start=2026-03-20 ./run.sh    a 10-minute day
set -euo pipefail
cd "$(dirname "$0")"
# shellcheck source=scripts/common.sh
source scripts/common.sh

PORT="${Reception__LocalHost__Port:-7071}"
BLOB=10000 QUEUE=10001 TABLE=10002

for p in "$PORT" "$BLOB" "$QUEUE" "$TABLE"; do
  if port_in_use "$p"; then
    echo "Port $p on 127.0.0.1 is already taken (7071: the local host; 10000-10002: Azurite)." >&2
    echo "Stop whatever listens there (e.g. an earlier ./run.sh, or 'ss -ltnp | grep $p' to find it) and try again." >&2
    exit 1
  fi
done

ensure_node_tools
echo "Building the local host..."
dotnet build functions/Reception.LocalHost/Reception.LocalHost.csproj -c Debug --nologo -v quiet

trap stop_azurite EXIT INT TERM
mkdir -p .azurite/data
start_azurite "$BLOB" "$QUEUE" "$TABLE" .azurite/azurite.log --location .azurite/data
echo "Azurite is up (blob $BLOB, queue $QUEUE, table $TABLE); log in .azurite/azurite.log"

export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
export Reception__LocalHost__Port="$PORT"
export Reception__Storage__ConnectionString="${Reception__Storage__ConnectionString:-UseDevelopmentStorage=true}"
echo "Starting the local host on http://127.0.0.1:$PORT (Ctrl+C to stop)..."
# Not exec: the trap must stop Azurite when the host ends.
dotnet functions/Reception.LocalHost/bin/Debug/net10.0/Reception.LocalHost.dll &
HOST_PID=$!
stop_all() {
  trap - EXIT INT TERM
  kill -TERM "$HOST_PID" 2>/dev/null || true # graceful: the host releases its durable partitions
  wait "$HOST_PID" 2>/dev/null || true
  stop_azurite
}
trap stop_all EXIT INT TERM
wait "$HOST_PID"
