#!/usr/bin/env bash
# Chaos trials at scale: for each trial, a generated export (good rows and a few bad ones), a KF5 sandbox injecting
# faults, and the importer killed with kill -9 at random moments, then run again until it finishes. Afterwards every
# good row must have exactly one ticket (found by its key in custom field field_201) and every bad row none.
#
#   scripts/chaos.sh [--trials N] [--rows N] [--faults SPEC] [--seed N] [--kills N] [--max-delay SECONDS]
#                    [--rate PER_MINUTE] [--read-timeout SECONDS] [--slow-delay SECONDS] [--chunk-size N]
#
#   --trials 5          trials to run
#   --rows 500          good rows per trial (three bad rows are added)
#   --faults SPEC       sandbox faults, default error5xx=0.03,rate429=0.03,reset=0.03,slow=0.02,drop-after-commit=0.03
#   --seed N            seed of every random draw (kill moments, sandbox faults); printed, so a run can be replayed
#   --kills 5           kill -9s per trial; after the last one the importer is left to finish
#   --max-delay 20      a kill by time comes 1 to this many seconds after the importer started (one kill in four;
#                       the others come once KF5 holds a random number more tickets)
#   --rate 3000         the importer's --rate, so that a run lasts long enough to be killed in the middle
#   --read-timeout 2    the importer's --read-timeout
#   --slow-delay 3      how long a 'slow' answer takes: above the read timeout, below twice it (the settle wait)
#   --chunk-size 20     the importer's --chunk-size: small, so that kills land in many chunks (the default is 200)
#
# Prints, per trial and in total: rows, runs, kills, tickets, duplicates, lost rows, bad rows with a ticket. Exits 1
# when any row is duplicated or lost or a trial did not finish, 2 on a usage error. Work files: target/chaos/<seed>/.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

trials=5 rows=500 seed="" kills_per_trial=5 max_delay=20 rate=3000 read_timeout=2 slow_delay=3 chunk_size=20
faults="error5xx=0.03,rate429=0.03,reset=0.03,slow=0.02,drop-after-commit=0.03"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --trials) trials="$2"; shift 2 ;;
    --rows) rows="$2"; shift 2 ;;
    --faults) faults="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --kills) kills_per_trial="$2"; shift 2 ;;
    --max-delay) max_delay="$2"; shift 2 ;;
    --rate) rate="$2"; shift 2 ;;
    --read-timeout) read_timeout="$2"; shift 2 ;;
    --slow-delay) slow_delay="$2"; shift 2 ;;
    --chunk-size) chunk_size="$2"; shift 2 ;;
    -h|--help) sed -n '2,22p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "chaos: unknown argument '$1'; see scripts/chaos.sh --help" >&2; exit 2 ;;
  esac
done
for number in "$trials" "$rows" "$kills_per_trial" "$max_delay" "$rate" "$read_timeout" "$slow_delay" \
  "$chunk_size"; do
  [[ "$number" =~ ^[0-9]+$ ]] || { echo "chaos: '$number' is not a whole number" >&2; exit 2; }
done
seed="${seed:-$(( $(date +%s) % 32768 ))}"
[[ "$seed" =~ ^[0-9]+$ ]] || { echo "chaos: --seed '$seed' is not a whole number" >&2; exit 2; }
RANDOM="$seed"
max_runs=$(( kills_per_trial + 10 ))
work="$root/target/chaos/$seed"
rm -rf "$work"
mkdir -p "$work"

scripts/kf5-import --version >/dev/null   # builds the jar once, before any timing matters
jar="$root/target/kf5-importer.jar"
java_opts=(-Xmx512m -Dfile.encoding=UTF-8)

