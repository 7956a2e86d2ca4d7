#!/usr/bin/env bash
# Start-up time of SkillTalk on an empty embedded store, as bench/run.sh measures it (startup_s), in
# BENCH_STARTS (5) fresh JVMs one after another. Prints each start, the longest steps of the last one, and
# as its last line: STARTUP median_startup_s=<n> median_cpu_s=<n> median_main_cpu_s=<n> starts=<n>.
# See docs/bench.md.
set -euo pipefail
cd "$(dirname "$0")/.."

starts="${BENCH_STARTS:-5}"
echo "bench: building (profile 'bench', into target/bench)"
cp=$(bench/build.sh)
log=target/bench/startup.log
: >"$log"
for i in $(seq "$starts"); do
  java -XX:+UseG1GC -cp "$cp" eu.skilltalk.bench.Startup >target/bench/startup-last.log 2>&1 \
    || { tail -40 target/bench/startup-last.log; echo "bench: the application did not start" >&2; exit 4; }
  line=$(grep '^STARTUP ' target/bench/startup-last.log)
  echo "bench: start $i: ${line#STARTUP }"
  echo "$line" >>"$log"
done
grep -E '^bench: |Understanding ready|waited .* for the understanding' target/bench/startup-last.log
median() { sed -n "s/.* $1=\([0-9.]*\).*/\1/p" "$log" | sort -n | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }
echo "STARTUP median_startup_s=$(median startup_s) median_cpu_s=$(median cpu_s) median_main_cpu_s=$(median main_cpu_s) starts=$starts"
