package org.numvert.records;

import java.time.Instant;
import java.util.Optional;

/**
 * Where the call journal stands.
 *
 * @param run          the current run
 * @param appended     the last sequence number given to an event
 * @param durable      the last sequence number committed: every event up to it is in the
 *                     records and survives a crash ("acknowledged")
 * @param backlog      events appended and not yet committed
 * @param lastFlushAt  when the last batch was committed (null before the first)
 * @param failure      why the last attempt to write failed, while writes are failing
 */
public record RecorderStatus(int run, long appended, long durable, long backlog, Instant lastFlushAt,
        Optional<String> failure) {
}
