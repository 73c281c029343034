package org.numvert.app;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.numvert.records.CallRecorder;
import org.numvert.records.CallerHistory;
import org.numvert.records.CallerKeys;
import org.numvert.records.CallerRequests;
import org.numvert.records.OwedCallbacks;
import org.numvert.records.RecordsVerticle;
import org.numvert.records.Reports;
import org.numvert.records.TodayFigures;
import org.numvert.records.WrapUpNoteBook;
import org.numvert.routing.EngineClient;
import org.numvert.routing.RoutingEngine;
import org.numvert.store.Database;
import org.numvert.web.Api;
import org.numvert.web.AuditTrail;
import org.numvert.web.HealthCheck;
import org.numvert.web.WrapUpNotes;
import org.numvert.web.reports.CallersApi;
import org.numvert.web.reports.CallsApi;
import org.numvert.web.reports.ReportsApi;
import org.numvert.web.reports.ReportsPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The call records in the service, wired by {@link Numvert}: the callers' key (from the data
 * directory), the records verticle (started before the engine, stopped after it), its health
 * check {@code records}, the agents' wrap-up notes, the restoring of today's live figures at start,
 * and the reports' APIs and page.
 */
final class CallRecords {
    private static final Logger LOG = LoggerFactory.getLogger(CallRecords.class);
    private final Vertx vertx;
    private final NumvertConfig config;
    private final Map<String, HealthCheck> healthChecks;
    private Database database;
    private CallerKeys keys;
    private RecordsVerticle verticle;
    private String deployment;

    CallRecords(Vertx vertx, NumvertConfig config, Map<String, HealthCheck> healthChecks) {
        this.vertx = vertx;
        this.config = config;
        this.healthChecks = healthChecks;
    }

    /** A new run: the runs a crash left open are closed, the retention period applied. */
    Future<Void> start(Database db) {
        this.database = db;
        return vertx.<CallerKeys>executeBlocking(() -> CallerKeys.load(config.callerKeyFile()))
                .compose(loaded -> {
                    keys = loaded;
                    verticle = new RecordsVerticle(db, config.records(), loaded, Clock.systemUTC());
                    return vertx.deployVerticle(verticle);
                })
                .onSuccess(id -> {
                    deployment = id;
                    healthChecks.put("records", () -> Future.succeededFuture(health()));
                }).mapEmpty();
    }

    private HealthCheck.Status health() {
        var status = verticle.recorder().status();
        return status.failure().map(f -> HealthCheck.Status.down("records not written: " + f))
                .orElseGet(() -> HealthCheck.Status.up("run " + status.run() + ", " + status.backlog()
                        + " event(s) to write"));
    }

    /**
     * Today's figures of the earlier runs into the engine's statistics, once the runs a crash
     * left open are closed, so that the wallboard's "today" continues where it was. A failure is
     * logged and the service runs on (with today's figures from now only).
     */
    Future<Void> restoreToday(EngineVerticle engine) {
        TodayFigures today = new TodayFigures(database, RoutingEngine.PARIS);
        int run = recorder().status().run();
        Context context = vertx.getOrCreateContext();
        return verticle.previousRunsClosed()
                .transform(ar -> today.before(run, Clock.systemUTC().instant()))
                .compose(rows -> Future.fromCompletionStage(engine.restoreStatistics(rows), context))
                .onSuccess(n -> LOG.info("routing statistics: {} interval row(s) of today restored from the records",
                        n))
                .onFailure(e -> LOG.error("routing statistics: today's figures not restored from the records", e))
                .<Void>mapEmpty().recover(e -> Future.succeededFuture());
    }

    /**
     * The callback tasks the earlier runs still owed their customers, back into the engine
     * ({@code RoutingEvent.CallbackRestored}): once the runs left open are closed, and once the
     * call-control port is connected, since a restored task may be offered at once. A failure is
     * logged and the service runs on (the tasks stay carried over in the records, for the next
     * start).
     */
    Future<Void> restoreCallbacks(EngineVerticle engine) {
        int run = recorder().status().run();
        return verticle.previousRunsClosed()
                .transform(ar -> new OwedCallbacks(database, keys).before(run))
                .onSuccess(owed -> {
                    owed.forEach(engine::deliver);
                    LOG.info("callbacks: {} callback task(s) of earlier runs given back to the routing", owed.size());
                })
                .onFailure(e -> LOG.error("callbacks: the tasks of earlier runs not restored from the records", e))
                .<Void>mapEmpty().recover(e -> Future.succeededFuture());
    }

    /** The journal: the engine's first listener, the hosts' {@code CallJournal}. */
    CallRecorder recorder() {
        return verticle.recorder();
    }

    /** The agent desk's wrap-up notes, kept in the records (simulated PBX and Asterisk alike). */
    WrapUpNotes wrapUpNotes() {
        WrapUpNoteBook book = new WrapUpNoteBook(database, () -> recorder().status().run());
        return note -> book.keep(note.call(), note.agent(), note.code(), note.note(), note.at());
    }

    CallerHistory history() {
        return new CallerHistory(database, keys, Clock.systemUTC());
    }

    List<Api> apis(AuditTrail audit, EngineClient engine) {
        Reports reports = new Reports(database);
        return List.of(new CallsApi(database, reports, history(), engine, Clock.systemUTC()),
                new ReportsApi(reports, database, keys, () -> recorder().status(), Clock.systemUTC()),
                new CallersApi(new CallerRequests(database, keys), audit),
                new ReportsPage());
    }

    /** Ends the run (if the engine did not) once everything appended is written. */
    Future<Void> stop() {
        String id = deployment;
        deployment = null;
        return id == null ? Future.succeededFuture() : vertx.undeploy(id);
    }
}
