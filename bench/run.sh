#!/usr/bin/env bash
# Load benchmark for the geofacts service: startup time, per-endpoint throughput and latency
# (wrk), resident memory, and a pgbench run of the SQL behind /quotes?speaker=Putin.
#
#   bench/run.sh [--warm] [path-to-quarkus-run.jar]
#
# Builds nothing: run `./mvnw package -DskipTests` first. See bench/README.md for what the
# numbers mean. All traffic goes to 127.0.0.1 only; every step is bounded in time.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH_DIR")"

# ------------------------------------------------------------------ configuration
BENCH_CONNECTIONS="${BENCH_CONNECTIONS:-32}"
BENCH_DURATION="${BENCH_DURATION:-15s}"
BENCH_THREADS="${BENCH_THREADS:-2}"
BENCH_PORT="${BENCH_PORT:-18080}"
BENCH_DB_URL="${BENCH_DB_URL:-jdbc:postgresql://127.0.0.1:5432/geofacts_bench}"
BENCH_DB_USER="${BENCH_DB_USER:-postgres}"
BENCH_DB_PASSWORD="${BENCH_DB_PASSWORD:-postgres}"
BENCH_WARMUP="${BENCH_WARMUP:-10s}"                 # per endpoint, before measuring (JIT warm-up)
BENCH_STARTUP_TIMEOUT="${BENCH_STARTUP_TIMEOUT:-60}" # seconds to wait for /q/health/ready
BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:-}"              # e.g. "-Xmx128m", to try memory settings

# Targets (see README). Startup is for JVM mode.
TARGET_RATIO=0.7
TARGET_P99_MS=25
TARGET_STARTUP_MS=2000
TARGET_RSS_MB=300

# The trivial endpoint first: the others are compared with it. /q/health/live is constant and
# touches no database (the service has no trivial endpoint of its own yet).
TRIVIAL="/q/health/live"
ENDPOINTS=(
  "$TRIVIAL"
  "/quotes?speaker=Putin"
  "/agreements/ru-kp-comprehensive-strategic-partnership-2024/clauses"
  "/claims?claimant=US"
  "/search?q=sanksi"
  "/countries/RU"
)
BASE_URL="http://127.0.0.1:${BENCH_PORT}"

usage() {
  sed -n '2,8p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
  cat <<EOF
Options:
  --warm     keep the database (startup then only checks the dataset); default recreates it,
             so startup includes Flyway migrations and the dataset import
  -h,--help  this text
Environment (defaults): BENCH_CONNECTIONS=32 BENCH_DURATION=15s BENCH_THREADS=2 BENCH_PORT=18080
  BENCH_DB_URL=jdbc:postgresql://127.0.0.1:5432/geofacts_bench BENCH_DB_USER=postgres
  BENCH_WARMUP=10s BENCH_STARTUP_TIMEOUT=60 BENCH_JAVA_OPTS=
EOF
}

die() { echo "bench: $*" >&2; exit 1; }
log() { echo "bench: $*" >&2; }

# ------------------------------------------------------------------ arguments and checks
WARM=false
JAR=""
while (($#)); do
  case "$1" in
    --warm) WARM=true ;;
    -h|--help) usage; exit 0 ;;
    -*) usage >&2; die "unknown option $1" ;;
    *) [[ -z "$JAR" ]] || die "only one jar path, please"; JAR="$1" ;;
  esac
  shift
done
JAR="${JAR:-$ROOT/target/quarkus-app/quarkus-run.jar}"

require() { command -v "$1" >/dev/null 2>&1 || die "'$1' not found: $2"; }

