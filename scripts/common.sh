# Shared by run.sh and test.sh: installing tools, ports, and Azurite.
# shellcheck shell=bash

AZURITE_ACCOUNT_KEY="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="

# npm ci when Azurite or playwright-core is not installed yet (a fresh clone, or a clone from before the browser tests).
ensure_node_tools() {
  if [ ! -x node_modules/.bin/azurite ] || [ ! -d node_modules/playwright-core ]; then
    echo "Installing Azurite and playwright-core (npm ci)..."
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

# Debian's Chromium for the browser tests: installed with apt-get when missing (as root, or with sudo).
ensure_chromium() {
  if [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
    return 0
  fi
  echo "Installing Chromium (apt-get install chromium) for the browser tests..."
  local sudo=""
  if [ "$(id -u)" != "0" ]; then
    sudo="sudo"
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
}

# True when something already listens on 127.0.0.1:$1.
port_in_use() {
  (echo >"/dev/tcp/127.0.0.1/$1") >/dev/null 2>&1
}

# A free TCP port on loopback, chosen by the OS.
free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();});'
}

# start_azurite BLOB QUEUE TABLE LOG [azurite args: --location DIR | --inMemoryPersistence]: starts
# Azurite's three services on loopback in the background, one process each (AZURITE_PIDS), all
# logging to LOG, and waits until their ports answer.
# One process per service: Azurite is a single-threaded Node.js program, and the engine keeps its
# queues and its tables busy at once; apart, they run on two cores. --disableTelemetry: Azurite
# otherwise reports its start, stop and a sample of requests to Application Insights on the internet.
start_azurite() {
  local blob=$1 queue=$2 table=$3 log=$4
  shift 4
  mkdir -p "$(dirname "$log")"
  : >"$log"
  AZURITE_PIDS=()
  local common=(--skipApiVersionCheck --loose --disableTelemetry)
  node_modules/.bin/azurite-table "${common[@]}" --tableHost 127.0.0.1 --tablePort "$table" "$@" >>"$log" 2>&1 &
  AZURITE_PIDS+=($!)
  node_modules/.bin/azurite-queue "${common[@]}" --queueHost 127.0.0.1 --queuePort "$queue" "$@" >>"$log" 2>&1 &
  AZURITE_PIDS+=($!)
  node_modules/.bin/azurite-blob "${common[@]}" --blobHost 127.0.0.1 --blobPort "$blob" "$@" >>"$log" 2>&1 &
  AZURITE_PIDS+=($!)
  for _ in $(seq 1 100); do
    if port_in_use "$table" && port_in_use "$queue" && port_in_use "$blob"; then
      return 0
    fi
    local pid
    for pid in "${AZURITE_PIDS[@]}"; do
      if ! kill -0 "$pid" 2>/dev/null; then
        echo "Azurite failed to start; its log ($log):" >&2
        cat "$log" >&2
        stop_azurite
        return 1
      fi
    done
    sleep 0.2
  done
  echo "Azurite did not open its ports within 20 s; see $log" >&2
  return 1
}

# Asks each Azurite process to close, and kills it if it has not within 5 s (its graceful close can hang).
stop_azurite() {
  local pid
  for pid in "${AZURITE_PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${AZURITE_PIDS[@]}"; do
    for _ in $(seq 1 25); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.2
    done
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  AZURITE_PIDS=()
}

# The connection string of an Azurite on the given ports.
azurite_connection_string() {
  local blob=$1 queue=$2 table=$3
  echo "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${AZURITE_ACCOUNT_KEY};BlobEndpoint=http://127.0.0.1:${blob}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:${queue}/devstoreaccount1;TableEndpoint=http://127.0.0.1:${table}/devstoreaccount1;"
}
