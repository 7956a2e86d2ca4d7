package eu.skilltalk.bench;

import java.util.Arrays;

/** Latency samples in nanoseconds, and their percentiles in milliseconds. */
final class Latencies {

    private long[] samples = new long[1 << 14];
    private int size;

    synchronized void add(long nanos) {
        if (size == samples.length) {
            samples = Arrays.copyOf(samples, size * 2);
        }
        samples[size++] = nanos;
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
