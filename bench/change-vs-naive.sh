#!/usr/bin/env bash
# Issue 13's benchmark: the writers' longest stall and p99 while a naive migration (ADD COLUMN, a one-statement
# backfill and SET NOT NULL in one transaction; a plain CREATE INDEX; a plain ADD FOREIGN KEY) and kei db-change's
# generated one (bench/ChangeSafePlan.java: Recipes.plan on the live schema) make the same three changes to a table of
# ROWS rows under WRITERS concurrent writer connections, both applied with bin/kei-migrate up
# (bench/change_vs_naive.py). The throwaway PostgreSQL keeps its durability defaults (fsync, synchronous_commit),
# with autovacuum off (no background pass lands in one run) and max_wal_size 4GB (no checkpoint forced mid-run).
# Usage: [WRITERS=4] [LONG_READER=S] [SAFE_LOCK_TIMEOUT=200ms] bench/change-vs-naive.sh [RUNS] [ROWS]
#        (defaults 3, 1000000; the two variables are off by default, see bench/change_vs_naive.py; needs initdb/pg_ctl, e.g.
#        /usr/lib/postgresql/15/bin, and python3 with psycopg: pip install psycopg)
set -euo pipefail
cd "$(dirname "$0")/.."
port="${BENCH_PG_PORT:-55445}"
work="$(mktemp -d)"
. bench/throwaway-postgres.sh
python3 -c 'import psycopg' 2>/dev/null || { echo "needs psycopg: pip install psycopg" >&2; exit 2; }
build() {
  mvn -q -B "$@" -DskipTests -Dspotless.check.skip=true package dependency:build-classpath \
    -Dmdep.outputFile=target/bench-change.classpath
}
build -o >/dev/null 2>&1 || build >/dev/null

start_postgres -c autovacuum=off -c max_wal_size=4GB
"$pgbin/psql" -XAtq -h localhost -p "$port" -U postgres -c 'SELECT version()'
echo "kei at $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src pom.xml || echo ' (src modified)')"
bin/kei-migrate --help >/dev/null   # the launcher's first call after a build may dump its class-data archive
KEI_CP="target/classes:$(cat target/bench-change.classpath)" python3 bench/change_vs_naive.py \
  "postgres://postgres@localhost:$port" "${1:-3}" "${2:-1000000}"
