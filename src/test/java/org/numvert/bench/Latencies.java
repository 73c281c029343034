package org.numvert.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.StringJoiner;

/** Measured durations (nanoseconds) and their percentiles (nearest rank), as the benchmarks print them. */
final class Latencies {
    private final long[] sorted;

    Latencies(long[] nanos) {
        sorted = nanos.clone();
        Arrays.sort(sorted);
    }

    int count() {
        return sorted.length;
    }

    /** The {@code p}-quantile in milliseconds: the smallest value with at least p of all at or under it; 0 when empty. */
    double millis(double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(rank, sorted.length) - 1)] / 1e6;
    }

    /** {@code "p50 1.20 ms, p99 3.40 ms, max 5.60 ms"} for {@code describe(0.50, 0.99)}. */
    String describe(double... quantiles) {
        StringJoiner text = new StringJoiner(", ");
        for (double p : quantiles) {
            text.add(String.format(Locale.ROOT, "p%s %.2f ms", label(p), millis(p)));
        }
        return text.add(String.format(Locale.ROOT, "max %.2f ms", millis(1))).toString();
    }

    private static String label(double p) {
        double percent = p * 100;
        return percent == Math.rint(percent) ? Long.toString(Math.round(percent))
                : String.format(Locale.ROOT, "%.1f", percent);
    }
}