check_prerequisites() {
  [[ -f "$JAR" ]] || die "jar not found: $JAR (build it first: ./mvnw package -DskipTests)"
  JAR="$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")"
  require wrk "install it (Debian: apt-get install wrk)"
  require pgbench "install the PostgreSQL client (Debian: apt-get install postgresql-client)"
  require psql "install the PostgreSQL client (Debian: apt-get install postgresql-client)"
  require curl "install curl"
  require java "install a Java 17+ runtime"
  # Parse the JDBC URL once: dropdb/createdb/pgbench/psql need host, port and name.
  [[ "$BENCH_DB_URL" =~ ^jdbc:postgresql://([^:/?]+)(:([0-9]+))?/([^?]+) ]] \
    || die "BENCH_DB_URL is not a jdbc:postgresql://host[:port]/db URL: $BENCH_DB_URL"
  DB_HOST="${BASH_REMATCH[1]}"; DB_PORT="${BASH_REMATCH[3]:-5432}"; DB_NAME="${BASH_REMATCH[4]}"
  # Something already answering on the port would be measured instead of our jar.
  if curl -s -o /dev/null -m 1 "$BASE_URL/" 2>/dev/null; then
    die "port $BENCH_PORT is already in use; set BENCH_PORT"
  fi
}

# Seconds in a wrk duration such as 15s, 1m, 15 (pgbench -T wants plain seconds).
seconds_of() {
  case "$1" in
    *ms) echo 1 ;;
    *s) echo "${1%s}" ;;
    *m) echo $(( ${1%m} * 60 )) ;;
    *h) echo $(( ${1%h} * 3600 )) ;;
    *) echo "$1" ;;
  esac
}

# ------------------------------------------------------------------ database
# Run a PostgreSQL client tool against the benchmark server: pg TOOL ARGS...
pg() { local tool=$1; shift; PGPASSWORD="$BENCH_DB_PASSWORD" "$tool" -h "$DB_HOST" -p "$DB_PORT" -U "$BENCH_DB_USER" "$@"; }

prepare_database() {
  if $WARM; then
    log "--warm: keeping database $DB_NAME"
    pg psql -d "$DB_NAME" -qtAc 'select 1' >/dev/null || die "database $DB_NAME not reachable"
    return
  fi
  # Dropping is destructive: only for a database that is clearly a benchmark one.
  [[ "$DB_NAME" == *bench* ]] || die "refusing to drop '$DB_NAME' (name lacks 'bench'); use --warm or a *bench* database"
  log "recreating database $DB_NAME (cold start: migrations + dataset import)"
  pg dropdb --if-exists "$DB_NAME"
  pg createdb "$DB_NAME"
}

# ------------------------------------------------------------------ service
PID=""
WORKDIR="$(mktemp -d "${TMPDIR:-/tmp}/geofacts-bench.XXXXXX")"
SERVICE_LOG="$WORKDIR/service.log"

stop_service() {
  if [[ -n "$PID" ]] && kill -0 "$PID" 2>/dev/null; then
    kill "$PID" 2>/dev/null || true
    # Give Quarkus a few seconds to shut down cleanly, then insist.
    for _ in $(seq 1 50); do kill -0 "$PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$PID" 2>/dev/null || true
    wait "$PID" 2>/dev/null || true
  fi
  PID=""
}
trap stop_service EXIT
trap 'exit 130' INT TERM

now_ns() { date +%s%N; }

# Start the jar and wait for the first 200 "UP" from /q/health/ready, polling every 20 ms.
# Startup = process start to that answer, i.e. what a load balancer would see.
start_service() {
  log "starting $JAR (log: $SERVICE_LOG)"
  START_NS=$(now_ns)
  # shellcheck disable=SC2086  # BENCH_JAVA_OPTS is a list of options
  (cd "$WORKDIR" && QUARKUS_DATASOURCE_JDBC_URL="$BENCH_DB_URL" \
     QUARKUS_DATASOURCE_USERNAME="$BENCH_DB_USER" QUARKUS_DATASOURCE_PASSWORD="$BENCH_DB_PASSWORD" \
     QUARKUS_HTTP_PORT="$BENCH_PORT" exec java $BENCH_JAVA_OPTS -jar "$JAR") >"$SERVICE_LOG" 2>&1 &
  PID=$!
  local deadline=$(( START_NS + BENCH_STARTUP_TIMEOUT * 1000000000 )) body
  while :; do
    kill -0 "$PID" 2>/dev/null || { tail -30 "$SERVICE_LOG" >&2; die "service exited during startup"; }
    if body=$(curl -sf -m 1 "$BASE_URL/q/health/ready" 2>/dev/null) && [[ "$body" == *'"UP"'* ]]; then
      READY_NS=$(now_ns)
      break
    fi
    (( $(now_ns) < deadline )) || { tail -30 "$SERVICE_LOG" >&2; die "not ready within ${BENCH_STARTUP_TIMEOUT}s"; }
    sleep 0.02
  done
  STARTUP_MS=$(( (READY_NS - START_NS) / 1000000 ))
  # CPU the JVM burnt until ready (all its threads: JIT, GC, class loading): unlike wall time,
  # this does not grow when other processes compete for the cores.
  STARTUP_CPU_MS=$(sed 's/.*) //' "/proc/$PID/stat" | awk -v hz="$(getconf CLK_TCK)" '{ printf "%d", ($12 + $13) * 1000 / hz }')
  QUARKUS_STARTED=$(grep -oE 'started in [0-9.]+s' "$SERVICE_LOG" | head -1 | awk '{print $3}' | tr -d s || true)
  log "ready after ${STARTUP_MS} ms, ${STARTUP_CPU_MS} ms CPU (Quarkus says: started in ${QUARKUS_STARTED:-?}s)"
}