sandbox_pid=""
importer_pid=""
cleanup() {
  [[ -n "$importer_pid" ]] && kill -9 "$importer_pid" 2>/dev/null || true
  [[ -n "$sandbox_pid" ]] && kill "$sandbox_pid" 2>/dev/null && wait "$sandbox_pid" 2>/dev/null || true
  stop_orphan_postgres
}
# A killed importer leaves its embedded PostgreSQL running; the next run stops it, and so does the end of a trial.
stop_orphan_postgres() {
  local pidfile
  for pidfile in "$work"/trial-*/home/pgdata/postmaster.pid; do
    [[ -f "$pidfile" ]] || continue
    kill -INT "$(head -n 1 "$pidfile")" 2>/dev/null || true
  done
}
trap cleanup EXIT

write_source() {   # folder prefix rows
  local folder="$1" prefix="$2" count="$3" n attachment
  mkdir -p "$folder/attachments"
  printf 'printer log\n' >"$folder/attachments/log.txt"
  {
    echo "工单编号,标题,描述,类型,状态,优先级,提交人,邮箱,电话,标签,产品,截止时间,订单号,订单金额,附件,创建时间"
    for (( n = 1; n <= count; n++ )); do
      attachment=""; (( n % 10 == 0 )) && attachment="log.txt"
      echo "$prefix-$n,打印机报错 $n,收银台打印机报错 E-$n,故障,待处理,高,张伟,user$n@example.com,,打印机,POS,,,,$attachment,2024-03-01 09:12"
    done
    echo "$prefix-bad-1,,没有标题,故障,待处理,高,张伟,bad1@example.com,,,,,,,,"
    echo "$prefix-bad-2,邮箱有误,描述,故障,待处理,高,张伟,not-an-email,,,,,,,,"
    echo "$prefix-bad-3,状态不明,描述,故障,挂起,高,张伟,bad3@example.com,,,,,,,,"
  } >"$folder/tickets.csv"
}

start_sandbox() {   # folder
  local folder="$1" url=""
  java "${java_opts[@]}" -jar "$jar" sandbox --port 0 --state "$folder/kf5-state.json" --faults "$faults" \
    --slow-delay "$slow_delay" --fault-seed "$RANDOM" >"$folder/sandbox.log" 2>&1 &
  sandbox_pid=$!
  for _ in $(seq 1 240); do
    url="$(sed -n 's/^KF5 sandbox on \(http[^ ]*\).*/\1/p' "$folder/sandbox.log")"
    [[ -n "$url" ]] && break
    if ! kill -0 "$sandbox_pid" 2>/dev/null; then
      echo "chaos: the sandbox did not start:" >&2
      cat "$folder/sandbox.log" >&2
      exit 2
    fi
    sleep 0.25
  done
  [[ -n "$url" ]] || { echo "chaos: the sandbox did not say where it listens" >&2; exit 2; }
  sandbox_url="$url"
}

stop_sandbox() {   # writes the state file on its way out
  kill "$sandbox_pid" 2>/dev/null || true
  wait "$sandbox_pid" 2>/dev/null || true
  sandbox_pid=""
}

# Tickets the sandbox holds, from its state file (written within a second of each change).
ticket_count() {   # folder
  jq '.tickets | length' "$1/kf5-state.json" 2>/dev/null || echo 0
}

# Waits for one of two random moments, then kills the importer with kill -9 unless it has ended: mostly once KF5
# holds a random number more tickets (so the kill lands while rows are being sent), sometimes a random time after
# the start (so it may land in start-up, or in the settle step).
kill_at_random() {   # folder
  local folder="$1" target waited=0 limit_ms extra_ms
  if (( RANDOM % 4 == 0 )); then
    target=-1
    limit_ms=$(( 1000 + ((RANDOM << 15) | RANDOM) % (max_delay * 1000 - 999) ))
  else
    target=$(( $(ticket_count "$folder") + 1 + RANDOM % (rows / 4 + 1) ))
    limit_ms=300000
  fi
  while (( waited < limit_ms )) && kill -0 "$importer_pid" 2>/dev/null; do
    (( target >= 0 && $(ticket_count "$folder") >= target )) && break
    sleep 0.2
    waited=$(( waited + 200 ))
  done
  extra_ms=$(( target >= 0 ? RANDOM % 1000 : 0 ))
  sleep "$(( extra_ms / 1000 )).$(printf '%03d' $(( extra_ms % 1000 )))"
  kill -9 "$importer_pid" 2>/dev/null || true
}

