#!/usr/bin/env bash
# What `status --drift` adds to `status` (issue 16): 20 applied migrations (tables with identity keys, defaults and
# foreign keys, plain and concurrent indexes, a backfill) on a throwaway server of the machine's PostgreSQL, then
# the commands timed alternately, medians; and status --drift of a one-file folder, for the fixed cost.
# Usage: bench/status-drift.sh [RUNS]   (default 10; needs PostgreSQL's initdb/pg_ctl, e.g. /usr/lib/postgresql/15/bin)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
port="${PORT:-55433}"
work="$(mktemp -d /tmp/kei-status-drift.XXXXXX)"
. bench/throwaway-postgres.sh
start_postgres -c fsync=off
"$pgbin/psql" -qX -h localhost -p "$port" -U postgres -c 'CREATE DATABASE kei' -c 'CREATE DATABASE one' >/dev/null

mkdir -p "$work/m"
for i in $(seq 1 20); do
  v="$(printf '202601011%05d' "$i")"
  case $((i % 4)) in
    1) printf 'CREATE TABLE t%d (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL,\n  created_at timestamptz NOT NULL DEFAULT now());\n' "$i" ;;
    2) printf 'CREATE TABLE t%d (id bigint PRIMARY KEY, parent_id bigint NOT NULL REFERENCES t%d (id), note varchar(200));\n' "$i" "$((i - 1))" ;;
    3) printf -- '-- kei:no-transaction\nCREATE INDEX CONCURRENTLY t%d_parent_id_idx ON t%d (parent_id);\n' "$((i - 1))" "$((i - 1))" ;;
    0) printf -- '-- kei:no-transaction\n-- kei:backfill batch 1000\nUPDATE t%d SET name = lower(name) WHERE name <> lower(name);\n' "$((i - 3))" ;;
  esac >"$work/m/${v}_m$i.sql"
done

# the first file alone, in another database: what the check costs before any file replays
mkdir -p "$work/one" && cp "$work/m/20260101100001_m1.sql" "$work/one/"
one="postgres://postgres@localhost:$port/one"
bin/kei-migrate --database-url "$one" --dir "$work/one" up >/dev/null 2>&1

url="postgres://postgres@localhost:$port/kei"
bin/kei-migrate --database-url "$url" --dir "$work/m" up >/dev/null 2>&1
bin/kei-migrate --database-url "$url" --dir "$work/m" status --drift
echo "load (1 min): $(cut -d' ' -f1 /proc/loadavg)"
python3 bench/timing.py "$runs" \
  "status" "bin/kei-migrate --database-url $url --dir $work/m status" \
  "status --drift" "bin/kei-migrate --database-url $url --dir $work/m status --drift" \
  "status --drift (1 file)" "bin/kei-migrate --database-url $one --dir $work/one status --drift"
