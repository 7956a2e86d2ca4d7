package eu.skilltalk.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.BooleanSupplier;

/**
 * How much of the machine HotSpot's JIT compilers take. SkillTalk is a large program, and under load its
 * compilers keep working for minutes: on 2 cores they took 25-32 % of the CPU for the first 100 s of load
 * (docs/bench.md, seventh pass), so a turn measured then measured the compilers as much as SkillTalk. The
 * floor's few methods are compiled within seconds.
 */
final class JitWatch {

    /** A point to measure from: wall time, and the compilers' accumulated time then. */
    record Mark(long nanos, long compileMillis) {
    }

    private final CompilationMXBean compilers = ManagementFactory.getCompilationMXBean();
    private final int cores = Runtime.getRuntime().availableProcessors();

    Mark mark() {
        return new Mark(System.nanoTime(), compilers.getTotalCompilationTime());
    }

    /** The share of the whole machine (every core) the compilers took since {@code from}, from 0 to 1. */
    double share(Mark from) {
        Mark now = mark();
        double available = (now.nanos() - from.nanos()) / 1e6 * cores;
        return available <= 0 ? 0 : (now.compileMillis() - from.compileMillis()) / available;
    }

    /**
     * Whether the compilers took less than {@code most} of the machine over the last {@code window}; ask about
     * once a second, as it remembers what it saw to slide the window.
     */
    BooleanSupplier quietFor(Duration window, double most) {
        Deque<Mark> seen = new ArrayDeque<>();
        return () -> {
            Mark now = mark();
            seen.addLast(now);
            while (seen.size() > 2 && now.nanos() - secondOldest(seen).nanos() >= window.toNanos()) {
                seen.removeFirst();
            }
            return now.nanos() - seen.getFirst().nanos() >= window.toNanos() && share(seen.getFirst()) < most;
        };
    }

    private static Mark secondOldest(Deque<Mark> seen) {
        return seen.stream().skip(1).findFirst().orElseThrow();
    }
}