# Milliseconds from process start to the first log line matching $1, or "n/a". Log lines start
# with the local time HH:MM:SS.mmm, so process start is converted to local ms-of-day too.
log_offset_ms() {
  local ts
  ts=$(grep -m1 -E "$1" "$SERVICE_LOG" | grep -oE '^[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3}' || true)
  [[ -n "$ts" ]] || { echo "n/a"; return; }
  local start_s=$(( START_NS / 1000000000 )) start_ms_of_day midnight
  midnight=$(date -d "@$start_s" +%Y-%m-%d)
  start_ms_of_day=$(( START_NS / 1000000 - $(date -d "$midnight 00:00:00" +%s) * 1000 ))
  awk -v ts="$ts" -v s="$start_ms_of_day" 'BEGIN {
    split(ts, a, /[:.]/); t = ((a[1] * 60 + a[2]) * 60 + a[3]) * 1000 + a[4];
    d = t - s; if (d < -43200000) d += 86400000; printf "%d", d }'
}

# Where startup time goes, from the service's own log: JVM + Quarkus boot until Flyway connects,
# Flyway, Hibernate start + dataset check/import, and the rest until the first ready answer.
startup_phases() {
  FLYWAY_AT=$(log_offset_ms 'FlywayExecutor\] Database:')
  MIGRATED_AT=$(log_offset_ms 'DbMigrate\] (Successfully applied|Schema .* is up to date)')
  DATASET_AT=$(log_offset_ms 'DatasetLoader\] dataset')
  STARTED_AT=$(log_offset_ms 'started in [0-9.]+s')
}

rss_mb() {
  awk '/^VmRSS:/ {printf "%.0f", $2 / 1024}' "/proc/$PID/status" 2>/dev/null || echo "n/a"
}
hwm_mb() {
  awk '/^VmHWM:/ {printf "%.0f", $2 / 1024}' "/proc/$PID/status" 2>/dev/null || echo "n/a"
}

# ------------------------------------------------------------------ CPU accounting
# The machine is shared (other builds may run on it), so req/s alone can mislead. CPU time per
# request of the service and of its PostgreSQL backends does not depend on how busy the machine
# is, and the share of CPU used by anything else says how much to trust a run.
CLK_TCK=$(getconf CLK_TCK)
POSTMASTER_PID=""

find_postmaster() { # only when the database runs on this machine: its backends are its children
  local pid
  pid=$(pg psql -d "$DB_NAME" -qtAc "select split_part(pg_read_file('postmaster.pid'), E'\n', 1)" 2>/dev/null || true)
  if [[ "$pid" =~ ^[0-9]+$ ]] && grep -q postgres "/proc/$pid/comm" 2>/dev/null; then POSTMASTER_PID=$pid; fi
}

# "total busy service postgres wrk" in clock ticks. Fields 14/15 of /proc/PID/stat are the
# process's user/system time, 16/17 of our own shell its reaped children's (wrk runs as one).
cpu_snapshot() {
  local total busy service pgsum=0 self
  read -r total busy < <(awk '/^cpu / { t = 0; for (i = 2; i <= 9; i++) t += $i; print t, t - $5 - $6 }' /proc/stat)
  service=$({ cat "/proc/$PID/stat" 2>/dev/null || true; } | sed 's/.*) //' | awk '{ print $12 + $13 }')
  if [[ -n "$POSTMASTER_PID" ]]; then
    # Processes may vanish between the glob and cat: ignore those.
    pgsum=$({ cat /proc/[0-9]*/stat 2>/dev/null || true; } | sed 's/.*) //' \
      | awk -v pp="$POSTMASTER_PID" '$2 == pp { s += $12 + $13 } END { print s + 0 }')
  fi
  self=$(sed 's/.*) //' "/proc/$$/stat" | awk '{ print $14 + $15 }')
  echo "$total $busy $service $pgsum $self"
}

