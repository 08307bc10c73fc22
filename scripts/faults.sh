#!/usr/bin/env bash
# The fault suite: the local host on an Azurite of its own, the outside gateways as an HTTP sink;
# appeals through intake, R2, review, decision and booking (out-of-turn ones re-plan the day) while
# the host is SIGKILLed at seeded moments; then storage stopped while intake goes on. Prints each
# check and "N passed, N failed" (also in .testrun/faults-report.txt).
#   scripts/faults.sh                      the full run: 200 appeals, 3 kills, a 30 s outage
#   scripts/faults.sh APPEALS KILLS OUTAGE_SECONDS [SEED]
# The test command runs a small one (60 appeals, 2 kills, a 10 s outage) through the same test.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/common.sh
source scripts/common.sh
ensure_node_tools
export RECEPTION_FAULTS_APPEALS="${1:-200}" RECEPTION_FAULTS_KILLS="${2:-3}" RECEPTION_FAULTS_OUTAGE_SECONDS="${3:-30}"
export RECEPTION_FAULTS_SEED="${4:-20261125}" RECEPTION_FAULTS_OUTAGE_APPEALS="${RECEPTION_FAULTS_OUTAGE_APPEALS:-20}"
dotnet build tests/Reception.EndToEnd/Reception.EndToEnd.csproj -c Release --nologo -v quiet
mkdir -p .testrun
# The checks print as they go (.testrun/faults-report.txt); the whole test output is kept beside it.
dotnet test tests/Reception.EndToEnd/Reception.EndToEnd.csproj -c Release --no-build --nologo \
  --filter "FullyQualifiedName~FaultSuiteTests" --logger "console;verbosity=detailed" > .testrun/faults-output.txt 2>&1 || true
cat .testrun/faults-report.txt
grep -A6 'Error Message' .testrun/faults-output.txt || true
tail -n 1 .testrun/faults-report.txt | grep -q ' 0 failed$'
