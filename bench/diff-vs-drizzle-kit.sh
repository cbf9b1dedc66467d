#!/usr/bin/env bash
# Issue 16's comparison: the same schema pairs given to `drizzle-kit generate` (npm, Drizzle schema.ts written by hand
# in bench/drizzle/<case>/{from,to}.ts, the same tables as src/test/resources/change/diff/<case>/{from,to}.sql) and to
# kei's `db-change --to` (driven in step mode by bench/diff_drive.py), then per pair the statements each writes, which
# lose data or take long locks, and squawk's findings (bench/diff_compare.py). drizzle-kit asks about renames in an
# interactive prompt: it runs first as CI or an agent would (no TTY), then, where that fails, in a pseudo-terminal
# (script) taking the prompt's default (Enter) and, with bench/drizzle/<case>/rename, the rename (Down, Enter).
# Usage: bench/diff-vs-drizzle-kit.sh    (npm and squawk on PATH; the tools go to target/drizzle-bench)
set -euo pipefail
cd "$(dirname "$0")/.."
DRIZZLE_KIT=0.31.11
DRIZZLE_ORM=0.45.4
tools=target/drizzle-bench
if [ "$("$tools/node_modules/.bin/drizzle-kit" --version 2>/dev/null | grep -o 'v[0-9.]*' | sed -n 1p)" != "v$DRIZZLE_KIT" ]; then
  mkdir -p "$tools"
  echo '{"name":"kei-drizzle-bench","private":true}' >"$tools/package.json"
  (cd "$tools" && npm install --no-audit --no-fund "drizzle-kit@$DRIZZLE_KIT" "drizzle-orm@$DRIZZLE_ORM" >/dev/null)
fi
work="$tools/work"
rm -rf "$work"
mkdir -p "$work"
kit() { # kit DIR NAME: drizzle-kit generate on DIR/schema.ts into DIR/out (run from $tools, where node_modules is)
  (cd "$tools" && node_modules/.bin/drizzle-kit generate --dialect postgresql --schema "${1#$tools/}/schema.ts" \
    --out "${1#$tools/}/out" --name "$2")
}
in_tty() { # in_tty DIR KEYS: the change generated in a pseudo-terminal, KEYS typed at each prompt
  local d="$1" keys="$2"
  cp -r "$work/$name/drizzle/out" "$d/out.init" 2>/dev/null || true
  (sleep 4; for _ in 1 2 3 4; do printf "$keys"; sleep 2; done) | (cd "$tools" && timeout 60 script -qec \
    "node_modules/.bin/drizzle-kit generate --dialect postgresql --schema ${d#$tools/}/schema.ts --out ${d#$tools/}/out --name change" \
    /dev/null) >"$d/generate.log" 2>&1 || true
}
start=$(date +%s)
for case in bench/drizzle/*/; do
  name=$(basename "$case")
  pair="src/test/resources/change/diff/$name"
  d="$work/$name/drizzle"
  mkdir -p "$d"
  cp "$case/from.ts" "$d/schema.ts"
  kit "$d" init >/dev/null
  cp -r "$d/out" "$work/$name/init-out"
  cp "$case/to.ts" "$d/schema.ts"
  t0=$(date +%s%N)
  kit "$d" change </dev/null >"$d/generate.log" 2>&1 && rc=0 || rc=$?
  ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  if grep -q 'require a TTY' "$d/generate.log"; then
    echo "no TTY (as in CI or an agent): exit $rc, no migration written: $(grep -o 'Interactive prompts require a TTY[^(]*' "$d/generate.log" | sed -n 1p)" >"$d/note.txt"
    for variant in tty-default tty-rename; do
      [ "$variant" = tty-rename ] && [ ! -f "$case/rename" ] && continue
      v="$work/$name/drizzle-$variant"
      mkdir -p "$v"
      cp "$case/to.ts" "$v/schema.ts"
      cp -r "$work/$name/init-out" "$v/out"
      if [ "$variant" = tty-default ]; then in_tty "$v" '\r'; else in_tty "$v" '\033[B\r'; fi
      sed 's/\x1b\[[0-9;?]*[a-zA-Z]//g' "$v/generate.log" | tr '\r' '\n' | grep -E '(created or renamed|will be)' \
        | sort -u | tr '\n' ' ' | sed 's/  */ /g' >"$v/note.txt"
    done
  else
    echo "exit $rc in $ms ms" >"$d/note.txt"
  fi
  k="$work/$name/kei"
  mkdir -p "$k/db"
  cp "$pair/from.sql" "$k/db/schema.sql"
  t0=$(date +%s%N)
  python3 bench/diff_drive.py "$k" "$pair/to.sql" "$pair/answers.txt" >/dev/null
  echo "db-change --to in step mode: $(( ($(date +%s%N) - t0) / 1000000 )) ms for the whole run (every call a JVM; the schema, the target and the verification each on a throwaway PostgreSQL)" >"$k/note.txt"
done
python3 bench/diff_compare.py "$work"
echo "($(( $(date +%s) - start )) s in all; $(squawk --version); drizzle-kit $DRIZZLE_KIT, drizzle-orm $DRIZZLE_ORM)"
