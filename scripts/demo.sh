#!/usr/bin/env bash
# The demo: builds what is missing, starts the local KF5 sandbox and the embedded PostgreSQL, and imports the
# sample tickets (CSV, then Excel) with config/mapping.yml. Run it twice: the second run creates nothing.
#
#   scripts/demo.sh            # sandbox on 127.0.0.1:18089, progress in ./.kf5-import
#   KF5_SANDBOX_PORT=18100 scripts/demo.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
port="${KF5_SANDBOX_PORT:-18089}"
export KF5_IMPORT_HOME="${KF5_IMPORT_HOME:-$root/.kf5-import}"
mkdir -p "$KF5_IMPORT_HOME"

scripts/kf5-import --version >/dev/null

if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  echo "demo: port $port is already in use; stop what listens there or set KF5_SANDBOX_PORT" >&2
  exit 2
fi
scripts/kf5-import sandbox --port "$port" --state "$KF5_IMPORT_HOME/sandbox-state.json" \
  >"$KF5_IMPORT_HOME/sandbox.log" 2>&1 &
sandbox=$!
trap 'kill "$sandbox" 2>/dev/null; wait "$sandbox" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
  kill -0 "$sandbox" 2>/dev/null || { echo "demo: the sandbox did not start:" >&2; cat "$KF5_IMPORT_HOME/sandbox.log" >&2; exit 2; }
  sleep 0.5
done
echo "KF5 sandbox on http://127.0.0.1:$port (log: $KF5_IMPORT_HOME/sandbox.log)"

export KF5_URL="http://127.0.0.1:$port" KF5_EMAIL="agent@example.com" KF5_API_TOKEN="sandbox"
status=0
for source in sample-data/tickets.csv sample-data/tickets.xlsx; do
  echo
  echo "== kf5-import import --source $source --mapping config/mapping.yml"
  # Exit code 1 means "finished, some rows rejected": the samples hold a few bad rows on purpose.
  scripts/kf5-import import --source "$source" --mapping config/mapping.yml --rate 6000 --concurrency 4 || {
    code=$?
    [[ $code -eq 1 ]] || status=$code
  }
done

echo
total=$(curl -s -u "agent@example.com/token:sandbox" "$KF5_URL/apiv2/tickets.json?per_page=1" \
  | sed -n 's/.*"count"[^0-9]*\([0-9]*\).*/\1/p')
echo "Tickets in the sandbox now: ${total:-unknown}. See one: curl -u agent@example.com/token:sandbox $KF5_URL/apiv2/tickets/1001.json"
exit "$status"
