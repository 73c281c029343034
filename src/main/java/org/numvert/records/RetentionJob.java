package org.numvert.records;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.numvert.store.CallerDataRepository;
import org.numvert.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pseudonymises caller numbers older than the retention period (DESIGN.md, data protection): the
 * clear number is removed from call summaries and log rows of calls that entered more than
 * {@code retentionDays} ago; the keyed hash stays, so figures, summaries and a caller's own
 * requests keep working. Statistics never read the number: no figure changes. The agents'
 * wrap-up notes written before then are deleted (free text may hold anything personal).
 *
 * <p>Runs at start-up and then daily (the records verticle schedules it); blocking: call
 * {@link #run()} on the database workers.
 */
public final class RetentionJob {
    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

    private final CallerDataRepository callers;
    private final Clock clock;
    private final Duration retention;

    public RetentionJob(Database database, Clock clock, RecordsSettings settings) {
        this.callers = new CallerDataRepository(database);
        this.clock = clock;
        this.retention = Duration.ofDays(settings.retentionDays());
    }

    /** The instant before which numbers are pseudonymised, now. */
    public Instant cutoff() {
        return clock.instant().minus(retention);
    }

    /** Pseudonymises what passed the retention period; returns how many rows changed. */
    public CallerDataRepository.Changed run() {
        Instant cutoff = cutoff();
        CallerDataRepository.Changed changed = callers.pseudonymiseBefore(cutoff);
        LOG.info("retention: caller numbers of calls before {} pseudonymised ({} summaries, {} events),"
                + " {} wrap-up notes deleted", cutoff, changed.summaries(), changed.events(), changed.notes());
        return changed;
    }
}
