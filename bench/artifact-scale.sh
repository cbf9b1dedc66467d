#!/usr/bin/env bash
# Issue 3's benchmark: generating every db-schema artifact for 1,000 tables / 2,000 foreign keys and for
# 2,000 / 4,000, in-process; prints both medians and their ratio. Usage: bench/artifact-scale.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -o -DskipTests -Dspotless.check.skip=true compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath >/dev/null 2>&1 \
  || mvn -q -B -DskipTests -Dspotless.check.skip=true compile dependency:build-classpath \
       -Dmdep.outputFile=target/bench.classpath >/dev/null
java -cp "target/classes:$(cat target/bench.classpath)" bench/ArtifactScale.java "${1:-7}"
