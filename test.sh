#!/usr/bin/env bash
# Runs the whole test suite: builds the solution (warnings are errors), starts its own Azurite on
# free ports with in-memory storage, runs every test project, then the browser tests (Debian's
# Chromium driving the workbench on a local host), stops Azurite. Exits non-zero on any failure.
# Installs what a fresh clone lacks (npm ci, Chromium with apt-get, NuGet restore).
set -euo pipefail
cd "$(dirname "$0")"
# shellcheck source=scripts/common.sh
source scripts/common.sh

CONFIGURATION="${CONFIGURATION:-Release}"
ensure_node_tools
ensure_chromium

echo "Building Reception.Functions.sln ($CONFIGURATION)..."
dotnet build Reception.Functions.sln -c "$CONFIGURATION" --nologo -v quiet

BLOB=$(free_port) QUEUE=$(free_port) TABLE=$(free_port)
mkdir -p .testrun
trap stop_azurite EXIT INT TERM
start_azurite "$BLOB" "$QUEUE" "$TABLE" .testrun/azurite.log --inMemoryPersistence
echo "Azurite for tests: blob $BLOB, queue $QUEUE, table $TABLE"
export RECEPTION_TEST_STORAGE
RECEPTION_TEST_STORAGE=$(azurite_connection_string "$BLOB" "$QUEUE" "$TABLE")

set +e
dotnet test Reception.Functions.sln -c "$CONFIGURATION" --no-build --nologo 2>&1 | tee .testrun/test-output.txt
status=${PIPESTATUS[0]}
echo "Browser tests (screenshots in tests/browser/screenshots/)..."
bash scripts/browser-tests.sh 2>&1 | tee .testrun/browser-output.txt
browser_status=${PIPESTATUS[0]}
set -e

# One closing line for every project together: "N passed, N failed".
cat .testrun/test-output.txt .testrun/browser-output.txt | awk '
     /(Passed|Failed)!/ {
       for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
     }
     /^# pass / { p += $3 }
     /^# fail / { f += $3 }
     /^# skipped / { s += $3 }
     END { gsub(",", "", f); printf "%d passed, %d failed, %d skipped\n", p, f, s }'
if [ "$status" -ne 0 ]; then
  exit "$status"
fi
exit "$browser_status"
