package org.numvert.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Percentiles by nearest rank, as the benchmarks print them. */
class LatenciesTest {
    private static final long MS = 1_000_000;

    @Test
    void nearestRankOnAHundredValues() {
        long[] nanos = new long[100];
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = (100 - i) * MS;
        }
        Latencies latencies = new Latencies(nanos);

        assertThat(latencies.count()).isEqualTo(100);
        assertThat(latencies.millis(0.50)).isEqualTo(50.0);
        assertThat(latencies.millis(0.99)).isEqualTo(99.0);
        assertThat(latencies.millis(1)).isEqualTo(100.0);
        assertThat(latencies.millis(0)).isEqualTo(1.0);
        assertThat(latencies.describe(0.50, 0.95, 0.999))
                .isEqualTo("p50 50.00 ms, p95 95.00 ms, p99.9 100.00 ms, max 100.00 ms");
    }

    @Test
    void fewValuesAndNone() {
        Latencies three = new Latencies(new long[] {3 * MS, MS, 2 * MS});
        assertThat(three.millis(0.50)).isEqualTo(2.0);
        assertThat(three.millis(0.99)).isEqualTo(3.0);
        assertThat(new Latencies(new long[0]).describe(0.5)).isEqualTo("p50 0.00 ms, max 0.00 ms");
    }
}
