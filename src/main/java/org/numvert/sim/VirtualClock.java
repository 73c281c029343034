package org.numvert.sim;

import java.time.Instant;
import java.time.InstantSource;

/**
 * The simulator's clock: time is whatever the event being handled says. {@link #millis()} is a
 * field read, so the engine reading it at every event costs nothing.
 */
public final class VirtualClock implements InstantSource {
    private long millis;

    public VirtualClock(Instant start) {
        this.millis = start.toEpochMilli();
    }

    @Override
    public long millis() {
        return millis;
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis);
    }

    void set(long value) {
        millis = value;
    }
}
