#!/usr/bin/env bash
# Compiles the application with the benchmarks (Maven profile 'bench') into target/bench, packs the classes
# into target/bench/skilltalk-bench.jar (class-data sharing archives only classes from jars, see archive.sh)
# and writes the dependencies' classpath to target/bench/classpath.txt; prints the classpath. Used by
# run.sh and startup.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/bench
mkdir -p "$out"
./mvnw -q -B -Pbench -DskipTests -Dmaven.test.skip=true compile dependency:build-classpath \
  -Dmdep.outputFile="$out/classpath.txt" -Dmdep.includeScope=compile >"$out/build.log" 2>&1 \
  || { tail -40 "$out/build.log" >&2; echo "bench: build failed" >&2; exit 2; }
rm -f "$out/skilltalk-bench.jar"
jar --create --file "$out/skilltalk-bench.jar" -C "$out/classes" . >>"$out/build.log" 2>&1 \
  || { echo "bench: jar failed" >&2; exit 2; }
echo "$out/skilltalk-bench.jar:$(cat "$out/classpath.txt")"
