#!/usr/bin/env bash
# Issue 9's benchmark: the quality of kei's offline schema proposal, scored by ../shared/design/score.py (the
# plain path, every proposal kept, the up migration applied to a throwaway PostgreSQL 15, tables and foreign keys
# read from the catalogue) over the 25 dev intakes, or over another gold file.
# Usage: bench/proposal-quality.sh [BASELINE_REV] [--gold FILE]
#   With BASELINE_REV (e.g. 6f0516e, main before issue 9), that revision is scored too, in a throwaway worktree,
#   in the same run, and both SUMMARY lines are printed one above the other.
set -euo pipefail
cd "$(dirname "$0")/.."
score="$(cd .. && pwd)/shared/design/score.py"
[ -f "$score" ] || { echo "bench: $score not found (shared/ must sit beside the checkout)" >&2; exit 2; }
baseline=""
if [ $# -gt 0 ] && [ "${1#--}" = "$1" ]; then baseline="$1"; shift; fi
# score.py runs inside each checkout: a gold file is named by its absolute path
args=()
while [ $# -gt 0 ]; do
  if [ "$1" = "--gold" ] && [ $# -gt 1 ]; then args+=(--gold "$(realpath "$2")"); shift 2; else args+=("$1"); shift; fi
done
set -- "${args[@]+"${args[@]}"}"

run() { # DIR LABEL [score.py options]
  local dir="$1" label="$2"; shift 2
  (cd "$dir" && mvn -q -B -o -DskipTests -Dspotless.check.skip=true package >/dev/null 2>&1 \
    || mvn -q -B -DskipTests -Dspotless.check.skip=true package >/dev/null)
  local out
  out="$(mktemp)"
  (cd "$dir" && python3 "$score" "$@") >"$out"
  echo "$label $(grep '^SUMMARY' "$out")"
  grep -v '^SUMMARY' "$out" | python3 -c '
import json, sys
for line in sys.stdin:
    r = json.loads(line)
    if "error" in r or r["missing_tables"] or r["missing_relations"] or r["orphans"] or r["unexpected"]:
        print("   ", json.dumps(r))' || true
  rm -f "$out"
}

if [ -n "$baseline" ]; then
  wt="$(mktemp -d)/baseline"
  git worktree add -q --detach "$wt" "$baseline"
  trap 'git worktree remove --force "$wt" >/dev/null 2>&1 || true' EXIT
  run "$wt" "baseline $baseline:" "$@"
fi
run "$PWD" "HEAD $(git rev-parse --short HEAD):" "$@"
