package eu.skilltalk.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The CPU time each kind of thread spent per message, by thread name: SkillTalk's lanes and senders, the
 * store's workers and its commit thread, HTTP, the floor's threads. A profiler's shares of Java execution
 * samples leave out threads that wait in socket system calls, which the store's workers and the lanes do for
 * most of a round trip; JFR put the store's commit thread at 41 % of SkillTalk's samples where it used a
 * sixth of the CPU (docs/bench.md, eighth pass). The JIT's compiler threads and the garbage collector's are
 * not Java threads: the JIT's share comes from {@link JitWatch}, the collector's is not measured.
 */
final class ThreadCpu {

    /** Thread name prefixes and what to call them, in the order they are printed. */
    private static final List<Map.Entry<String, String>> KINDS = List.of(
            Map.entry("inbound-", "lanes"),
            Map.entry("outbound-", "senders"),
            Map.entry("mongo-server-worker", "store workers"),
            Map.entry("H2-serialization", "store commit"),
            Map.entry("H2-save", "store file"),
            Map.entry("MVStore background writer", "store file"),
            Map.entry("store-flush", "store file"),
            Map.entry("http-nio", "HTTP"),
            Map.entry("HttpClient", "HTTP"),
            Map.entry("HTTP-Dispatcher", "HTTP"),
            Map.entry("bench-client", "load driver"),
            Map.entry("floor", "floor"));

    /** A point to measure from: wall time, the CPU time of every live thread then by thread id, the JIT's. */
    record Mark(long nanos, Map<Long, Long> cpuNanos, JitWatch.Mark jit) {
    }

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final JitWatch jit;

    ThreadCpu(JitWatch jit) {
        this.jit = jit;
    }

    Mark mark() {
        JitWatch.Mark compilers = jit.mark();
        Map<Long, Long> cpu = new HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            long nanos = threads.getThreadCpuTime(id);
            if (nanos >= 0) {
                cpu.put(id, nanos);
            }
        }
        return new Mark(System.nanoTime(), cpu, compilers);
    }

    /**
     * The JIT's share of the machine since {@code from}, and milliseconds of CPU per message by kind of thread,
     * at {@code perSecond} messages a second over the whole time since (a turn's rate, measured after its
     * first seconds, stands for all of it). A thread that ended in between is left out.
     */
    String since(Mark from, double perSecond) {
        String compilers = "JIT %.0f%% of the CPU".formatted(jit.share(from.jit()) * 100);
        Mark now = mark();
        double messages = perSecond * (now.nanos() - from.nanos()) / 1e9;
        if (messages <= 0) {
            return compilers;
        }
        Map<String, Double> msPerMessage = new LinkedHashMap<>();
        KINDS.forEach(kind -> msPerMessage.put(kind.getValue(), 0.0));
        msPerMessage.put("other", 0.0);
        for (ThreadInfo info : threads.getThreadInfo(now.cpuNanos().keySet().stream().mapToLong(Long::longValue)
                .toArray())) {
            if (info != null) {
                long spent = now.cpuNanos().get(info.getThreadId())
                        - from.cpuNanos().getOrDefault(info.getThreadId(), 0L);
                msPerMessage.merge(kindOf(info.getThreadName()), spent / 1e6 / messages, Double::sum);
            }
        }
        double total = msPerMessage.values().stream().mapToDouble(Double::doubleValue).sum();
        return msPerMessage.entrySet().stream().filter(e -> e.getValue() >= 0.005)
                .map(e -> "%s %.2f".formatted(e.getKey(), e.getValue()))
                .collect(Collectors.joining(", ", compilers + "; CPU ms per message: ",
                        ", total %.1f".formatted(total)));
    }

    private static String kindOf(String threadName) {
        return KINDS.stream().filter(kind -> threadName.startsWith(kind.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse("other");
    }
}