# Sets CPU_SVC / CPU_PG (ms per request) and CPU_OTHER (% of the machine used by anything but
# the service, its database backends and wrk) for one measured run.
cpu_account() { # before after requests
  read -r CPU_SVC CPU_PG CPU_OTHER < <(awk -v hz="$CLK_TCK" -v n="$3" -v pg="${POSTMASTER_PID:-}" -v a="$1" -v b="$2" 'BEGIN {
    split(a, x, " "); split(b, y, " ");
    dt = y[1] - x[1]; db = y[2] - x[2]; ds = y[3] - x[3]; dp = y[4] - x[4]; dw = y[5] - x[5];
    ms = 1000 / hz;
    printf "%.2f %s %.0f\n", (n > 0 ? ds * ms / n : 0),
      (pg == "" ? "n/a" : sprintf("%.2f", (n > 0 ? dp * ms / n : 0))),
      (dt > 0 ? 100 * (db - ds - dp - dw) / dt : 0) }')
}

# ------------------------------------------------------------------ load
declare -A RPS P50 P99 NON2XX SOCKERR STATUS SVC_MS PG_MS OTHER_PCT

# One status check per endpoint so that a failing endpoint is obvious before any load.
check_endpoints() {
  local ep code
  for ep in "${ENDPOINTS[@]}"; do
    code=$(curl -s -o /dev/null -m 10 -w '%{http_code}' "$BASE_URL$ep" || true)
    STATUS[$ep]=$code
    log "GET $ep -> $code"
  done
}

# wrk bounded by its own duration; `timeout` only guards against a hang.
run_wrk() { # duration path
  local secs; secs=$(seconds_of "$1")
  timeout $(( secs + 30 )) wrk -t "$BENCH_THREADS" -c "$BENCH_CONNECTIONS" -d "$1" \
    -s "$BENCH_DIR/report.lua" "$BASE_URL$2"
}

# Warm-up: JIT-compile the request paths and fill the connection pool before measuring. The
# Hibernate-heavy paths take long to compile on 2 shared cores (CPU per /quotes request fell from
# ~60 ms to ~4 ms over the first minute of load), and they share most code, so every endpoint is
# warmed before any is measured. Steady state may still not be fully reached: see README.
warm_up() {
  local ep
  for ep in "${ENDPOINTS[@]}"; do
    log "warm-up $BENCH_WARMUP $ep"
    run_wrk "$BENCH_WARMUP" "$ep" >/dev/null
  done
}

measure() {
  local ep out line before after
  for ep in "${ENDPOINTS[@]}"; do
    log "measuring $BENCH_DURATION, $BENCH_CONNECTIONS connections: $ep"
    before=$(cpu_snapshot)
    out=$(run_wrk "$BENCH_DURATION" "$ep")
    after=$(cpu_snapshot)
    line=$(grep '^BENCH_RESULT' <<<"$out") || { echo "$out" >&2; die "no result from wrk for $ep"; }
    RPS[$ep]=$(field rps "$line"); P50[$ep]=$(field p50_ms "$line"); P99[$ep]=$(field p99_ms "$line")
    NON2XX[$ep]=$(field non2xx3xx "$line"); SOCKERR[$ep]=$(field socket_errors "$line")
    cpu_account "$before" "$after" "$(field requests "$line")"
    SVC_MS[$ep]=$CPU_SVC; PG_MS[$ep]=$CPU_PG; OTHER_PCT[$ep]=$CPU_OTHER
    log "  $line service_cpu_ms=$CPU_SVC pg_cpu_ms=$CPU_PG other_cpu_pct=$CPU_OTHER"
  done
}
field() { grep -oE "(^| )$1=[^ ]+" <<<"$2" | cut -d= -f2; }

# ------------------------------------------------------------------ pgbench
# The file names Putin's quotes literally; warn when the dataset no longer matches it.
check_pgbench_script() {
  local id missing=0
  while read -r id; do
    [[ -z "$id" ]] && continue
    grep -q "'$id'" "$BENCH_DIR/pgbench-quotes.sql" || { log "WARNING: $id missing from pgbench-quotes.sql"; missing=1; }
  done < <(pg psql -d "$DB_NAME" -qtAc "select id from quotes where speaker_id = 'vladimir-putin'")
  return $missing
}

