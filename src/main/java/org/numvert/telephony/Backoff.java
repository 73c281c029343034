package org.numvert.telephony;

import java.time.Duration;

/**
 * Capped exponential backoff for AMI reconnection: {@code first}, then doubling, never above
 * {@code max}; {@link #reset()} after a successful login.
 *
 * <p>Not thread-safe: used on the AMI worker thread only.
 */
final class Backoff {
    private final Duration first;
    private final Duration max;
    private Duration next;

    Backoff(Duration first, Duration max) {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < first <= max: " + first + ", " + max);
        }
        this.first = first;
        this.max = max;
        this.next = first;
    }

    /** The delay before the next attempt; the one after is twice as long, up to the cap. */
    Duration next() {
        Duration delay = next;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(max) > 0 ? max : doubled;
        return delay;
    }

    void reset() {
        next = first;
    }
}
