#!/usr/bin/env bash
# Starts SkillTalk once as the benchmarks do (bench.Startup) to record the classes it loads into a
# class-data sharing archive, target/bench/skilltalk.jsa, as the Docker image does at build time
# (docker-compose.yml); the start also fills the understanding model cache, target/bench/models, as a
# container's first start does. Usage: bench/archive.sh <classpath from build.sh>. Prints the JVM option
# that uses the archive. See docs/bench.md, Start-up.
set -euo pipefail
cd "$(dirname "$0")/.."
archive=target/bench/skilltalk.jsa
rm -f "$archive"
java -XX:ArchiveClassesAtExit="$archive" -Xlog:cds=off -XX:+UseG1GC -cp "$1" eu.skilltalk.bench.Startup \
  >target/bench/archive.log 2>&1 \
  || { tail -40 target/bench/archive.log >&2; echo "bench: the application did not start" >&2; exit 4; }
echo "-XX:SharedArchiveFile=$archive"
