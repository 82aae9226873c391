#!/usr/bin/env bash
# Does read throughput scale with service instances? (issue #13 item 3)
#
# Starts the packaged jar once, measures it alone with wrk, starts a second instance on the same
# database, and measures both together: the same total number of connections, half on each. The
# read cache is off in both, so every request reaches Hibernate and PostgreSQL (with it on, the two
# instances would only be answering from memory). Prints one table with the ratio "two / one".
#
#   apt-get install -y wrk          # once
#   ./mvnw package -DskipTests && bench/instances.sh
#
# Settings (defaults): BENCH_DB_URL (jdbc:postgresql://127.0.0.1:5432/geofacts_bench, created when
# absent), BENCH_DB_USER/BENCH_DB_PASSWORD (postgres/postgres), BENCH_CONNECTIONS (32, in total),
# BENCH_DURATION (15s per run), BENCH_WARMUP (40s per instance), GEOFACTS_READ_REPLICA_JDBC_URL
# (unset; when set, both instances read from that replica, as in production).
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || { echo "no $JAR: run ./mvnw package -DskipTests first" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk not found (Debian: apt-get install wrk)" >&2; exit 1; }

DB_URL=${BENCH_DB_URL:-jdbc:postgresql://127.0.0.1:5432/geofacts_bench}
DB_USER=${BENCH_DB_USER:-postgres}
DB_PASSWORD=${BENCH_DB_PASSWORD:-postgres}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
DURATION=${BENCH_DURATION:-15s}
WARMUP=${BENCH_WARMUP:-40s}
DB_HOST_PORT=${DB_URL#jdbc:postgresql://}; DB_HOST_PORT=${DB_HOST_PORT%%/*}
DB_NAME=${DB_URL##*/}
PGPASSWORD=$DB_PASSWORD psql -h "${DB_HOST_PORT%:*}" -p "${DB_HOST_PORT#*:}" -U "$DB_USER" -d postgres -qtAc \
    "select 1 from pg_database where datname = '$DB_NAME'" | grep -q 1 \
    || PGPASSWORD=$DB_PASSWORD createdb -h "${DB_HOST_PORT%:*}" -p "${DB_HOST_PORT#*:}" -U "$DB_USER" "$DB_NAME"

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/geofacts-instances.XXXXXX")
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

start_instance() { # number; sets PORT (not in a subshell: the trap must know the process)
    local port; port=$(free_port)
    QUARKUS_DATASOURCE_JDBC_URL=$DB_URL QUARKUS_DATASOURCE_USERNAME=$DB_USER QUARKUS_DATASOURCE_PASSWORD=$DB_PASSWORD \
    QUARKUS_HTTP_PORT=$port GEOFACTS_READ_CACHE_ENABLED=false \
        java ${BENCH_JAVA_OPTS:-} -jar "$JAR" > "$WORK/instance-$1.log" 2>&1 &
    PIDS+=($!)
    for _ in $(seq 1 300); do
        curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1 && { PORT=$port; return; }
        sleep 0.2
    done
    echo "instance $1 did not become ready; log: $WORK/instance-$1.log" >&2; exit 1
}

# rps of one wrk run (the report.lua line), with its share of the connections.
wrk_rps() { # port connections duration script path
    timeout 120 wrk -t 1 -c "$2" -d "$3" -s "$4" "http://127.0.0.1:$1$5" | sed -n 's/^BENCH_RESULT rps=\([0-9.]*\).*/\1/p'
}
together() { # script path: both instances at once, half the connections each; prints the sum
    local half=$((CONNECTIONS / 2)) a b
    wrk_rps "$P1" "$half" "$DURATION" "$1" "$2" > "$WORK/a" & local wa=$!
    wrk_rps "$P2" "$half" "$DURATION" "$1" "$2" > "$WORK/b" & local wb=$!
    wait $wa $wb
    a=$(cat "$WORK/a"); b=$(cat "$WORK/b")
    python3 -c "print(round($a + $b, 1))"
}

start_instance 1; P1=$PORT
echo "instance 1 on port $P1; warming up for $WARMUP" >&2
wrk_rps "$P1" "$CONNECTIONS" "$WARMUP" bench/mix.lua / >/dev/null
declare -A ONE TWO
ONE[trivial]=$(wrk_rps "$P1" "$CONNECTIONS" "$DURATION" bench/report.lua /q/health/live)
ONE[quotes]=$(wrk_rps "$P1" "$CONNECTIONS" "$DURATION" bench/report.lua "/quotes?speaker=Putin")
ONE[mix]=$(wrk_rps "$P1" "$CONNECTIONS" "$DURATION" bench/mix.lua /)

start_instance 2; P2=$PORT
echo "instance 2 on port $P2; warming it up for $WARMUP" >&2
wrk_rps "$P2" "$CONNECTIONS" "$WARMUP" bench/mix.lua / >/dev/null
TWO[trivial]=$(together bench/report.lua /q/health/live)
TWO[quotes]=$(together bench/report.lua "/quotes?speaker=Putin")
TWO[mix]=$(together bench/mix.lua /)

echo
echo "## Instances (commit $(git rev-parse --short HEAD), $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, cache off, $CONNECTIONS connections in all)"
echo
echo "| read | one instance: req/s | two instances: req/s (sum) | two / one |"
echo "| --- | ---: | ---: | ---: |"
for key in trivial quotes mix; do
    label=$key; [ "$key" = trivial ] && label='`/q/health/live`'; [ "$key" = quotes ] && label='`/quotes?speaker=Putin`'
    [ "$key" = mix ] && label='distinct-URL mix'
    echo "| $label | ${ONE[$key]} | ${TWO[$key]} | $(python3 -c "print(f'{${TWO[$key]} / ${ONE[$key]}:.2f}')") |"
done
echo
echo "Load average before: $LOAD_BEFORE; at the end: $(cut -d' ' -f1-3 /proc/loadavg); logs in $WORK"
