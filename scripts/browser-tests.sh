#!/usr/bin/env bash
# Browser tests of the workbench and the applicant's page (tests/browser/*.test.mjs): Debian's Chromium
# driven by playwright-core against a real local host on Azurite. Nothing is mocked.
#
# Needs: the local host built in Release (dotnet build functions/Reception.LocalHost -c Release) and
# RECEPTION_TEST_STORAGE, an Azurite connection string (test.sh starts Azurite and exports it).
# Starts the local host on a free loopback port with its own task hub and table prefix, waits for
# GET /api/health, runs node --test, stops the host, and exits with node's status.
#   CHROMIUM_PATH (default /usr/bin/chromium)   BROWSER_TESTS_LOG (default .testrun/browser-host.log)
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/common.sh
source scripts/common.sh

if [ -z "${RECEPTION_TEST_STORAGE:-}" ]; then
  echo "RECEPTION_TEST_STORAGE is not set: start Azurite and export its connection string (see test.sh)." >&2
  exit 2
fi
HOST_DIR=functions/Reception.LocalHost/bin/Release/net10.0
if [ ! -f "$HOST_DIR/Reception.LocalHost.dll" ]; then
  echo "No Release build of the local host in $HOST_DIR: run dotnet build -c Release first." >&2
  exit 2
fi
if [ ! -f "$HOST_DIR/web/index.html" ]; then
  echo "The build output has no web/ folder ($HOST_DIR/web): rebuild the local host." >&2
  exit 2
fi
# The build copies web/ beside the binaries; copy it again so the tests always see the working tree's
# pages (a page edited after the last build would otherwise be tested in its old version).
if ! diff -rq --exclude=docs web "$HOST_DIR/web" >/dev/null 2>&1; then
  echo "Copying web/ into $HOST_DIR/web (changed since the build)..."
  tar -C web --exclude=./docs -cf - . | tar -C "$HOST_DIR/web" -xf -
fi
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM_PATH" ]; then
  echo "Chromium not found at $CHROMIUM_PATH (apt-get install chromium, or set CHROMIUM_PATH)." >&2
  exit 2
fi
ensure_node_tools

PORT=$(free_port)
HUB="web$(node -e 'console.log(require("crypto").randomBytes(6).toString("hex"))')"
LOG="${BROWSER_TESTS_LOG:-.testrun/browser-host.log}"
mkdir -p "$(dirname "$LOG")" tests/browser/screenshots

echo "Starting the local host on 127.0.0.1:$PORT (task hub $HUB; log $LOG)..."
(
  cd "$HOST_DIR"
  ASPNETCORE_ENVIRONMENT=Development DOTNET_ENVIRONMENT=Development \
  Reception__LocalHost__Port="$PORT" \
  Reception__Storage__ConnectionString="$RECEPTION_TEST_STORAGE" \
  TaskHubName="$HUB" \
  Reception__Storage__TablePrefix="$HUB" \
  Reception__Notifications__QueueName="outbox-$HUB" \
  Reception__Workflow__StartQueueName="starts-$HUB" \
  Reception__Storage__DocumentsContainer="docs-$HUB" \
  exec dotnet Reception.LocalHost.dll
) >"$LOG" 2>&1 &
HOST_PID=$!

stop_host() {
  if kill -0 "$HOST_PID" 2>/dev/null; then
    kill -TERM "$HOST_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do
      kill -0 "$HOST_PID" 2>/dev/null || break
      sleep 0.2
    done
    kill -KILL "$HOST_PID" 2>/dev/null || true
  fi
  wait "$HOST_PID" 2>/dev/null || true
}
trap stop_host EXIT INT TERM

BASE="http://127.0.0.1:$PORT"
ready=0
for _ in $(seq 1 120); do
  if ! kill -0 "$HOST_PID" 2>/dev/null; then
    echo "The local host ended before it served; its log:" >&2
    tail -n 50 "$LOG" >&2
    exit 1
  fi
  if [ "$(curl -s -o /dev/null -m 2 -w '%{http_code}' "$BASE/api/health" || true)" = "200" ]; then
    ready=1
    break
  fi
  sleep 0.5
done
if [ "$ready" != 1 ]; then
  echo "GET $BASE/api/health did not answer 200 within 60 s; the host's log:" >&2
  tail -n 50 "$LOG" >&2
  exit 1
fi

echo "Running the browser tests against $BASE..."
status=0
RECEPTION_BASE_URL="$BASE" timeout 600 node --test --test-concurrency=1 tests/browser/ || status=$?
exit "$status"
