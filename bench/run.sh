#!/usr/bin/env bash
# Load benchmark for the geofacts service, in two passes against the same database: the read cache
# on (default), then the service restarted with GEOFACTS_READ_CACHE_ENABLED=false. Each pass
# measures startup, per-endpoint throughput and latency (wrk), the distinct-URL mix (mix.lua) and
# resident memory; the cache-on pass also runs the mix during a steady stream of single-fact writes.
# At the end, a pgbench run of the SQL behind /quotes?speaker=Putin.
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
BENCH_DURATION="${BENCH_DURATION:-15s}"             # per measured run
BENCH_THREADS="${BENCH_THREADS:-2}"
BENCH_PORT="${BENCH_PORT:-18080}"
BENCH_DB_URL="${BENCH_DB_URL:-jdbc:postgresql://127.0.0.1:5432/geofacts_bench}"
BENCH_DB_USER="${BENCH_DB_USER:-postgres}"
BENCH_DB_PASSWORD="${BENCH_DB_PASSWORD:-postgres}"
BENCH_WARMUP="${BENCH_WARMUP:-40s}"                 # per pass, before measuring (JIT warm-up)
BENCH_WRITE_RATE="${BENCH_WRITE_RATE:-10}"          # single-fact writes per second during the churn run
BENCH_STARTUP_TIMEOUT="${BENCH_STARTUP_TIMEOUT:-60}" # seconds to wait for /q/health/ready
BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:-}"              # e.g. "-Xmx128m", to try memory settings

# Targets (see README; issue #14). Startup is for JVM mode against a warm database.
TARGET_RATIO_ON=0.7        # cache on: every read endpoint vs the trivial endpoint
TARGET_P99_ON_MS=25        # cache on: the earlier p99 target, still reported
TARGET_RATIO_OFF=0.35      # cache off: every read endpoint vs the trivial endpoint
TARGET_P99_OFF_MS=50       # cache off: p99 of every read endpoint
TARGET_RATIO_MIX=0.3       # distinct-URL mix, both passes and during writes
TARGET_STARTUP_MS=3000
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
MIX="mix"            # key of the distinct-URL mix in the result tables
CHURN="mix+writes"   # key of the mix measured during the write churn (cache-on pass only)
PASSES=(on off)      # read cache on (default), then off
declare -A PASS_NAME=([on]="cache on" [off]="cache off")

# The write churn edits one text field of a fact (a quote's text_en, a claim's statement_en, a
# person's role), alternating between the stored text and the same text with " [bench edit]"
# appended; the stored texts are restored at the end. Each write is a JSON merge patch with
# If-Match from a fresh GET, as a curator would send it.
# DEV-ONLY key pair and issuer (dev/mint-token.sh): accepted by this local bench service only.
JWT_ISSUER="https://geofacts.dev/local"
JWT_AUDIENCE="geofacts"
BASE_URL="http://127.0.0.1:${BENCH_PORT}"

