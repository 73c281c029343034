package org.numvert.records;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.numvert.store.Database;
import org.numvert.store.RecordRun;
import org.numvert.store.RecordRunRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hosts the call records on their own Vert.x context: starts a new run and its
 * {@link CallRecorder}, closes the runs a crash left open ({@link RunReplay#recover}), and
 * applies the retention period now and every day ({@link RetentionJob}). Deploy it before the
 * routing engine (subscribe {@link #recorder()} before events flow), undeploy it after.
 *
 * <p>On stop, the run ends (if the engine did not end it already) and everything appended is
 * committed before the future completes.
 */
public final class RecordsVerticle extends VerticleBase {
    private static final Logger LOG = LoggerFactory.getLogger(RecordsVerticle.class);
    private static final long RETENTION_PERIOD_MILLIS = Duration.ofDays(1).toMillis();

    private final Database database;
    private final CallerKeys keys;
    private final Clock clock;
    private final RetentionJob retention;
    private CallRecorder recorder;
    private Future<Void> housekeeping = Future.succeededFuture();
    private Future<Void> previousRunsClosed = Future.succeededFuture();
    private long retentionTimer = -1;

    public RecordsVerticle(Database database, RecordsSettings settings, CallerKeys keys, Clock clock) {
        this.database = database;
        this.keys = keys;
        this.clock = clock;
        this.retention = new RetentionJob(database, clock, settings);
    }

    @Override
    public Future<?> start() {
        return database.async(() -> new RecordRunRepository(database).start(clock.instant())).onSuccess(run -> {
            recorder = new CallRecorder(context, database, clock,
                    new RunWriter(run, 0, new RunFolds(), new EventCodec(keys), database, RecordRun.STOPPED));
            LOG.info("call records: run {} started", run);
            previousRunsClosed = database.async(() -> closeCrashedRuns(run))
                    .onFailure(e -> LOG.error("call records: closing the runs left open failed", e));
            housekeeping = previousRunsClosed.transform(ar -> applyRetention());
            retentionTimer = vertx.setPeriodic(RETENTION_PERIOD_MILLIS, RETENTION_PERIOD_MILLIS,
                    id -> housekeeping = housekeeping.transform(ar -> applyRetention()));
        });
    }

    /** The retention run in progress or last done (the one at start first). */
    Future<Void> housekeeping() {
        return housekeeping;
    }

    @Override
    public Future<?> stop() {
        vertx.cancelTimer(retentionTimer);
        Future<Void> closed = recorder == null ? Future.succeededFuture() : recorder.close();
        return Future.join(closed, housekeeping.recover(e -> Future.succeededFuture()))
                .onSuccess(v -> LOG.info("call records: run {} closed", recorder == null ? "-" : recorder.status().run()));
    }

    /**
     * Completes once the runs a crash left open are closed (their rows rebuilt from their log),
     * so that the earlier runs' figures are complete; fails if closing them failed (logged).
     */
    public Future<Void> previousRunsClosed() {
        return previousRunsClosed;
    }

    /** The journal: subscribe it to the engine, give it to the hosts as their {@link CallJournal}. */
    public CallRecorder recorder() {
        return recorder;
    }

    private Void closeCrashedRuns(int current) {
        List<RecordRun> crashed = new RecordRunRepository(database).crashed(current);
        RunReplay replay = new RunReplay(database, keys);
        for (RecordRun run : crashed) {
            replay.recover(run);
        }
        return null;
    }

    private Future<Void> applyRetention() {
        return database.async(retention::run).<Void>mapEmpty()
                .onFailure(e -> LOG.error("retention of caller numbers failed", e));
    }
}
