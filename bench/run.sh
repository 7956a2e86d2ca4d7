#!/usr/bin/env bash
# Benchmarks SkillTalk on this machine and prints, as its last line:
#   RESULT e2e_msgs_per_s=<n> floor_msgs_per_s=<n> ratio=<r> p99_ms=<n> broadcast_accept_ms=<n> pacing_pct=<n> heap_mb=<n> startup_s=<n>
# Needs Java 17 and Maven Central only. Its phases add up to about 9 minutes on an idle 2-core machine.
# Exits non-zero only when it cannot run.
# Knobs (environment): BENCH_CLIENTS (2000), BENCH_SMS_EVERY (4), BENCH_SECONDS (30), BENCH_COHORT (100000),
# BENCH_PACED_RATE (25), BENCH_PACING_SECONDS (60), BENCH_PROMPT_COHORT (1000), BENCH_FLOOR_THREADS,
# BENCH_JMH_SECONDS (5). See docs/bench.md.
set -euo pipefail
cd "$(dirname "$0")/.."

out=target/bench
echo "bench: building (profile 'bench', into $out)"
cp=$(bench/build.sh)

jmh_seconds="${BENCH_JMH_SECONDS:-5}"
echo "bench: engine (JMH, 1 fork, 2 warm-up and 3 measured iterations of ${jmh_seconds} s)"
java -cp "$cp" org.openjdk.jmh.Main EngineBenchmark -f 1 -wi 2 -i 3 -w "${jmh_seconds}s" -r "${jmh_seconds}s" \
  -t 1 -rf json -rff "$out/jmh.json" >"$out/jmh.log" 2>&1 \
  || { tail -40 "$out/jmh.log"; echo "bench: JMH failed" >&2; exit 3; }
grep -E '^EngineBenchmark' "$out/jmh.log" | sed 's/^/bench: /' || true
turns=$(sed -n 's/.*"score" : \([0-9.E+-]*\),.*/\1/p' "$out/jmh.json" | head -1)
printf 'bench: ENGINE turns_per_s=%.0f (one thread, pure engine, real dialogs)\n' "$turns"

echo "bench: a client's queue read with messages of others waiting (JMH, 1 fork, 1 warm-up and 2 measured iterations of 2 s)"
java -cp "$cp" org.openjdk.jmh.Main QueueReadBenchmark -f 1 -wi 1 -i 2 -w 2s -r 2s -t 1 >"$out/jmh-queue.log" 2>&1 \
  || { tail -40 "$out/jmh-queue.log"; echo "bench: JMH failed" >&2; exit 3; }
grep -E '^QueueReadBenchmark' "$out/jmh-queue.log" | sed 's/^/bench: /' || true
# reads per second from the queue (index in memory) over reads from a collection read in full, same run
awk '/^QueueReadBenchmark.fromQueue /{q[$2]=$5} /^QueueReadBenchmark.fromFullRead /{f[$2]=$5}
  END{for (n in q) if (f[n] > 0) printf "bench: QUEUE waiting=%d reads_ratio=%.1f (queue index / full read)\n", n, q[n]/f[n]}' \
  "$out/jmh-queue.log" | sort -t= -k2 -n

echo "bench: recording the class-data sharing archive (one start, as the Docker image build does)"
archive=$(bench/archive.sh "$cp")
echo "bench: end to end (SkillTalk in-process on its embedded store; clients, floor, broadcast, heap)"
exec java "$archive" -XX:+UseG1GC -cp "$cp" eu.skilltalk.bench.Bench