usage() {
  sed -n '2,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
  cat <<EOF
Options:
  --warm     keep the database (startup then only checks the dataset); default recreates it,
             so the first pass's startup includes Flyway migrations and the dataset import
  -h,--help  this text
Environment (defaults): BENCH_CONNECTIONS=32 BENCH_DURATION=15s BENCH_THREADS=2 BENCH_PORT=18080
  BENCH_DB_URL=jdbc:postgresql://127.0.0.1:5432/geofacts_bench BENCH_DB_USER=postgres
  BENCH_WARMUP=40s BENCH_WRITE_RATE=10 BENCH_STARTUP_TIMEOUT=60 BENCH_JAVA_OPTS=
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
  require jq "install jq (Debian: apt-get install jq); the write churn reads and restores field values with it"
  require openssl "install openssl; the write churn signs its curator token with the dev key"
  [[ -f "$ROOT/dev/keys/private.pem" && -x "$ROOT/dev/mint-token.sh" ]] \
    || die "dev/keys/private.pem or dev/mint-token.sh missing: the write churn needs the dev key pair"
  [[ "$BENCH_WRITE_RATE" =~ ^[1-9][0-9]*$ ]] || die "BENCH_WRITE_RATE must be a positive integer"
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
CHURN_PID=""
WORKDIR="$(mktemp -d "${TMPDIR:-/tmp}/geofacts-bench.XXXXXX")"
SERVICE_LOG="$WORKDIR/service.log"

stop_churn() {
  if [[ -n "$CHURN_PID" ]] && kill -0 "$CHURN_PID" 2>/dev/null; then
    kill "$CHURN_PID" 2>/dev/null || true
    wait "$CHURN_PID" 2>/dev/null || true
  fi
  CHURN_PID=""
}

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
trap 'stop_churn; stop_service' EXIT
trap 'exit 130' INT TERM

now_ns() { date +%s%N; }

# Start the jar and wait for the first 200 "UP" from /q/health/ready, polling every 20 ms.
# Startup = process start to that answer, i.e. what a load balancer would see.
# $1: the read cache on or off (GEOFACTS_READ_CACHE_ENABLED). The service verifies tokens with
# the dev key so that the write churn can authenticate (never do this outside a local bench).
start_service() { # on|off
  local cache=true; [[ "$1" == on ]] || cache=false
  SERVICE_LOG="$WORKDIR/service-cache-$1.log"
  log "starting $JAR, read cache $1 (log: $SERVICE_LOG)"
  START_NS=$(now_ns)
  # shellcheck disable=SC2086  # BENCH_JAVA_OPTS is a list of options
  (cd "$WORKDIR" && QUARKUS_DATASOURCE_JDBC_URL="$BENCH_DB_URL" \
     QUARKUS_DATASOURCE_USERNAME="$BENCH_DB_USER" QUARKUS_DATASOURCE_PASSWORD="$BENCH_DB_PASSWORD" \
     QUARKUS_HTTP_PORT="$BENCH_PORT" GEOFACTS_READ_CACHE_ENABLED="$cache" \
     MP_JWT_VERIFY_PUBLICKEY_LOCATION="$WORKDIR/dev-public.pem" MP_JWT_VERIFY_ISSUER="$JWT_ISSUER" \
     MP_JWT_VERIFY_AUDIENCES="$JWT_AUDIENCE" exec java $BENCH_JAVA_OPTS -jar "$JAR") >"$SERVICE_LOG" 2>&1 &
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
declare -A STARTUP STARTUP_CPU QSTARTED FLYWAY_AT MIGRATED_AT DATASET_AT STARTED_AT RSS_MB HWM_MB LOGS
startup_phases() { # pass
  STARTUP[$1]=$STARTUP_MS; STARTUP_CPU[$1]=$STARTUP_CPU_MS; QSTARTED[$1]=${QUARKUS_STARTED:-?}
  FLYWAY_AT[$1]=$(log_offset_ms 'FlywayExecutor\] Database:')
  MIGRATED_AT[$1]=$(log_offset_ms 'DbMigrate\] (Successfully applied|Schema .* is up to date)')
  DATASET_AT[$1]=$(log_offset_ms 'DatasetLoader\] dataset')
  STARTED_AT[$1]=$(log_offset_ms 'started in [0-9.]+s')
  LOGS[$1]=$SERVICE_LOG
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
# process's user/system time, 16/17 of our own shell its reaped children's (wrk runs as one, and
# so does the write churn loop with its curls once it has been waited for).
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
# the service, its database backends and the load generators) for one measured run.
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
# Results are keyed "pass|endpoint", e.g. "off|/countries/RU", "on|mix", "on|mix+writes".
declare -A RPS P50 P99 NON2XX SOCKERR STATUS SVC_MS PG_MS OTHER_PCT MIX_BAD
MIX_DISTINCT="?"; MIX_CHECKED="?"

# One status check per endpoint so that a failing endpoint is obvious before any load.
check_endpoints() { # pass
  local ep code
  for ep in "${ENDPOINTS[@]}"; do
    code=$(curl -s -o /dev/null -m 10 -w '%{http_code}' "$BASE_URL$ep" || true)
    STATUS["$1|$ep"]=$code
    log "GET $ep -> $code"
  done
}

# Every URL shape of the mix (each family's value without limit, limit=1, limit=100) must answer
# 200: the mix is meant to measure reads that succeed. mix.lua lists them when BENCH_MIX_LIST=1;
# one curl fetches them all over one connection.
check_mix() { # pass
  local out line args=() bad
  out=$(BENCH_MIX_LIST=1 timeout 30 wrk -t 1 -c 1 -d 1s -s "$BENCH_DIR/mix.lua" "$BASE_URL") \
    || { echo "$out" >&2; die "wrk failed listing the mix"; }
  line=$(grep '^BENCH_MIX ' <<<"$out") || { echo "$out" >&2; die "no BENCH_MIX line from mix.lua"; }
  MIX_DISTINCT=$(field distinct_urls "$line")
  while read -r _ line; do args+=(-o /dev/null "$BASE_URL$line"); done < <(grep '^BENCH_MIX_URL ' <<<"$out")
  MIX_CHECKED=$(( ${#args[@]} / 3 ))
  bad=$(curl -s -m 120 -w '%{http_code} %{url}\n' "${args[@]}" | grep -v '^200 ' || true)
  MIX_BAD[$1]=$(grep -c . <<<"$bad" || true)
  if [[ -n "$bad" ]]; then
    log "WARNING: mix URLs not answering 200:"; while read -r line; do log "  $line"; done <<<"$bad"
  else
    log "mix: all $MIX_CHECKED URL shapes answer 200 ($MIX_DISTINCT distinct URLs in the mix)"
  fi
}

# wrk bounded by its own duration; `timeout` only guards against a hang.
run_wrk() { # duration path [script]
  local secs; secs=$(seconds_of "$1")
  timeout $(( secs + 30 )) wrk -t "$BENCH_THREADS" -c "$BENCH_CONNECTIONS" -d "$1" \
    -s "${3:-$BENCH_DIR/report.lua}" "$BASE_URL$2"
}

# Warm-up: JIT-compile the request paths and fill the connection pool before measuring. On these
# 2 cores the C2 JIT needs 40-60 s of load before the Hibernate paths settle, and the endpoints
# share most code, so each pass gets one combined warm-up: the distinct-URL mix (every read path
# with many parameters) for BENCH_WARMUP, then a few seconds of the trivial endpoint so that it is
# not measured colder than the others. See README.
warm_up() { # pass
  local secs; secs=$(seconds_of "$BENCH_WARMUP")
  if [[ "$1" == on ]]; then
    # The write path is JIT-compiled too (a first write under load took ~3 s): the churn runs
    # during the first half of the warm-up, and the second half refills the read cache.
    read_churn_targets
    echo "# warm-up" >>"$WORKDIR/churn-failures.log"
    log "warm-up $BENCH_WARMUP: distinct-URL mix, with the write churn during the first $(( (secs + 1) / 2 )) s"
    churn $(( (secs + 1) / 2 )) "$WORKDIR/churn-warm-up.txt" &
    CHURN_PID=$!
  else
    log "warm-up $BENCH_WARMUP: distinct-URL mix"
  fi
  run_wrk "$BENCH_WARMUP" / "$BENCH_DIR/mix.lua" >/dev/null
  if [[ -n "$CHURN_PID" ]]; then
    wait "$CHURN_PID" || true; CHURN_PID=""
    log "  warm-up writes: $(awk '$1 ~ /^2/ { ok++ } $1 != "elapsed_us" && $1 !~ /^2/ { bad++ } END { printf "%d ok, %d failed", ok, bad }' "$WORKDIR/churn-warm-up.txt")"
  fi
  log "warm-up 5s $TRIVIAL"
  run_wrk 5s "$TRIVIAL" >/dev/null
}

# One measured wrk run; results under key "$pass|$label". A third argument runs during it (in the
# background, started just before wrk and waited for before the CPU snapshot).
measure_one() { # pass label path script
  local key="$1|$2" out line before after
  before=$(cpu_snapshot)
  out=$(run_wrk "$BENCH_DURATION" "$3" "$4")
  if [[ -n "$CHURN_PID" ]]; then wait "$CHURN_PID" || true; CHURN_PID=""; fi
  after=$(cpu_snapshot)
  line=$(grep '^BENCH_RESULT' <<<"$out") || { echo "$out" >&2; die "no result from wrk for $2"; }
  RPS[$key]=$(field rps "$line"); P50[$key]=$(field p50_ms "$line"); P99[$key]=$(field p99_ms "$line")
  NON2XX[$key]=$(field non2xx3xx "$line"); SOCKERR[$key]=$(field socket_errors "$line")
  cpu_account "$before" "$after" "$(field requests "$line")"
  SVC_MS[$key]=$CPU_SVC; PG_MS[$key]=$CPU_PG; OTHER_PCT[$key]=$CPU_OTHER
  log "  $line service_cpu_ms=$CPU_SVC pg_cpu_ms=$CPU_PG other_cpu_pct=$CPU_OTHER"
}

measure() { # pass
  local ep
  for ep in "${ENDPOINTS[@]}"; do
    log "measuring $BENCH_DURATION, $BENCH_CONNECTIONS connections, ${PASS_NAME[$1]}: $ep"
    measure_one "$1" "$ep" "$ep" "$BENCH_DIR/report.lua"
  done
  log "measuring $BENCH_DURATION, $BENCH_CONNECTIONS connections, ${PASS_NAME[$1]}: distinct-URL mix"
  measure_one "$1" "$MIX" / "$BENCH_DIR/mix.lua"
}
field() { grep -oE "(^| )$1=[^ ]+" <<<"$2" | cut -d= -f2; }

# ------------------------------------------------------------------ write churn
# A steady stream of single-fact writes while the mix runs: BENCH_WRITE_RATE a second, paced on
# the clock, not on the answers. One worker per write per second, each editing its own fact once a
# second (staggered by 1/BENCH_WRITE_RATE s), so a slow write delays only its own worker and two
# writes never race for the same ETag; a write slower than a second lowers the achieved rate, which
# is reported. Each write: GET the fact for its ETag, PATCH one field (application/merge-patch+json,
# If-Match, curator token). A stale ETag (a cache serving an old version) would show as 412, so
# failures are counted by status code.
declare -a CHURN_PATH CHURN_FIELD CHURN_ORIG CHURN_EDIT
TOKEN=""

prepare_churn() {
  openssl pkey -in "$ROOT/dev/keys/private.pem" -pubout -out "$WORKDIR/dev-public.pem" 2>/dev/null \
    || die "cannot derive the dev public key from dev/keys/private.pem"
  TOKEN=$("$ROOT/dev/mint-token.sh" bench-curator curator 2) || die "dev/mint-token.sh failed"
}

# Picks BENCH_WRITE_RATE facts (quotes, claims and people in turn, from the first page of each
# list), reads their stored text and prepares both patch bodies of each.
read_churn_targets() {
  local i=0 path fld json value lists=()
  mapfile -t lists < <(
    { curl -sf -m 10 "$BASE_URL/quotes?limit=100" | jq -r '.items[] | select(.text_en | type == "string") | "/quotes/\(.id) text_en"' | nl -ba
      curl -sf -m 10 "$BASE_URL/claims?limit=100" | jq -r '.items[] | select(.statement_en | type == "string") | "/claims/\(.id) statement_en"' | nl -ba
      curl -sf -m 10 "$BASE_URL/people?limit=100" | jq -r '.items[] | select(.role | type == "string") | "/people/\(.id) role"' | nl -ba
    } | sort -s -n -k1,1 | cut -f2 | head -n "$BENCH_WRITE_RATE")
  (( ${#lists[@]} > 0 )) || die "no quotes, claims or people to edit: cannot run the write churn"
  (( ${#lists[@]} == BENCH_WRITE_RATE )) || log "WARNING: only ${#lists[@]} facts to edit; each is written more often than once a second"
  CHURN_PATH=(); CHURN_FIELD=(); CHURN_ORIG=(); CHURN_EDIT=()
  for i in "${!lists[@]}"; do
    read -r path fld <<<"${lists[i]}"
    json=$(curl -sf -m 10 "$BASE_URL$path") || die "GET $path failed: cannot run the write churn"
    value=$(jq -er --arg f "$fld" '.[$f] | strings' <<<"$json") || die "$path has no string field $fld"
    CHURN_PATH[i]=$path; CHURN_FIELD[i]=$fld
    # A run stopped mid-churn may have left an edited text behind: its stored text is without the mark.
    CHURN_ORIG[i]=$(jq -cn --arg f "$fld" --arg v "${value% \[bench edit\]}" '{($f): $v}')
    CHURN_EDIT[i]=$(jq -cn --arg f "$fld" --arg v "${value% \[bench edit\]} [bench edit]" '{($f): $v}')
  done
}

# One write: prints "<status> <seconds>" (status "noetag" when the GET gave no ETag). Failed answers
# are appended to churn-failures.log.
write_once() { # path body
  local etag result code secs response="$WORKDIR/write-response${CHURN_WORKER:+.$CHURN_WORKER}"
  etag=$(curl -s -m 5 -o /dev/null -D - "$BASE_URL$1" 2>/dev/null \
         | sed -n 's/^[Ee][Tt][Aa][Gg]:[[:space:]]*\([^[:space:]]*\).*$/\1/p' || true)
  if [[ -z "$etag" ]]; then echo "noetag 0"; return; fi
  result=$(curl -s -m 5 -o "$response" -w '%{http_code} %{time_total}' -X PATCH \
             -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/merge-patch+json' \
             -H "If-Match: $etag" --data-binary "$2" "$BASE_URL$1" 2>/dev/null || true)
  read -r code secs <<<"${result:-000 0}"
  if [[ ! "$code" =~ ^2 ]]; then
    { echo "PATCH $1 If-Match: $etag -> $code"; head -c 2000 "$response" 2>/dev/null || true; echo; } \
      >>"$WORKDIR/churn-failures.log"
  fi
  echo "$code $secs"
}

usec_now() { echo "${EPOCHREALTIME//[!0-9]/}"; }
sleep_until() { # microsecond timestamp
  local us=$(( $1 - $(usec_now) ))
  if (( us > 0 )); then sleep "$(( us / 1000000 )).$(printf '%06d' $(( us % 1000000 )))"; fi
}

# Worker k edits fact k: the edited text on its even writes, the stored one on its odd writes.
churn_worker() { # k workers start_us end_us outfile
  local k=$1 j=0 interval body first
  CHURN_WORKER=$k   # this subshell's own response file
  interval=$(( $2 * 1000000 / BENCH_WRITE_RATE ))
  first=$(( $3 + k * 1000000 / BENCH_WRITE_RATE ))
  sleep_until "$first"
  while (( $(usec_now) < $4 )); do
    if (( j % 2 == 0 )); then body=${CHURN_EDIT[k]}; else body=${CHURN_ORIG[k]}; fi
    write_once "${CHURN_PATH[k]}" "$body" >>"$5"
    j=$(( j + 1 ))
    sleep_until $(( first + j * interval ))
  done
}

# Runs the workers for $1 seconds; one line per write to $2, then "elapsed_us <n>".
churn() { # seconds outfile
  local start k n=${#CHURN_PATH[@]} pids=()
  trap 'kill "${pids[@]}" 2>/dev/null; exit 143' TERM
  start=$(usec_now)
  : >"$2"
  for (( k = 0; k < n; k++ )); do
    churn_worker "$k" "$n" "$start" $(( start + $1 * 1000000 )) "$2.$k" &
    pids+=($!)
  done
  wait "${pids[@]}" || true
  cat "$2".* >>"$2"; rm -f "$2".*
  echo "elapsed_us $(( $(usec_now) - start ))" >>"$2"
}

# Puts the stored texts back (one write per fact, not counted) and checks that a GET shows them.
restore_churn_targets() {
  local i r json
  CHURN_RESTORED="yes"
  for i in "${!CHURN_PATH[@]}"; do
    r=$(write_once "${CHURN_PATH[i]}" "${CHURN_ORIG[i]}")
    json=$(curl -s -m 10 "$BASE_URL${CHURN_PATH[i]}" || true)
    if [[ "$r" != 2* ]] || [[ "$(jq -c --arg f "${CHURN_FIELD[i]}" '{($f): .[$f]}' <<<"$json" 2>/dev/null)" != "${CHURN_ORIG[i]}" ]]; then
      CHURN_RESTORED="**no** (${CHURN_PATH[i]}: $r)"; log "WARNING: could not restore ${CHURN_PATH[i]} ($r)"
    fi
  done
}

# The mix for BENCH_DURATION with the churn running alongside; sets the CHURN_* summary.
measure_churn() { # pass
  local secs; secs=$(seconds_of "$BENCH_DURATION")
  read_churn_targets
  echo "# measured run" >>"$WORKDIR/churn-failures.log"
  log "measuring $BENCH_DURATION, $BENCH_CONNECTIONS connections, ${PASS_NAME[$1]}: distinct-URL mix during $BENCH_WRITE_RATE writes/s (${#CHURN_PATH[@]} facts)"
  churn "$secs" "$WORKDIR/churn.txt" &
  CHURN_PID=$!
  measure_one "$1" "$CHURN" / "$BENCH_DIR/mix.lua"
  read -r CHURN_WRITES CHURN_OK CHURN_FAILED CHURN_RATE CHURN_P50 CHURN_MAX CHURN_CODES < <(
    LC_ALL=C sort -k2 -n "$WORKDIR/churn.txt" | awk -v secs="$secs" '
      $1 == "elapsed_us" { next }
      { n++; if ($1 ~ /^2/) { ok++; lat[ok] = sprintf("%.1f", $2 * 1000) } else { bad++; codes[$1]++ } }
      END {
        c = ""; for (k in codes) c = c (c == "" ? "" : ",") k "x" codes[k]
        printf "%d %d %d %.1f %s %s %s\n", n, ok, bad, ok / secs,
          (ok ? lat[int((ok + 1) / 2)] : "n/a"), (ok ? lat[ok] : "n/a"), (c == "" ? "-" : c) }')
  CHURN_ELAPSED_S=$(awk '$1 == "elapsed_us" { printf "%.1f", $2 / 1e6 }' "$WORKDIR/churn.txt")
  log "  writes: $CHURN_WRITES attempted, $CHURN_OK ok ($CHURN_RATE/s), $CHURN_FAILED failed ($CHURN_CODES); PATCH p50 $CHURN_P50 ms, max $CHURN_MAX ms"
  restore_churn_targets
}

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

# ------------------------------------------------------------------ one pass
run_pass() { # on|off
  start_service "$1"
  startup_phases "$1"
  check_endpoints "$1"
  check_mix "$1"
  warm_up "$1"
  measure "$1"
  [[ "$1" == on ]] && measure_churn "$1"
  RSS_MB[$1]=$(rss_mb); HWM_MB[$1]=$(hwm_mb)
  stop_service
}

# ------------------------------------------------------------------ report
fmt() { awk -v v="$1" -v f="$2" 'BEGIN { printf f, v }'; }
met() { if [[ "$1" == 1 ]]; then echo "met"; else echo "**missed**"; fi; }
ratio_of() { awk -v a="${RPS[$1|$2]:-0}" -v b="${RPS[$1|$TRIVIAL]:-0}" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
below() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a < b) }'; }
above() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a > b) }'; }
errors_of() { echo $(( ${NON2XX[$1]:-0} + ${SOCKERR[$1]:-0} )); }
# An endpoint is clean when wrk saw no error and its status check (if any) was 2xx/3xx; the mix
# also needs every URL shape to have answered 200 before the load.
clean() { # pass label
  local key="$1|$2"
  (( $(errors_of "$key") == 0 )) || return 1
  [[ -z "${STATUS[$key]:-}" || "${STATUS[$key]}" =~ ^[23] ]] || return 1
  [[ "$2" != "$MIX" && "$2" != "$CHURN" ]] || (( ${MIX_BAD[$1]:-0} == 0 ))
}

git_commit() { # short HEAD of the checkout, "+ uncommitted changes" when the tree is dirty
  local rev
  rev=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null) || { echo "unknown (no git)"; return; }
  # --no-optional-locks: read only, never refresh the index while someone else uses the tree.
  if [[ -n "$(git -C "$ROOT" --no-optional-locks status --porcelain 2>/dev/null)" ]]; then
    rev="$rev + uncommitted changes"
  fi
  echo "$rev"
}

label_of() {
  case "$1" in
    "$MIX") echo "distinct-URL mix" ;;
    "$CHURN") echo "distinct-URL mix during $BENCH_WRITE_RATE writes/s" ;;
    *) echo "\`$1\`" ;;
  esac
}

# One half of a row of the throughput table: req/s, ratio, p50, p99, errors.
result_cells() { # pass label
  local key="$1|$2" errors text
  [[ -n "${RPS[$key]:-}" ]] || { echo "– | – | – | – | –"; return; }
  errors=$(errors_of "$key"); text=$errors
  (( errors == 0 )) || text="$errors (${NON2XX[$key]} non-2xx/3xx, ${SOCKERR[$key]} socket)"
  [[ -z "${STATUS[$key]:-}" || "${STATUS[$key]}" =~ ^[23] ]] || text="$text; status ${STATUS[$key]}"
  [[ "$2" != "$MIX" && "$2" != "$CHURN" ]] || (( ${MIX_BAD[$1]:-0} == 0 )) || text="$text; ${MIX_BAD[$1]} URL shapes not 200"
  echo "$(fmt "${RPS[$key]}" %.0f) | $(ratio_of "$1" "$2") | ${P50[$key]} | ${P99[$key]} | $text"
}

cpu_cells() { # pass label
  local key="$1|$2"
  [[ -n "${SVC_MS[$key]:-}" ]] || { echo "– | – | –"; return; }
  echo "${SVC_MS[$key]} | ${PG_MS[$key]} | ${OTHER_PCT[$key]}"
}

# Sets T_OK (1/0) and T_MISSED (list) for "every read endpoint of pass $1: ratio ≥ $2".
check_ratio() { # pass target
  local ep; T_OK=1; T_MISSED=""
  for ep in "${ENDPOINTS[@]}"; do
    [[ "$ep" == "$TRIVIAL" ]] && continue
    if below "$(ratio_of "$1" "$ep")" "$2"; then T_OK=0; T_MISSED+=" \`$ep\` ($(ratio_of "$1" "$ep"))"; fi
  done
}
check_p99() { # pass target_ms
  local ep; T_OK=1; T_MISSED=""
  for ep in "${ENDPOINTS[@]}"; do
    [[ "$ep" == "$TRIVIAL" ]] && continue
    if above "${P99[$1|$ep]}" "$2"; then T_OK=0; T_MISSED+=" \`$ep\` (${P99[$1|$ep]})"; fi
  done
}
check_clean() { # pass labels...
  local pass=$1 label; shift; T_OK=1; T_MISSED=""
  for label in "$@"; do clean "$pass" "$label" || { T_OK=0; T_MISSED+=" $(label_of "$label")"; }; done
}
ratio_range() { # pass: "min–max" over the read endpoints
  local ep r lo="" hi=""
  for ep in "${ENDPOINTS[@]}"; do
    [[ "$ep" == "$TRIVIAL" ]] && continue
    r=$(ratio_of "$1" "$ep")
    if [[ -z "$lo" ]] || below "$r" "$lo"; then lo=$r; fi
    if [[ -z "$hi" ]] || above "$r" "$hi"; then hi=$r; fi
  done
  echo "$lo–$hi"
}

report() {
  local ep pass busiest=0 other r
  echo "# geofacts benchmark $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo
  echo "- commit measured: \`$(git_commit)\` (git rev-parse --short HEAD of $ROOT)"
  local stale=""
  if [[ "$JAR" == "$ROOT/"* ]] && [[ -n "$(find "$ROOT/src" "$ROOT/pom.xml" -newer "$JAR" -print -quit 2>/dev/null)" ]]; then
    stale="; **sources changed after the jar was built**"
  fi
  echo "- jar: \`$JAR\`, built $(date -u -r "$JAR" +%Y-%m-%dT%H:%M:%SZ)$stale"
  echo "- passes against the same database $DB_NAME: 1. read cache on (default), 2. restarted with \`GEOFACTS_READ_CACHE_ENABLED=false\`;" \
       "first start $($WARM && echo "warm (database kept)" || echo "cold (database recreated: migrations + dataset import)"), second start warm"
  echo "- wrk: $BENCH_THREADS threads, $BENCH_CONNECTIONS connections, $BENCH_DURATION per run; per pass a combined warm-up of" \
       "$BENCH_WARMUP of the distinct-URL mix (cache-on pass: with the write churn during its first half) + 5 s of the trivial endpoint;" \
       "trivial endpoint: \`$TRIVIAL\` (constant, no database)"
  echo "- distinct-URL mix: \`bench/mix.lua\`, $MIX_DISTINCT distinct URLs (quotes by speaker spellings, claims by claimant, search words," \
       "countries, clauses, people, relations; random limit); all $MIX_CHECKED URL shapes checked for 200 before each pass"
  echo "- write churn (cache-on pass): $BENCH_WRITE_RATE single-field merge patches per second with If-Match from a fresh GET" \
       "by one worker per fact, each editing its fact once a second (quotes' \`text_en\`, claims' \`statement_en\`, people's \`role\`); curator token signed with the dev key"
  echo "- machine: $(nproc) cores shared by service, PostgreSQL and load generator; load average before start: $LOAD_BEFORE"
  echo "- java: $(java -version 2>&1 | head -1)${BENCH_JAVA_OPTS:+, options: $BENCH_JAVA_OPTS}"
  echo
  echo "| endpoint | cache on: req/s | × trivial | p50 ms | p99 ms | errors | cache off: req/s | × trivial | p50 ms | p99 ms | errors |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  for ep in "${ENDPOINTS[@]}" "$MIX" "$CHURN"; do
    echo "| $(label_of "$ep") | $(result_cells on "$ep") | $(result_cells off "$ep") |"
  done
  echo
  echo "CPU per request (independent of how busy the machine is) and CPU used meanwhile by other processes on the machine:"
  echo
  echo "| endpoint | cache on: service CPU ms/req | PostgreSQL CPU ms/req | other processes, % of machine | cache off: service CPU ms/req | PostgreSQL CPU ms/req | other processes, % of machine |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
  for ep in "${ENDPOINTS[@]}" "$MIX" "$CHURN"; do
    echo "| $(label_of "$ep") | $(cpu_cells on "$ep") | $(cpu_cells off "$ep") |"
  done
  for pass in "${PASSES[@]}"; do
    for ep in "${ENDPOINTS[@]}" "$MIX" "$CHURN"; do
      other=${OTHER_PCT[$pass|$ep]:-0}
      if [[ "$other" =~ ^[0-9]+$ ]] && (( other > busiest )); then busiest=$other; fi
    done
  done
  if (( busiest > 10 )); then
    echo
    echo "**Warning:** other processes used up to ${busiest}% of the machine during the runs: req/s, latency and startup" \
         "are pessimistic; the CPU ms/req columns are the comparable numbers."
  fi
  echo
  echo "- write churn during the cache-on mix: **${CHURN_OK} writes succeeded in $(seconds_of "$BENCH_DURATION") s = ${CHURN_RATE} writes/s**" \
       "(target $BENCH_WRITE_RATE/s, ${#CHURN_PATH[@]} facts; the writes still in flight at the end had all answered ${CHURN_ELAPSED_S} s after the start)," \
       "**${CHURN_FAILED} failed** (${CHURN_CODES}; status code x count), of ${CHURN_WRITES} attempted;" \
       "PATCH latency p50 ${CHURN_P50} ms, max ${CHURN_MAX} ms; stored values restored and read back: ${CHURN_RESTORED};" \
       "the mix meanwhile $(fmt "${RPS[on|$CHURN]}" %.0f) req/s = $(ratio_of on "$CHURN") × trivial" \
       "(service CPU per read includes the writes)"
  echo "- endpoint vs database: /quotes?speaker=Putin $(fmt "${RPS[off|/quotes?speaker=Putin]}" %.0f) req/s cache off," \
       "$(fmt "${RPS[on|/quotes?speaker=Putin]}" %.0f) req/s cache on, vs pgbench $PGBENCH_TPS TPS" \
       "(cache off = $(awk -v a="${RPS[off|/quotes?speaker=Putin]}" -v b="$PGBENCH_TPS" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }') x database alone)"
  echo "  - pgbench -n -c $BENCH_CONNECTIONS -j $BENCH_THREADS -T $(seconds_of "$BENCH_DURATION") -f bench/pgbench-quotes.sql (the statements of one request per transaction," \
       "after both passes, service stopped): **${PGBENCH_TPS} TPS**, average latency ${PGBENCH_LAT} ms, failed transactions ${PGBENCH_FAILED:-?} ${PGBENCH_NOTE:-}"
  for pass in "${PASSES[@]}"; do
    local db="warm database"
    [[ "$pass" == on ]] && ! $WARM && db="cold: migrations + dataset import"
    echo "- startup, ${PASS_NAME[$pass]} ($db): **${STARTUP[$pass]} ms** to first ready 200 (Quarkus log: started in ${QSTARTED[$pass]}s);" \
         "phases from process start: Flyway connects at ${FLYWAY_AT[$pass]} ms, migrations done at ${MIGRATED_AT[$pass]} ms," \
         "dataset loaded/checked at ${DATASET_AT[$pass]} ms, Quarkus started at ${STARTED_AT[$pass]} ms, ready at ${STARTUP[$pass]} ms;" \
         "CPU time used by the JVM until ready: ${STARTUP_CPU[$pass]} ms (on $(nproc) cores)"
  done
  for pass in "${PASSES[@]}"; do
    echo "- resident memory after the ${PASS_NAME[$pass]} load runs: **${RSS_MB[$pass]} MB** VmRSS (peak VmHWM ${HWM_MB[$pass]} MB)"
  done
  echo
  echo "| target | result |"
  echo "| --- | --- |"
  check_ratio off "$TARGET_RATIO_OFF"
  echo "| cache off: every read endpoint ≥ ${TARGET_RATIO_OFF} × trivial throughput | $(met $T_OK) ($(ratio_range off))${T_MISSED:+:$T_MISSED} |"
  check_p99 off "$TARGET_P99_OFF_MS"
  echo "| cache off: p99 ≤ ${TARGET_P99_OFF_MS} ms at ${BENCH_CONNECTIONS} connections, every read endpoint | $(met $T_OK)${T_MISSED:+:$T_MISSED} |"
  check_clean off "${ENDPOINTS[@]}" "$MIX"
  echo "| cache off: no errors (endpoints and mix) | $(met $T_OK)${T_MISSED:+:$T_MISSED} |"
  r=$(ratio_of off "$MIX")
  echo "| cache off: distinct-URL mix ≥ ${TARGET_RATIO_MIX} × trivial | $(met "$(below "$r" "$TARGET_RATIO_MIX" && echo 0 || echo 1)") ($r) |"
  check_ratio on "$TARGET_RATIO_ON"
  echo "| cache on: every read endpoint ≥ ${TARGET_RATIO_ON} × trivial throughput | $(met $T_OK) ($(ratio_range on))${T_MISSED:+:$T_MISSED} |"
  check_p99 on "$TARGET_P99_ON_MS"
  echo "| cache on: p99 ≤ ${TARGET_P99_ON_MS} ms at ${BENCH_CONNECTIONS} connections, every read endpoint (earlier target) | $(met $T_OK)${T_MISSED:+:$T_MISSED} |"
  check_clean on "${ENDPOINTS[@]}" "$MIX" "$CHURN"
  echo "| cache on: no errors (endpoints, mix, mix during writes) | $(met $T_OK)${T_MISSED:+:$T_MISSED} |"
  r=$(ratio_of on "$MIX")
  echo "| cache on: distinct-URL mix ≥ ${TARGET_RATIO_MIX} × trivial | $(met "$(below "$r" "$TARGET_RATIO_MIX" && echo 0 || echo 1)") ($r) |"
  r=$(ratio_of on "$CHURN")
  local churn_ok=1
  below "$r" "$TARGET_RATIO_MIX" && churn_ok=0
  below "$CHURN_RATE" "$(awk -v t="$BENCH_WRITE_RATE" 'BEGIN { print t * 0.95 }')" && churn_ok=0
  (( CHURN_FAILED == 0 )) || churn_ok=0
  echo "| reads during writes: mix ≥ ${TARGET_RATIO_MIX} × trivial with ${BENCH_WRITE_RATE} writes/s, all succeeding | $(met $churn_ok) ($r × trivial; ${CHURN_RATE} writes/s, ${CHURN_FAILED} failed) |"
  local ok=1 text=""
  for pass in "${PASSES[@]}"; do
    [[ "$pass" == on ]] && ! $WARM && continue   # a cold first start imports the dataset: not this target
    (( STARTUP[$pass] <= TARGET_STARTUP_MS )) || ok=0
    text+="${text:+, }${PASS_NAME[$pass]} ${STARTUP[$pass]} ms"
  done
  echo "| startup ≤ ${TARGET_STARTUP_MS} ms (JVM mode, process start to ready UP, warm database) | $(met $ok) ($text) |"
  ok=1; text=""
  for pass in "${PASSES[@]}"; do
    [[ "${RSS_MB[$pass]}" =~ ^[0-9]+$ ]] && (( RSS_MB[$pass] <= TARGET_RSS_MB )) || ok=0
    text+="${text:+, }${PASS_NAME[$pass]} ${RSS_MB[$pass]} MB"
  done
  echo "| RSS ≤ ${TARGET_RSS_MB} MB after load | $(met $ok) ($text) |"
}

# ------------------------------------------------------------------ main
main() {
  local begin; begin=$(date +%s)
  check_prerequisites
  LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
  prepare_database
  find_postmaster
  prepare_churn
  local pass
  for pass in "${PASSES[@]}"; do
    log "=== pass: ${PASS_NAME[$pass]}"
    run_pass "$pass"
  done
  # The service is stopped: pgbench has the machine to itself, like wrk had.
  run_pgbench
  mkdir -p "$BENCH_DIR/results"
  local out; out="$BENCH_DIR/results/$(date -u +%Y%m%dT%H%M%SZ).md"
  report | tee "$out"
  log "results written to $out; service logs kept at ${LOGS[on]} and ${LOGS[off]}; total $(( $(date +%s) - begin )) s"
  ! grep -q '^PATCH' "$WORKDIR/churn-failures.log" 2>/dev/null || log "failed writes: $WORKDIR/churn-failures.log"
}

main
