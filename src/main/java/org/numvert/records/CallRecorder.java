package org.numvert.records;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import org.numvert.routing.AgentId;
import org.numvert.routing.CallId;
import org.numvert.routing.CallerNumber;
import org.numvert.routing.EndedBy;
import org.numvert.routing.HotlineId;
import org.numvert.routing.RoutingFact;
import org.numvert.routing.RoutingListener;
import org.numvert.routing.RoutingOutput;
import org.numvert.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The call journal of the running service: the routing engine's facts (as a
 * {@link RoutingListener}) and the hosts' events (as the {@link CallJournal}) are numbered in
 * arrival order and written in batches on the {@code numvert-db} worker pool by a
 * {@link RunWriter}, one transaction per batch, one batch at a time: a batch starts as soon as
 * the previous one committed (group commit), so the backlog stays as small as the database
 * allows, without ever blocking the engine.
 *
 * <p><b>Acknowledged</b> means committed: {@link RecorderStatus#durable()} is the last sequence
 * number whose batch committed (HSQLDB {@code write_delay=false}: a commit survives
 * {@code kill -9}); every report reads committed rows only. A crash loses at most the events not
 * yet committed, and never part of a batch. A failed write is retried (with a growing delay)
 * with the same rows: sequence numbers make a batch that did commit recognisable.
 *
 * <p>Threading: {@link #onOutput} (engine thread) and the {@link CallJournal} methods (any
 * thread) only append to a buffer under a short lock; batches are chained on the recorder's own
 * context.
 */
public final class CallRecorder implements RoutingListener, CallJournal {
    private static final Logger LOG = LoggerFactory.getLogger(CallRecorder.class);
    static final int MAX_BATCH = 2_000;
    private static final long MAX_RETRY_DELAY_MILLIS = 30_000;

    private final Vertx vertx;
    private final Context context;
    private final Database database;
    private final Clock clock;
    private final RunWriter writer;
    private final Object lock = new Object();
    private List<PendingBatch.Item> buffer = new ArrayList<>();
    private final TreeMap<Long, List<Promise<Void>>> waiters = new TreeMap<>();
    private long nextSeq = 1;
    private boolean writing;
    private boolean closed;
    private PendingBatch current;
    private volatile long durable;
    private volatile Instant lastFlushAt;
    private volatile String failure;
    private int failures;

    /** @param context the event-loop context that chains the batches (the records verticle's) */
    CallRecorder(Context context, Database database, Clock clock, RunWriter writer) {
        this.vertx = context.owner();
        this.context = context;
        this.database = database;
        this.clock = clock;
        this.writer = writer;
    }

    @Override
    public void onOutput(RoutingOutput output) {
        if (output instanceof RoutingFact fact && !(fact instanceof RoutingFact.EventIgnored)) {
            append(fact);
        }
    }

    /**
     * The engine stops: the run ends now (calls in progress are interrupted, agents logged out)
     * and the stage completes once everything is committed. Later events are not recorded.
     */
    @Override
    public CompletionStage<Void> engineStopping() {
        return close().toCompletionStage();
    }

    /** Ends the run and completes when all of it is committed (at most once; later calls wait too). */
    public Future<Void> close() {
        long seq;
        synchronized (lock) {
            if (!closed) {
                append(new HostEvent.RunEnded(clock.millis()));
                closed = true;
            }
            seq = nextSeq - 1;
        }
        return whenDurable(seq);
    }

    /** Completes once every event up to {@code seq} is committed (closing facts of the run included). */
    public Future<Void> whenDurable(long seq) {
        Promise<Void> promise = Promise.promise();
        context.runOnContext(v -> {
            if (durable >= seq) {
                promise.complete();
            } else {
                waiters.computeIfAbsent(seq, s -> new ArrayList<>()).add(promise);
            }
        });
        return promise.future();
    }

    public RecorderStatus status() {
        synchronized (lock) {
            long appended = nextSeq - 1;
            return new RecorderStatus(writer.run(), appended, durable, Math.max(0, appended - durable),
                    lastFlushAt, Optional.ofNullable(failure));
        }
    }

    /** The database is closed: nothing more can be written; whoever waits is told so. */
    private void abandon(Throwable cause) {
        long lost;
        synchronized (lock) {
            closed = true;
            lost = nextSeq - 1 - durable;
            buffer.clear();
            writing = false;
        }
        current = null;
        failure = "database closed";
        LOG.error("call records: the database is closed, {} event(s) of run {} not written", lost, writer.run());
        waiters.values().forEach(list -> list.forEach(p -> p.tryFail(cause)));
        waiters.clear();
    }

    @Override
    public void ivrEntered(CallId call, HotlineId hotline, CallerNumber caller) {
        append(new HostEvent.IvrEntered(clock.millis(), call, hotline, caller));
    }

    @Override
    public void ivrChoice(CallId call, String node, String key) {
        append(new HostEvent.IvrChoice(clock.millis(), call, node, key));
    }

    @Override
    public void ivrLeft(CallId call, IvrExit exit, String target) {
        append(new HostEvent.IvrLeft(clock.millis(), call, exit, target == null ? "" : target));
    }

    @Override
    public void transferred(CallId call, AgentId agent, String target) {
        append(new HostEvent.Transferred(clock.millis(), call, agent, target == null ? "" : target));
    }

    @Override
    public void callGone(CallId call, EndedBy by) {
        append(new HostEvent.CallGone(clock.millis(), call, by));
    }

    private void append(Object item) {
        boolean start;
        synchronized (lock) {
            if (closed) {
                LOG.debug("run {} is closed, not recorded: {}", writer.run(), item.getClass().getSimpleName());
                return;
            }
            buffer.add(new PendingBatch.Item(nextSeq++, item));
            start = !writing;
            writing = true;
        }
        if (start) {
            context.runOnContext(v -> writeNext());
        }
    }

    /** On the recorder's context: writes the current batch, or takes the next one from the buffer. */
    private void writeNext() {
        if (current == null) {
            synchronized (lock) {
                if (buffer.isEmpty()) {
                    writing = false;
                    return;
                }
                List<PendingBatch.Item> taken = buffer.size() <= MAX_BATCH ? buffer
                        : new ArrayList<>(buffer.subList(0, MAX_BATCH));
                buffer = buffer.size() <= MAX_BATCH ? new ArrayList<>()
                        : new ArrayList<>(buffer.subList(MAX_BATCH, buffer.size()));
                current = new PendingBatch(taken);
            }
        }
        PendingBatch batch = current;
        Future<Long> written;
        try {
            written = database.async(() -> writer.write(batch));
        } catch (RuntimeException e) {
            written = Future.failedFuture(e);
        }
        written.onComplete(result -> {
            if (result.succeeded()) {
                written(result.result());
                writeNext();
            } else {
                failed(result.cause());
            }
        });
    }

    private void written(long lastSeq) {
        current = null;
        durable = lastSeq;
        lastFlushAt = clock.instant();
        if (failure != null) {
            LOG.info("call records written again after {} failed attempt(s)", failures);
        }
        failure = null;
        failures = 0;
        while (!waiters.isEmpty() && waiters.firstKey() <= lastSeq) {
            waiters.pollFirstEntry().getValue().forEach(Promise::complete);
        }
    }

    private void failed(Throwable cause) {
        if (cause instanceof RejectedExecutionException) {
            abandon(cause);
            return;
        }
        failures++;
        failure = String.valueOf(cause.getMessage());
        long delay = Math.min(MAX_RETRY_DELAY_MILLIS, 100L << Math.min(failures, 10));
        if (failures == 1 || failures % 20 == 0) {
            LOG.error("call records could not be written (attempt {}, retrying in {} ms)", failures, delay, cause);
        }
        vertx.setTimer(delay, id -> context.runOnContext(v -> writeNext()));
    }
}
