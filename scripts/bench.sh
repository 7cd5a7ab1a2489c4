#!/usr/bin/env bash
# Measures kf5-import, outside the normal test run: read + map throughput and heap, end to end next to a bare OkHttp
# loop, against a throttled sandbox, and a restart after kill -9 (docs/benchmarks.md says what each number means).
# Generates its own inputs (kept in target/bench/inputs), writes target/bench/results.md.
#
#   scripts/bench.sh [--quick] [--parts read,e2e,throttle,restart] [--update-docs]
#
# --quick: 100k-row files only and one run of each end-to-end measurement (a few minutes instead of ~15).
# --update-docs: also put the results in docs/benchmarks.md, between its "bench:results" markers.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

quick=()
parts="read,e2e,throttle,restart"
update_docs=false
while [[ $# -gt 0 ]]; do
  case "$1" in
    --quick) quick=(--quick) ;;
    --parts) parts="$2"; shift ;;
    --parts=*) parts="${1#--parts=}" ;;
    --update-docs) update_docs=true ;;
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

work="$root/target/bench"
mkdir -p "$work"
echo "bench: building the jar and the test classes (mvn package -DskipTests) ..." >&2
mvn -q -B -Dstyle.color=never -DskipTests package >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 2; }
mvn -q -B -Dstyle.color=never dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$work/classpath.txt" >>"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 2; }

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
started="$(date -u '+%Y-%m-%d %H:%M UTC')"
java -Xmx1g -cp "target/test-classes:target/classes:$(cat "$work/classpath.txt")" io.kf5importer.bench.Bench \
  --work "$work" --script "$root/scripts/kf5-import" --mapping "$root/config/mapping.yml" --parts "$parts" \
  ${quick[@]+"${quick[@]}"}
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

os="$(. /etc/os-release && echo "$PRETTY_NAME")"
cpu="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
ram="$(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo)"
jvm="$(java -version 2>&1 | head -2 | tail -1)"
{
  echo "<!-- bench:results -->"
  echo "## Results of $started"
  echo
  echo "Machine: $(nproc) cores ($cpu), $ram RAM, $os, $(uname -sr), $jvm."
  echo "Load average (1, 5, 15 min) before: $load_before; after: $load_after."
  command="scripts/bench.sh"
  [[ -n "${quick[*]:-}" ]] && command+=" --quick"
  [[ "$parts" != "read,e2e,throttle,restart" ]] && command+=" --parts $parts"
  echo "Command: \`$command\`."
  cat "$work/report.md"
  echo "<!-- /bench:results -->"
} >"$work/results.md"

if $update_docs; then
  docs="$root/docs/benchmarks.md"
  python3 - "$docs" "$work/results.md" <<'PY'
import sys
docs, results = sys.argv[1], open(sys.argv[2], encoding="utf-8").read().strip()
text = open(docs, encoding="utf-8").read()
begin, end = "<!-- bench:results -->", "<!-- /bench:results -->"
start, stop = text.index(begin), text.index(end) + len(end)
open(docs, "w", encoding="utf-8").write(text[:start] + results + text[stop:])
PY
  echo "bench: results written to $docs" >&2
fi
cat "$work/results.md"
