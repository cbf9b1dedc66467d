#!/usr/bin/env bash
# Issue 28's benchmark: the whole-process wall time of `bin/kei-migrate status` with nothing pending (50 applied
# files) against dbmate's `status` on the same 50 migrations in its own layout, side by side (alternating, median
# of RUNS), both on one throwaway PostgreSQL on localhost, each tool with its own database.
# dbmate comes from the npm registry (`npm install dbmate` in a scratch folder; set DBMATE_DIR to a folder that
# already holds node_modules/.bin/dbmate to skip that). It is timed as npm installs it (node_modules/.bin/dbmate,
# a node shim that runs the Go binary) and, for reference, as the bare Go binary.
# Usage: bench/status-vs-dbmate.sh [RUNS]   (needs PostgreSQL's initdb/pg_ctl, e.g. /usr/lib/postgresql/15/bin)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-20}"
port="${BENCH_PG_PORT:-55439}"
work="$(mktemp -d)"
. bench/throwaway-postgres.sh

start_postgres -c fsync=off
"$pgbin/psql" -qX -h localhost -p "$port" -U postgres -c 'CREATE DATABASE kei' -c 'CREATE DATABASE dbmate' >/dev/null

dbmate_dir="${DBMATE_DIR:-$work/npm}"
if [ ! -x "$dbmate_dir/node_modules/.bin/dbmate" ]; then
  mkdir -p "$dbmate_dir"
  (cd "$dbmate_dir" && npm install --silent --no-audit --no-fund dbmate >/dev/null)
fi
dbmate="$dbmate_dir/node_modules/.bin/dbmate"
dbmate_go="$(ls "$dbmate_dir"/node_modules/@dbmate/*/bin/dbmate | head -1)"

# The same 50 migrations: kei's <version>_<name>.sql + .down.sql, and dbmate's one file with both sections.
mkdir -p "$work/kei" "$work/dbmate/db/migrations"
for i in $(seq 1 50); do
  v="$(printf '202601011%05d' "$i")"
  printf 'CREATE TABLE t%d (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now());\nCREATE INDEX t%d_name_idx ON t%d (name);\n' "$i" "$i" "$i" \
    >"$work/kei/${v}_m$i.sql"
  printf 'DROP TABLE t%d;\n' "$i" >"$work/kei/${v}_m$i.down.sql"
  { echo '-- migrate:up'; cat "$work/kei/${v}_m$i.sql"; echo '-- migrate:down'; cat "$work/kei/${v}_m$i.down.sql"; } \
    >"$work/dbmate/db/migrations/${v}_m$i.sql"
done

kei="bin/kei-migrate --database-url postgres://postgres@localhost:$port/kei --dir $work/kei status"
export DATABASE_URL="postgres://postgres@localhost:$port/dbmate?sslmode=disable"
bin/kei-migrate --database-url "postgres://postgres@localhost:$port/kei" --dir "$work/kei" up >/dev/null 2>&1
(cd "$work/dbmate" && "$dbmate" --no-dump-schema up >/dev/null)

# Both must see 50 applied and nothing pending; the first calls also let kei's launcher make its archive.
$kei | tail -1 | grep -q '^50 applied, 0 pending, 0 failed, 0 drifted, 0 missing' || { echo "kei: not 50 applied" >&2; exit 1; }
$kei >/dev/null
(cd "$work/dbmate" && "$dbmate" status) | grep -q 'Applied: 50' || { echo "dbmate: not 50 applied" >&2; exit 1; }

python3 bench/timing.py "$runs" kei-status "$kei" dbmate "cd $work/dbmate && $dbmate status" \
  dbmate-go "cd $work/dbmate && $dbmate_go status"
