#!/usr/bin/env bash
# Issue 12's backfill benchmark: rows/s of kei-migrate's batched backfill (`-- kei:backfill batch BATCH`, `up`)
# against one plain UPDATE of the same rows through psql, and the latency a concurrent single-row writer sees during
# each (max and p99), on a table of ROWS rows recreated before every run (bench/backfill_vs_update.py).
# The throwaway PostgreSQL keeps its durability defaults (fsync and synchronous_commit on: a batched backfill pays a
# commit per batch, and fsync=off would hide it), with autovacuum off so that no background pass lands in one run,
# and max_wal_size 4GB so that no checkpoint is forced by the 1,000,000-row UPDATE.
# Usage: bench/backfill-vs-update.sh [RUNS] [ROWS] [BATCH]   (defaults 3, 1000000, 10000; needs initdb/pg_ctl,
#        e.g. /usr/lib/postgresql/15/bin, and python3 with psycopg: pip install psycopg)
set -euo pipefail
cd "$(dirname "$0")/.."
port="${BENCH_PG_PORT:-55443}"
work="$(mktemp -d)"
. bench/throwaway-postgres.sh
python3 -c 'import psycopg' 2>/dev/null || { echo "needs psycopg: pip install psycopg" >&2; exit 2; }

start_postgres -c autovacuum=off -c max_wal_size=4GB
"$pgbin/psql" -XAtq -h localhost -p "$port" -U postgres -c 'SELECT version()'
bin/kei-migrate --help >/dev/null   # the launcher's first call after a build may dump its class-data archive
PSQL="$pgbin/psql" python3 bench/backfill_vs_update.py "postgres://postgres@localhost:$port" "${1:-3}" \
  "${2:-1000000}" "${3:-10000}"
