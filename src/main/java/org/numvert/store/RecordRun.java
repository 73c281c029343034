package org.numvert.store;

import java.time.Instant;

/**
 * One start of the service (table {@code record_run}): its log is keyed by this run id.
 *
 * @param state   {@code RUNNING} (or crashed, when it is not the current run), {@code STOPPED}
 *                (ended by a clean stop), {@code RECOVERED} (closed at a later start after a crash)
 * @param lastSeq the sequence number of the last event committed
 */
public record RecordRun(int id, Instant startedAt, Instant endedAt, long lastSeq, Instant lastAt,
        String state) {
    public static final String RUNNING = "RUNNING";
    public static final String STOPPED = "STOPPED";
    public static final String RECOVERED = "RECOVERED";
}
