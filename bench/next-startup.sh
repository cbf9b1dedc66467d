#!/usr/bin/env bash
# Issue 2's benchmark: wall time of `bin/kei-skill next` on an existing state (a db-schema run waiting at its
# first question), median of 20, as a ratio to a trivial Java hello-world started the same way
# (bench/hello/launch mirrors bin/kei-launch). Usage: bench/next-startup.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-20}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Build both, and let each record its class-data-sharing archive, before timing anything.
bin/kei-skill next --out "$work" --intake "a bookshop with authors, books and orders" \
  --clock 2026-11-21T10:00:00Z >/dev/null
bin/kei-skill next --out "$work" >/dev/null
bench/hello/launch >/dev/null
bench/hello/launch >/dev/null

python3 bench/timing.py "$runs" kei-next "bin/kei-skill next --out $work" hello "bench/hello/launch"
