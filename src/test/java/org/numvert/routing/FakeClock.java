package org.numvert.routing;

import java.time.Instant;
import java.time.InstantSource;

/** A clock the test moves by hand. */
final class FakeClock implements InstantSource {
    private long millis;

    FakeClock(Instant start) {
        this.millis = start.toEpochMilli();
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis);
    }

    @Override
    public long millis() {
        return millis;
    }

    void advanceSeconds(double seconds) {
        millis += Math.round(seconds * 1000);
    }
}