run_pgbench() {
  local secs out
  secs=$(seconds_of "$BENCH_DURATION")
  check_pgbench_script || PGBENCH_NOTE="(dataset differs from the script's quote ids)"
  log "pgbench -c $BENCH_CONNECTIONS -j $BENCH_THREADS -T $secs -f bench/pgbench-quotes.sql"
  out=$(timeout $(( secs + 30 )) env PGPASSWORD="$BENCH_DB_PASSWORD" pgbench -h "$DB_HOST" -p "$DB_PORT" \
        -U "$BENCH_DB_USER" -n -c "$BENCH_CONNECTIONS" -j "$BENCH_THREADS" -T "$secs" \
        -f "$BENCH_DIR/pgbench-quotes.sql" "$DB_NAME" 2>&1) || { echo "$out" >&2; die "pgbench failed"; }
  PGBENCH_TPS=$(grep -oE '^tps = [0-9.]+' <<<"$out" | head -1 | awk '{printf "%.0f", $3}')
  PGBENCH_LAT=$(grep -oE '^latency average = [0-9.]+' <<<"$out" | awk '{print $4}')
  PGBENCH_FAILED=$(grep -oE 'number of failed transactions: [0-9]+' <<<"$out" | awk '{print $5}')
}

# ------------------------------------------------------------------ report
fmt() { awk -v v="$1" -v f="$2" 'BEGIN { printf f, v }'; }
met() { if [[ "$1" == 1 ]]; then echo "met"; else echo "**missed**"; fi; }

