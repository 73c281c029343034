package org.numvert.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.vertx.core.Vertx;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.numvert.ivr.CrisisState;
import org.numvert.ivr.ScriptLibrary;
import org.numvert.ivr.yaml.ScriptFiles;
import org.numvert.ivr.yaml.ScriptLoader;
import org.numvert.routing.RoutingEngine;
import org.numvert.routing.RoutingEvent;
import org.numvert.routing.RoutingSettings;
import org.numvert.routing.SkillGroup;
import org.numvert.sim.SimEnvironment;
import org.numvert.sim.SimSettings;
import org.numvert.sim.SimulatedPbx;
import org.numvert.sim.SimulatedPbxVerticle;
import org.numvert.store.SkillGroupCatalogue;
import org.numvert.store.StoredGroup;

/** The simulated PBX in real time on Vert.x timers, as the service runs it: calls get answered. */
class SimulatedPbxRealTimeTest {
    private final Vertx vertx = Vertx.vertx();

    @AfterEach
    void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void simulatedCallersAreAnsweredBySimulatedAgentsWithinSeconds() throws Exception {
        ScriptLibrary scripts = ScriptLoader.load("ivr-scripts", ScriptFiles.read(Path.of("ivr-scripts")), Map.of(),
                Set.of()).library().orElseThrow();
        List<SkillGroup> groups = SkillGroupCatalogue.parse(Files.readString(Path.of("ivr-scripts",
                "skill-groups.yaml"))).groups().stream().map(StoredGroup::group).toList();
        EngineVerticle engine = new EngineVerticle(RoutingEngine.builder(Clock.systemUTC())
                .settings(RoutingSettings.DEFAULTS).build());
        vertx.deployVerticle(engine).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        groups.forEach(g -> engine.deliver(new RoutingEvent.GroupConfigured(g)));
        SimulatedPbxVerticle host = new SimulatedPbxVerticle(engine, new SimSettings(3_600, 8, 0, 100, false, false),
                new SimEnvironment(() -> scripts, () -> CrisisState.NONE, () -> groups, hotline -> List.of()),
                Clock.systemUTC());
        vertx.deployVerticle(host).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        SimulatedPbx pbx = host.pbx();
        engine.connect(pbx);
        pbx.start();

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> engine.read(view ->
                view.todayTotal().answered()).toCompletableFuture().get(5, TimeUnit.SECONDS) >= 2);

        assertThat(pbx.callersInProgress()).isPositive();
        assertThat(engine.read(view -> view.agents().size()).toCompletableFuture().get(5, TimeUnit.SECONDS))
                .isEqualTo(8);
    }
}
