#!/usr/bin/env bash
# Issue 12's lint comparison: `bin/kei-migrate --dir DIR lint` against squawk on the same 500 generated migrations
# (500 ups + 500 downs, bench/gen_migrations.py, fixed seed), whole-process wall time alternating (median of RUNS,
# bench/timing.py), plus a one-file run of each (a JVM's start against a native binary's), then the findings of each
# in total, by rule and per kind of migration (bench/lint_compare.py). Both exit 1 when they find something: that is
# counted as success here. squawk runs with its defaults (it assumes no transaction around a file, and no
# --pg-version), on `DIR/*.sql` as a user would call it. squawk is timed as npm installs it (/usr/bin/squawk is a
# node shim that spawns the Rust binary; the issue's squawk is this one) and, for reference, as the bare binary.
# Usage: bench/lint-vs-squawk.sh [RUNS] [MIGRATIONS]    (squawk on PATH or SQUAWK=...; --apply: also check that
#        the folder applies and reverts on a throwaway PostgreSQL, needs initdb/pg_ctl, e.g. /usr/lib/postgresql/15/bin)
set -euo pipefail
cd "$(dirname "$0")/.."
apply=0
[ "${1:-}" = --apply ] && { apply=1; shift; }
runs="${1:-11}"
count="${2:-500}"
squawk="${SQUAWK:-$(command -v squawk)}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dir="$work/migrations"
python3 bench/gen_migrations.py "$dir" "$count"
squawk_bin="${SQUAWK_BIN:-$(ls "$(dirname "$(readlink -f "$squawk")")"/../../node_modules/@squawk-cli/*/bin/squawk \
  2>/dev/null | sed -n 1p)}"
[ -x "$squawk_bin" ] || squawk_bin="$squawk"
one="$(ls "$dir"/*.sql | grep -v '\.down\.sql$' | sed -n 1p)"
echo "$(ls "$dir" | wc -l) files in $dir; $("$squawk" --version) ($squawk_bin); one file: $(basename "$one")"

if [ "$apply" = 1 ]; then
  port="${BENCH_PG_PORT:-55441}"
  . bench/throwaway-postgres.sh
  start_postgres -c fsync=off
  url="postgres://postgres@localhost:$port/postgres"
  bin/kei-migrate --database-url "$url" --dir "$dir" up 2>&1 | tail -1
  bin/kei-migrate --database-url "$url" --dir "$dir" down "$count" 2>&1 | tail -1
fi

ok='|| test $? = 1'   # a finding is exit 1 for both tools; anything else fails the run
kei_all="bin/kei-migrate --dir $dir lint >/dev/null $ok"
squawk_all="$squawk $dir/*.sql >/dev/null $ok"
kei_one="bin/kei-migrate --dir $dir lint $one >/dev/null $ok"
squawk_one="$squawk $one >/dev/null $ok"
bin_all="$squawk_bin $dir/*.sql >/dev/null $ok"
bin_one="$squawk_bin $one >/dev/null $ok"
eval "$kei_all"; eval "$kei_one"   # the launcher's first calls after a build may dump its class-data archive

python3 bench/timing.py "$runs" kei-lint "$kei_all" squawk "$squawk_all" squawk-bin "$bin_all"
python3 bench/timing.py "$runs" kei-lint-1 "$kei_one" squawk-1 "$squawk_one" squawk-bin-1 "$bin_one"

bin/kei-migrate --dir "$dir" lint --format json >"$work/kei.json" || test $? = 1
"$squawk" --reporter json "$dir"/*.sql >"$work/squawk.json" || test $? = 1
python3 bench/lint_compare.py "$work/kei.json" "$work/squawk.json" "$dir"

# squawk's other mode, for kei's files the fairer one (kei-migrate runs every file without -- kei:no-transaction in
# a transaction): what changes with --assume-in-transaction
"$squawk" --assume-in-transaction --reporter json "$dir"/*.sql >"$work/squawk-tx.json" || test $? = 1
python3 - "$work/squawk.json" "$work/squawk-tx.json" <<'PY'
import collections, json, sys
a, b = (collections.Counter(f["rule_name"] for f in json.load(open(p))) for p in sys.argv[1:3])
print(f"\nsquawk --assume-in-transaction: {sum(b.values())} findings (default: {sum(a.values())}); rules that change: "
      + ", ".join(f"{r} {a[r]} -> {b[r]}" for r in sorted(set(a) | set(b)) if a[r] != b[r]))
PY
