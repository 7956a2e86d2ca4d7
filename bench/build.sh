#!/usr/bin/env bash
# Compiles the application with the benchmarks (Maven profile 'bench') into target/bench and writes its
# classpath to target/bench/classpath.txt; prints the classpath. Used by run.sh and startup.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/bench
mkdir -p "$out"
./mvnw -q -B -Pbench -DskipTests -Dmaven.test.skip=true compile dependency:build-classpath \
  -Dmdep.outputFile="$out/classpath.txt" -Dmdep.includeScope=compile >"$out/build.log" 2>&1 \
  || { tail -40 "$out/build.log" >&2; echo "bench: build failed" >&2; exit 2; }
echo "$out/classes:$(cat "$out/classpath.txt")"
