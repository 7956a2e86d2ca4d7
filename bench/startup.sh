#!/usr/bin/env bash
# Start-up time of SkillTalk on an empty embedded store, as bench/run.sh measures it (startup_s), in
# BENCH_STARTS (5) pairs of fresh JVMs, taken in turn:
#   deployed: as the Docker image starts (class-data sharing archive from a training start, understanding
#             models cached by an earlier start); this is run.sh's startup_s
#   cold:     neither (no archive, empty model cache), as `./mvnw spring-boot:run` starts the first time
# Prints each start, the longest steps of the last deployed one, and as its last line:
#   STARTUP median_startup_s=<n> median_cpu_s=<n> median_main_cpu_s=<n> cold_median_startup_s=<n> cold_median_cpu_s=<n> starts=<n>
# See docs/bench.md.
set -euo pipefail
cd "$(dirname "$0")/.."

starts="${BENCH_STARTS:-5}"
echo "bench: building (profile 'bench', into target/bench)"
cp=$(bench/build.sh)
echo "bench: recording the class-data sharing archive (one start)"
archive=$(bench/archive.sh "$cp")
: >target/bench/startup.log
: >target/bench/startup-cold.log
start() { # $1: cold|deployed, then JVM options
  local kind=$1
  shift
  java "$@" -XX:+UseG1GC -cp "$cp" eu.skilltalk.bench.Startup >"target/bench/startup-$kind-last.log" 2>&1 \
    || { tail -40 "target/bench/startup-$kind-last.log" >&2; echo "bench: the application did not start" >&2; exit 4; }
  grep '^STARTUP ' "target/bench/startup-$kind-last.log"
}
for i in $(seq "$starts"); do
  rm -rf target/bench/models
  line=$(start cold)
  echo "bench: start $i, cold:     ${line#STARTUP }"
  echo "$line" >>target/bench/startup-cold.log
  line=$(start deployed "$archive")
  echo "bench: start $i, deployed: ${line#STARTUP }"
  echo "$line" >>target/bench/startup.log
done
grep -E '^bench: |Understanding ready|waited .* for the understanding' target/bench/startup-deployed-last.log
median() { sed -n "s/.* $2=\([0-9.]*\).*/\1/p" "$1" | sort -n | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }
deployed=target/bench/startup.log
cold=target/bench/startup-cold.log
echo "STARTUP median_startup_s=$(median $deployed startup_s) median_cpu_s=$(median $deployed cpu_s)" \
  "median_main_cpu_s=$(median $deployed main_cpu_s) cold_median_startup_s=$(median $cold startup_s)" \
  "cold_median_cpu_s=$(median $cold cpu_s) starts=$starts"