# Runs the importer, killed at random when told to. Sets run_exit (137 when killed).
run_importer() {   # folder kill(0|1)
  local folder="$1" kill_it="$2"
  java "${java_opts[@]}" -jar "$jar" import --source "$folder/tickets.csv" --mapping config/mapping.yml \
    --url "$sandbox_url" --email agent@example.com --token sandbox --home "$folder/home" \
    --rate "$rate" --concurrency 4 --chunk-size "$chunk_size" --read-timeout "$read_timeout" --progress none \
    >>"$folder/importer.out" 2>>"$folder/importer.log" &
  importer_pid=$!
  if [[ "$kill_it" == 1 ]]; then
    kill_at_random "$folder"
  fi
  set +e
  wait "$importer_pid" 2>/dev/null
  run_exit=$?
  set -e
  importer_pid=""
}

# Finished: exit code 0, or 1 whose summary lists rejected rows but no failed one (a failed row is retried by a rerun).
finished() {   # folder
  [[ "$run_exit" == 0 ]] && return 0
  [[ "$run_exit" == 1 ]] && tail -n 200 "$1/importer.out" | grep -E '^  failed ' | tail -n 1 | grep -qE ' 0$'
}

echo "Chaos: $trials trials x $rows rows (+3 bad), faults $faults, slow-delay ${slow_delay}s," \
  "read-timeout ${read_timeout}s, seed $seed"
total_runs=0 total_kills=0 total_duplicates=0 total_lost=0 total_bad=0 unfinished=0
for (( trial = 1; trial <= trials; trial++ )); do
  folder="$work/trial-$trial"
  prefix="C$seed-$trial"
  mkdir -p "$folder"
  write_source "$folder" "$prefix" "$rows"
  start_sandbox "$folder"
  runs=0 kills=0 done=no
  while (( runs < max_runs )); do
    runs=$(( runs + 1 ))
    if (( kills < kills_per_trial )); then
      run_importer "$folder" 1
      if [[ "$run_exit" == 137 ]]; then kills=$(( kills + 1 )); continue; fi
    else
      run_importer "$folder" 0
    fi
    if finished "$folder"; then done=yes; break; fi
  done
  stop_sandbox
  stop_orphan_postgres

  jq -r '.tickets[].custom_fields[]? | select(.name == "field_201") | .value' "$folder/kf5-state.json" \
    | sort >"$folder/markers.txt"
  tickets=$(wc -l <"$folder/markers.txt")
  duplicates=$(uniq -d "$folder/markers.txt" | wc -l)
  for (( n = 1; n <= rows; n++ )); do echo "$prefix-$n"; done | sort >"$folder/expected.txt"
  lost=$(comm -23 "$folder/expected.txt" <(uniq "$folder/markers.txt") | wc -l)
  bad=$(grep -c -- "-bad-" "$folder/markers.txt" || true)
  [[ "$done" == yes ]] || unfinished=$(( unfinished + 1 ))
  total_runs=$(( total_runs + runs )) total_kills=$(( total_kills + kills ))
  total_duplicates=$(( total_duplicates + duplicates )) total_lost=$(( total_lost + lost ))
  total_bad=$(( total_bad + bad ))
  printf 'trial %d: rows %d, runs %d, kills %d, finished %s, tickets %d, duplicates %d, lost %d,' \
    "$trial" "$rows" "$runs" "$kills" "$done" "$tickets" "$duplicates" "$lost"
  printf ' bad rows with a ticket %d\n' "$bad"
done

echo "total: trials $trials, rows $(( trials * rows )), runs $total_runs, kills $total_kills," \
  "duplicates $total_duplicates, lost rows $total_lost, bad rows with a ticket $total_bad," \
  "unfinished trials $unfinished (seed $seed; files in $work)"
if (( total_duplicates + total_lost + total_bad + unfinished > 0 )); then
  exit 1
fi
