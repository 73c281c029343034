package org.numvert.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.numvert.routing.AgentId;
import org.numvert.routing.AgentProfile;
import org.numvert.routing.AgentState;
import org.numvert.routing.CallId;
import org.numvert.routing.CallerNumber;
import org.numvert.routing.GroupId;
import org.numvert.routing.HotlineId;
import org.numvert.routing.IntervalFigures;
import org.numvert.routing.Organisation;
import org.numvert.routing.OverflowAction;
import org.numvert.routing.RoutingCommand;
import org.numvert.routing.RoutingEngine;
import org.numvert.routing.RoutingEvent;
import org.numvert.routing.RoutingFact;
import org.numvert.routing.RoutingListener;
import org.numvert.routing.RoutingOutput;
import org.numvert.routing.RoutingSettings;

/** The engine's host on a real Vert.x: hand-off, port, listeners, reads, meters, stop. */
class EngineVerticleTest {
    private static final GroupId AIDES = new GroupId("entreprises-aides");
    private static final AgentId ALICE = new AgentId("alice");

    private final Vertx vertx = Vertx.vertx();

    @AfterEach
    void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void eventsFromAnyThreadBecomeCommandsOnThePortAndFactsForListeners() throws Exception {
        EngineVerticle host = new EngineVerticle(RoutingEngine.builder(Clock.systemUTC())
                .settings(RoutingSettings.DEFAULTS).build());
        List<RoutingCommand> executed = new CopyOnWriteArrayList<>();
        List<RoutingOutput> heard = new CopyOnWriteArrayList<>();
        List<String> threads = new CopyOnWriteArrayList<>();
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        host.subscribe(new EngineMeters(registry));
        host.subscribe(output -> {
            heard.add(output);
            threads.add(Thread.currentThread().getName());
        });
        host.connect(executed::add);
        deploy(host);

        host.deliver(new RoutingEvent.AgentConfigured(new AgentProfile(ALICE, "Alice",
                Organisation.REGION, "PJSIP/1001", Map.of(AIDES, 4))));
        host.deliver(new RoutingEvent.AgentReady(ALICE));
        host.deliver(new RoutingEvent.CallEntered(new CallId("c1"), new HotlineId("entreprises"),
                AIDES, 0, CallerNumber.of("0612345678"), "aides", List.of("1"),
                new OverflowAction.None()));

        await().atMost(Duration.ofSeconds(5)).until(() -> !executed.isEmpty());
        assertThat(executed.get(0)).isEqualTo(new RoutingCommand.OfferCall(new CallId("c1"), ALICE,
                "PJSIP/1001", 15));
        assertThat(heard).anyMatch(RoutingFact.CallQueued.class::isInstance);
        assertThat(threads).allMatch(name -> name.startsWith("vert.x-eventloop"));

        AgentState state = host.read(view -> view.agent(ALICE).orElseThrow().state())
                .toCompletableFuture().get(5, TimeUnit.SECONDS);
        assertThat(state).isEqualTo(AgentState.RESERVED);
        assertThat(registry.scrape()).contains("numvert_calls_offered_total{group=\"entreprises-aides\"} 1.0",
                "numvert_calls_waiting{group=\"entreprises-aides\"} 1.0",
                "numvert_agents{state=\"RESERVED\"} 1.0");
    }

    @Test
    void aFailingListenerDoesNotStopTheOthersAndStopWaitsForPersistence() throws Exception {
        EngineVerticle host = new EngineVerticle(new RoutingEngine(RoutingSettings.DEFAULTS,
                Clock.systemUTC()));
        List<RoutingOutput> heard = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> persisted = new CompletableFuture<>();
        host.subscribe(output -> {
            throw new IllegalStateException("listener bug");
        });
        host.subscribe(new RoutingListener() {
            @Override
            public void onOutput(RoutingOutput output) {
                heard.add(output);
            }

            @Override
            public CompletionStage<Void> engineStopping() {
                return persisted;
            }
        });
        String id = deploy(host);

        host.deliver(new RoutingEvent.AgentLoggedIn(ALICE));
        await().atMost(Duration.ofSeconds(5)).until(() -> !heard.isEmpty());
        assertThat(heard.get(0)).isInstanceOf(RoutingFact.EventIgnored.class);

        CompletableFuture<Void> undeployed = vertx.undeploy(id).toCompletionStage().toCompletableFuture();
        assertThat(undeployed).isNotDone();
        persisted.complete(null);
        undeployed.get(5, TimeUnit.SECONDS);
    }

    @Test
    void restoredFiguresOfTodayAddToTheEnginesOnItsThread() throws Exception {
        EngineVerticle host = new EngineVerticle(RoutingEngine.builder(Clock.systemUTC())
                .settings(RoutingSettings.DEFAULTS).build());
        deploy(host);
        host.deliver(new RoutingEvent.AgentConfigured(new AgentProfile(ALICE, "Alice",
                Organisation.REGION, "PJSIP/1001", Map.of(AIDES, 4))));
        host.deliver(new RoutingEvent.AgentReady(ALICE));
        host.deliver(new RoutingEvent.CallEntered(new CallId("c1"), new HotlineId("entreprises"),
                AIDES, 0, CallerNumber.of("0612345678"), "aides", List.of("1"), new OverflowAction.None()));
        long now = System.currentTimeMillis();
        IntervalFigures earlier = new IntervalFigures(AIDES, now, now + 1, 7, 5, 4, 1, 1, 0, 0, 50_000, 30_000,
                5, 600_000, 100_000, 0, 0);

        int added = host.restoreStatistics(List.of(earlier)).toCompletableFuture().get(5, TimeUnit.SECONDS);

        IntervalFigures today = host.read(view -> view.today(AIDES)).toCompletableFuture().get(5, TimeUnit.SECONDS);
        assertThat(added).isEqualTo(1);
        assertThat(today.offered()).isEqualTo(8);
        assertThat(today.answered()).isEqualTo(5);
        assertThat(today.shortAbandoned()).isEqualTo(1);
    }

    private String deploy(EngineVerticle host) throws Exception {
        return vertx.deployVerticle(host).toCompletionStage().toCompletableFuture()
                .get(5, TimeUnit.SECONDS);
    }
}
