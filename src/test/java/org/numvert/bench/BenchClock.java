package org.numvert.bench;

import java.time.Instant;
import java.time.InstantSource;

/** A clock the benchmark moves by hand. */
final class BenchClock implements InstantSource {
    long millis = Instant.parse("2025-01-06T08:00:00Z").toEpochMilli();

    @Override
    public long millis() {
        return millis;
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis);
    }
}
