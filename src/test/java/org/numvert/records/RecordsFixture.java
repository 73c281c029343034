package org.numvert.records;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.numvert.routing.AgentId;
import org.numvert.routing.AgentProfile;
import org.numvert.routing.CallId;
import org.numvert.routing.EndedBy;
import org.numvert.routing.GroupId;
import org.numvert.routing.HotlineId;
import org.numvert.routing.Organisation;
import org.numvert.routing.RoutingEngine;
import org.numvert.routing.RoutingEvent;
import org.numvert.routing.RoutingOutput;
import org.numvert.routing.RoutingSettings;
import org.numvert.routing.SkillGroup;
import org.numvert.store.Database;
import org.numvert.store.Migrations;
import org.numvert.testing.TestClock;

/**
 * The call records on a real Vert.x and an in-memory HSQLDB, fed by a real routing engine on a
 * test clock (the recorder reads the same clock).
 */
final class RecordsFixture implements AutoCloseable {
    static final CallerKeys KEYS = CallerKeys.of("a fixed secret for the tests, 32b".getBytes(StandardCharsets.UTF_8));

    final Vertx vertx = Vertx.vertx();
    final Database database;
    final TestClock clock;
    final RoutingEngine engine;
    private RecordsVerticle verticle;
    private String deployment;

    RecordsFixture(Instant start) throws Exception {
        this.clock = new TestClock(start);
        this.database = Database.openMemory("records-" + UUID.randomUUID()).withWorkers(vertx);
        Migrations.fromClasspath(database).migrate();
        this.engine = RoutingEngine.builder(clock).settings(RoutingSettings.DEFAULTS).build();
    }

    /** Deploys a records verticle (a new run) and returns its recorder. */
    CallRecorder start(int retentionDays) throws Exception {
        verticle = new RecordsVerticle(database, new RecordsSettings(retentionDays), KEYS, clock);
        deployment = await(vertx.deployVerticle(verticle));
        // The retention run at start reads the clock when it runs: let it finish before a test moves it.
        await(verticle.housekeeping().recover(e -> Future.succeededFuture()));
        return verticle.recorder();
    }

    CallRecorder start() throws Exception {
        return start(RecordsSettings.DEFAULT_RETENTION_DAYS);
    }

    /** Undeploys the verticle: the run ends and everything is written. */
    void stop() throws Exception {
        if (deployment != null) {
            await(vertx.undeploy(deployment));
            deployment = null;
        }
    }

    /** The engine handles {@code event} now; its outputs go to {@code recorder}. */
    List<RoutingOutput> handle(CallRecorder recorder, RoutingEvent event) {
        List<RoutingOutput> outputs = engine.handle(event);
        outputs.forEach(recorder::onOutput);
        return outputs;
    }

    /**
     * Group {@code group} of {@code hotline} (Region, wrap-up 20 s) and {@code agent} skilled 3 in
     * it, logged in: the stage of the callback tests.
     */
    static void groupWithOneAgent(Consumer<RoutingEvent> handle, HotlineId hotline, GroupId group, AgentId agent) {
        handle.accept(new RoutingEvent.GroupConfigured(new SkillGroup(group, hotline, "Aides", 20, 20, 0, 0, true,
                List.of(Organisation.REGION), List.of())));
        handle.accept(new RoutingEvent.AgentConfigured(new AgentProfile(agent, "Alice", Organisation.REGION,
                "PJSIP/1001", Map.of(group, 3))));
        handle.accept(new RoutingEvent.AgentLoggedIn(agent));
    }

    /**
     * One attempt of callback {@code task}: {@code agent} answers 5 s after, 20 s later the
     * customer is reached and the call ends ({@code failure} null) or the attempt fails with
     * {@code failure}; the wrap-up ends 20 s after that.
     *
     * @return when the attempt started
     */
    Instant callbackAttempt(Consumer<RoutingEvent> handle, String task, AgentId agent, String failure) {
        CallId call = new CallId(task);
        clock.advance(Duration.ofSeconds(5));
        handle.accept(new RoutingEvent.OfferAnswered(call, agent));
        Instant started = clock.instant();
        clock.advance(Duration.ofSeconds(20));
        handle.accept(failure == null ? new RoutingEvent.CallEnded(call, EndedBy.AGENT)
                : new RoutingEvent.CallbackFailed(call, failure));
        clock.advance(Duration.ofSeconds(20));
        handle.accept(new RoutingEvent.WrapUpEnded(agent, null));
        return started;
    }

    static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        stop();
        await(vertx.close());
        database.close();
    }
}
