#!/usr/bin/env bash
# Issue 4's benchmark: `up` of 500 small migrations with kei-migrate and with Flyway, side by side in one JVM
# against one embedded PostgreSQL (a fresh database per tool and repetition, the tools taking turns), with plain
# JDBC on the same files as a reference; prints the medians and the ratio kei/flyway. Flyway comes from the pom's
# `bench` profile only (test scope), never the jar.
# Usage: bench/migrate-vs-flyway.sh [RUNS] [MIGRATIONS]
set -euo pipefail
cd "$(dirname "$0")/.."
build() {
  mvn -q -B "$@" -Pbench -DskipTests -Dspotless.check.skip=true compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-flyway.classpath
}
build -o >/dev/null 2>&1 || build >/dev/null
java -cp "target/classes:$(cat target/bench-flyway.classpath)" bench/MigrateVsFlyway.java "${1:-9}" "${2:-500}"
