#!/usr/bin/env bash
# Scale benchmark: the filtered, full-text and paging reads of the geofacts service against a
# database filled by bench/scale/generate.sql (1,000,000 quotes and claims by default), single
# client, with the in-memory read cache off; then EXPLAIN (ANALYZE, BUFFERS) of their SQL.
#
#   bench/scale/run.sh [path-to-quarkus-run.jar]
#
# Builds nothing and loads nothing: see bench/README.md ("## Scale") for the one-time setup.
# All traffic goes to 127.0.0.1; every loop is bounded (SCALE_CAP_SECONDS per measured series).
set -euo pipefail

SCALE_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BENCH_DIR="$(dirname "$SCALE_DIR")"
ROOT="$(dirname "$BENCH_DIR")"

SCALE_DB="${SCALE_DB:-geofacts_scale}"
SCALE_PGHOST="${SCALE_PGHOST:-127.0.0.1}"
SCALE_PGPORT="${SCALE_PGPORT:-5432}"
SCALE_PGUSER="${SCALE_PGUSER:-postgres}"
SCALE_PGPASSWORD="${SCALE_PGPASSWORD:-postgres}"
SCALE_PORT="${SCALE_PORT:-18090}"
SCALE_N="${SCALE_N:-200}"                  # measured requests per query
SCALE_WARMUP="${SCALE_WARMUP:-40}"         # warm-up requests per query (JIT, caches)
SCALE_PAGES="${SCALE_PAGES:-1000}"         # the deep page compared with page 1
SCALE_PAGE_N="${SCALE_PAGE_N:-200}"        # timed requests of page 1 and of the deep page, each
SCALE_CAP_SECONDS="${SCALE_CAP_SECONDS:-60}"  # a measured series stops after this long
SCALE_PHASES="${SCALE_PHASES:-http,paging,explain}"
SCALE_STARTUP_TIMEOUT="${SCALE_STARTUP_TIMEOUT:-120}"
SCALE_JAVA_OPTS="${SCALE_JAVA_OPTS:-}"
# Appended to the service's JDBC URL, e.g. "options=-c%20plan_cache_mode=force_custom_plan" or
# "prepareThreshold=0", to try driver or session settings without rebuilding.
SCALE_JDBC_PARAMS="${SCALE_JDBC_PARAMS:-}"

die() { echo "scale: $*" >&2; exit 1; }
log() { echo "scale: $*" >&2; }

case "${1:-}" in
  -h|--help) sed -n '2,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    echo "Environment (defaults): SCALE_DB=geofacts_scale SCALE_PGHOST=127.0.0.1 SCALE_PGPORT=5432 SCALE_PGUSER=postgres"
    echo "  SCALE_PORT=18090 SCALE_N=200 SCALE_WARMUP=40 SCALE_PAGES=1000 SCALE_PAGE_N=200 SCALE_CAP_SECONDS=60"
    echo "  SCALE_PHASES=http,paging,explain (explain alone needs no service) SCALE_JAVA_OPTS= SCALE_JDBC_PARAMS="
    exit 0 ;;
esac
JAR="${1:-$ROOT/target/quarkus-app/quarkus-run.jar}"

[[ "$SCALE_DB" == *scale* ]] || die "SCALE_DB must name a *scale* database (got '$SCALE_DB')"
for tool in psql python3 java curl; do command -v "$tool" >/dev/null || die "'$tool' not found"; done
pg() { PGPASSWORD="$SCALE_PGPASSWORD" psql -X -qtA -h "$SCALE_PGHOST" -p "$SCALE_PGPORT" -U "$SCALE_PGUSER" -d "$SCALE_DB" "$@"; }
quotes=$(pg -c "select count(*) from quotes where id like 'scale-q-%'" 2>/dev/null) \
  || die "database $SCALE_DB not reachable; see bench/README.md (## Scale) to create and fill it"
(( quotes > 0 )) || die "no synthetic rows in $SCALE_DB: run bench/scale/generate.sql first"

mkdir -p "$BENCH_DIR/results"
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
REPORT="$BENCH_DIR/results/scale-$STAMP.md"
WORKDIR="$(mktemp -d "${TMPDIR:-/tmp}/geofacts-scale.XXXXXX")"
SERVICE_LOG="$WORKDIR/service.log"
PID=""

stop_service() {
  if [[ -n "$PID" ]] && kill -0 "$PID" 2>/dev/null; then
    kill "$PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$PID" 2>/dev/null || true
    wait "$PID" 2>/dev/null || true
  fi
  PID=""
}
trap stop_service EXIT
trap 'exit 130' INT TERM

needs_service=false
[[ "$SCALE_PHASES" == *http* || "$SCALE_PHASES" == *paging* ]] && needs_service=true

if $needs_service; then
  [[ -f "$JAR" ]] || die "jar not found: $JAR (build it first: ./mvnw package -DskipTests)"
  if curl -s -o /dev/null -m 1 "http://127.0.0.1:$SCALE_PORT/" 2>/dev/null; then
    die "port $SCALE_PORT is already in use; set SCALE_PORT"
  fi
  log "starting $JAR against $SCALE_DB, read cache off (log: $SERVICE_LOG)"
  # shellcheck disable=SC2086  # SCALE_JAVA_OPTS is a list of options
  (cd "$WORKDIR" && GEOFACTS_READ_CACHE_ENABLED=false \
     QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$SCALE_PGHOST:$SCALE_PGPORT/$SCALE_DB${SCALE_JDBC_PARAMS:+?$SCALE_JDBC_PARAMS}" \
     QUARKUS_DATASOURCE_USERNAME="$SCALE_PGUSER" QUARKUS_DATASOURCE_PASSWORD="$SCALE_PGPASSWORD" \
     QUARKUS_HTTP_PORT="$SCALE_PORT" exec java $SCALE_JAVA_OPTS -jar "$JAR") >"$SERVICE_LOG" 2>&1 &
  PID=$!
  deadline=$(( $(date +%s) + SCALE_STARTUP_TIMEOUT ))
  until body=$(curl -sf -m 2 "http://127.0.0.1:$SCALE_PORT/q/health/ready" 2>/dev/null) && [[ "$body" == *'"UP"'* ]]; do
    kill -0 "$PID" 2>/dev/null || { tail -30 "$SERVICE_LOG" >&2; die "service exited during startup"; }
    (( $(date +%s) < deadline )) || { tail -30 "$SERVICE_LOG" >&2; die "not ready within ${SCALE_STARTUP_TIMEOUT}s"; }
    sleep 0.2
  done
  log "ready"
fi

# The whole measurement is bounded too: no phase may hang the script.
timeout 1200 python3 "$SCALE_DIR/measure.py" --port "$SCALE_PORT" --db "$SCALE_DB" \
  --pghost "$SCALE_PGHOST" --pgport "$SCALE_PGPORT" --pguser "$SCALE_PGUSER" --pgpassword "$SCALE_PGPASSWORD" \
  --jar "$JAR" --n "$SCALE_N" --warmup "$SCALE_WARMUP" --pages "$SCALE_PAGES" --page-n "$SCALE_PAGE_N" \
  --cap-seconds "$SCALE_CAP_SECONDS" --phases "$SCALE_PHASES" --jdbc-params "$SCALE_JDBC_PARAMS" --out "$REPORT"

if $needs_service; then
  errors=$(grep -c ' ERROR ' "$SERVICE_LOG" || true)
  (( errors == 0 )) || log "the service logged $errors ERROR lines: $SERVICE_LOG"
fi
stop_service
log "report written to $REPORT"
