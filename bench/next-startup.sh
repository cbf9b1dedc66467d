#!/usr/bin/env bash
# Issue 2's and 27's benchmark: wall time of `bin/kei-skill next` on an existing state (a db-schema run waiting
# at its first question), median of 20, as a ratio to a plain JVM hello-world (`java -cp DIR Hello`, no flags,
# the JDK's own archive) and to the same hello started the way bin/kei-launch starts kei (bench/hello/launch:
# same flags, its own class-data-sharing archive). Usage: bench/next-startup.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-20}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Build all three, and let each record its class-data-sharing archive, before timing anything.
bin/kei-skill next --out "$work/run" --intake "a bookshop with authors, books and orders" \
  --clock 2026-11-21T10:00:00Z >/dev/null
bin/kei-skill next --out "$work/run" >/dev/null
bench/hello/launch >/dev/null
bench/hello/launch >/dev/null
mkdir -p "$work/hello"
javac -d "$work/hello" bench/hello/Hello.java

python3 bench/timing.py "$runs" kei-next "bin/kei-skill next --out $work/run" \
  plain-hello "java -cp $work/hello Hello" cds-hello "bench/hello/launch"