git_commit() { # best effort, without invoking git
  local head; head=$(cat "$ROOT/.git/HEAD" 2>/dev/null) || { echo "unknown"; return; }
  if [[ "$head" == ref:* ]]; then
    local ref=${head#ref: }
    cat "$ROOT/.git/$ref" 2>/dev/null | cut -c1-7 \
      || grep " $ref\$" "$ROOT/.git/packed-refs" 2>/dev/null | cut -c1-7 || echo "unknown"
  else
    echo "${head:0:7}"
  fi
}

report() {
  local trivial=${RPS[$TRIVIAL]} ep ratio errors all_ratio=1 all_p99=1 all_clean=1 missed_ratio="" missed_p99="" erring=""
  echo "# geofacts benchmark $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo
  echo "- jar: \`$JAR\` (checkout of bench/ at commit $(git_commit)), mode: $($WARM && echo "warm (database kept)" || echo "cold (database recreated: migrations + dataset import)")"
  echo "- wrk: $BENCH_THREADS threads, $BENCH_CONNECTIONS connections, $BENCH_DURATION per endpoint after $BENCH_WARMUP warm-up each; trivial endpoint: \`$TRIVIAL\` (constant, no database)"
  echo "- machine: $(nproc) cores shared by service, PostgreSQL and load generator; load average before start: $LOAD_BEFORE"
  echo "- java: $(java -version 2>&1 | head -1)${BENCH_JAVA_OPTS:+, options: $BENCH_JAVA_OPTS}"
  echo
  echo "| endpoint | req/s | ratio to trivial | p50 ms | p99 ms | errors |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: |"
  for ep in "${ENDPOINTS[@]}"; do
    ratio=$(awk -v a="${RPS[$ep]}" -v b="$trivial" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
    errors=$(( ${NON2XX[$ep]} + ${SOCKERR[$ep]} ))
    local err_text="$errors"
    (( errors == 0 )) || err_text="$errors (${NON2XX[$ep]} non-2xx/3xx, ${SOCKERR[$ep]} socket)"
    [[ "${STATUS[$ep]}" =~ ^[23] ]] || err_text="$err_text; status ${STATUS[$ep]}"
    echo "| \`$ep\` | $(fmt "${RPS[$ep]}" %.0f) | $ratio | ${P50[$ep]} | ${P99[$ep]} | $err_text |"
    if [[ "$ep" != "$TRIVIAL" ]] && awk -v r="$ratio" -v t="$TARGET_RATIO" 'BEGIN { exit !(r < t) }'; then
      all_ratio=0; missed_ratio+=" \`$ep\`"
    fi
    if awk -v p="${P99[$ep]}" -v t="$TARGET_P99_MS" 'BEGIN { exit !(p > t) }'; then
      all_p99=0; missed_p99+=" \`$ep\`"
    fi
    if (( errors > 0 )) || ! [[ "${STATUS[$ep]}" =~ ^[23] ]]; then all_clean=0; erring+=" \`$ep\`"; fi
  done
  echo
  echo "CPU per request (independent of how busy the machine is) and CPU used meanwhile by other processes on the machine:"
  echo
  echo "| endpoint | service CPU ms/req | PostgreSQL CPU ms/req | other processes, % of machine |"
  echo "| --- | ---: | ---: | ---: |"
  for ep in "${ENDPOINTS[@]}"; do
    echo "| \`$ep\` | ${SVC_MS[$ep]} | ${PG_MS[$ep]} | ${OTHER_PCT[$ep]} |"
  done
  local busiest=0
  for ep in "${ENDPOINTS[@]}"; do
    local other=${OTHER_PCT[$ep]}
    if [[ "$other" =~ ^[0-9]+$ ]] && (( other > busiest )); then busiest=$other; fi
  done
  if (( busiest > 10 )); then
    echo
    echo "**Warning:** other processes used up to ${busiest}% of the machine during the runs: req/s, latency and startup" \
         "are pessimistic; the CPU ms/req columns are the comparable numbers."
  fi
  echo
  echo "- endpoint vs database: /quotes?speaker=Putin $(fmt "${RPS[/quotes?speaker=Putin]}" %.0f) req/s vs pgbench $PGBENCH_TPS TPS" \
       "(endpoint = $(awk -v a="${RPS[/quotes?speaker=Putin]}" -v b="$PGBENCH_TPS" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }') x database alone)"
  echo "  - pgbench -n -c $BENCH_CONNECTIONS -j $BENCH_THREADS -T $(seconds_of "$BENCH_DURATION") -f bench/pgbench-quotes.sql (the 5 statements of one request per transaction):" \
       "**${PGBENCH_TPS} TPS**, average latency ${PGBENCH_LAT} ms, failed transactions ${PGBENCH_FAILED:-?} ${PGBENCH_NOTE:-}"
  echo "- startup: **${STARTUP_MS} ms** to first ready 200 (Quarkus log: started in ${QUARKUS_STARTED:-?}s);" \
       "phases from process start: Flyway connects at ${FLYWAY_AT} ms, migrations done at ${MIGRATED_AT} ms," \
       "dataset loaded/checked at ${DATASET_AT} ms, Quarkus started at ${STARTED_AT} ms, ready at ${STARTUP_MS} ms;" \
       "CPU time used by the JVM until ready: ${STARTUP_CPU_MS} ms (on $(nproc) cores)"
  echo "- resident memory after the load runs: **${RSS_MB} MB** VmRSS (peak VmHWM ${HWM_MB} MB)"
  echo
  echo "| target | result |"
  echo "| --- | --- |"
  echo "| every read endpoint ≥ ${TARGET_RATIO} × trivial throughput | $(met $all_ratio)${missed_ratio:+:$missed_ratio} |"
  echo "| p99 ≤ ${TARGET_P99_MS} ms at ${BENCH_CONNECTIONS} connections | $(met $all_p99)${missed_p99:+:$missed_p99} |"
  echo "| no errors | $(met $all_clean)${erring:+:$erring} |"
  echo "| startup ≤ ${TARGET_STARTUP_MS} ms (JVM mode, $($WARM && echo warm || echo cold)) | $(met $(( STARTUP_MS <= TARGET_STARTUP_MS )))  (${STARTUP_MS} ms) |"
  echo "| RSS ≤ ${TARGET_RSS_MB} MB | $(met $( [[ "$RSS_MB" =~ ^[0-9]+$ ]] && (( RSS_MB <= TARGET_RSS_MB )) && echo 1 || echo 0))  (${RSS_MB} MB) |"
}

# ------------------------------------------------------------------ main
main() {
  local begin; begin=$(date +%s)
  check_prerequisites
  LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
  prepare_database
  find_postmaster
  start_service
  startup_phases
  check_endpoints
  warm_up
  measure
  RSS_MB=$(rss_mb); HWM_MB=$(hwm_mb)
  # The service is idle from here on; stop it so pgbench has the machine to itself, like wrk had.
  stop_service
  run_pgbench
  mkdir -p "$BENCH_DIR/results"
  local out; out="$BENCH_DIR/results/$(date -u +%Y%m%dT%H%M%SZ).md"
  report | tee "$out"
  log "results written to $out; service log kept at $SERVICE_LOG; total $(( $(date +%s) - begin )) s"
}

main
