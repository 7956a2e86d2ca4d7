package eu.skilltalk.bench;

import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Latency samples in nanoseconds with when each message was sent (nanoseconds into the phase), their
 * percentiles in milliseconds, and when the slowest were sent: slow messages bunched at one moment point at
 * something periodic (a sweep, a collection), spread ones at queueing.
 */
final class Latencies {

    private long[] samples = new long[1 << 14];
    private long[] sentAt = new long[1 << 14];
    private int size;

    synchronized void add(long sentIntoPhase, long nanos) {
        if (size == samples.length) {
            samples = Arrays.copyOf(samples, size * 2);
            sentAt = Arrays.copyOf(sentAt, size * 2);
        }
        sentAt[size] = sentIntoPhase;
        samples[size++] = nanos;
    }

    /** The slowest {@code percent} of messages as "second into the phase: ms", in the order they were sent. */
    synchronized String slowest(double percent) {
        int n = Math.max(1, (int) Math.ceil(size * percent / 100));
        return IntStream.range(0, size).boxed().sorted((a, b) -> Long.compare(samples[b], samples[a])).limit(n)
                .sorted((a, b) -> Long.compare(sentAt[a], sentAt[b]))
                .map(i -> "%.1fs:%.0fms".formatted(sentAt[i] / 1e9, samples[i] / 1e6))
                .collect(Collectors.joining(" "));
    }

    synchronized int count() {
        return size;
    }

    /** The {@code p}-th percentile (0-100) in milliseconds; NaN without samples. */
    synchronized double percentileMs(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(samples, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * size) - 1;
        return sorted[Math.max(0, Math.min(size - 1, rank))] / 1e6;
    }

    String summary() {
        return "n=%d p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms".formatted(count(), percentileMs(50),
                percentileMs(95), percentileMs(99), percentileMs(100));
    }
}
