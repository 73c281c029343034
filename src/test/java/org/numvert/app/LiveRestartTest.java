package org.numvert.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.numvert.routing.AgentId;
import org.numvert.routing.AgentState;
import org.numvert.routing.AgentStatus;
import org.numvert.routing.PauseReason;
import org.numvert.routing.RoutingEvent;

/** The whole service on a file database: agents' routing states survive a stop and a start. */
class LiveRestartTest {
    private static final AgentId REGION = new AgentId("agent-region-1");
    private static final AgentId ADOCC = new AgentId("agent-adocc-1");
    private static final AgentId IDLE = new AgentId("agent-region-2");

    @TempDir
    Path dataDir;

    @Test
    void loggedInAndPausedAgentsAreRestoredAfterARestart() throws Exception {
        NumvertConfig config = ConfigLoader.load(Optional.empty(), Map.of(), Map.of("dataDir", dataDir.toString(),
                "http.port", "0", "sim.callsPerHour", "0", "sim.agents", "2"));
        Numvert first = started(config);
        first.engine().deliver(new RoutingEvent.AgentLoggedIn(REGION));
        first.engine().deliver(new RoutingEvent.AgentReady(REGION));
        first.engine().deliver(new RoutingEvent.AgentLoggedIn(ADOCC));
        first.engine().deliver(new RoutingEvent.AgentPaused(ADOCC, PauseReason.LUNCH));
        await().atMost(Duration.ofSeconds(10)).until(() -> state(first, ADOCC).state() == AgentState.PAUSED);
        first.stop(Duration.ofSeconds(30));

        Numvert second = started(config);
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> state(second, REGION).state() == AgentState.READY);
            assertThat(state(second, ADOCC).state()).isEqualTo(AgentState.PAUSED);
            assertThat(state(second, ADOCC).pauseReason()).isEqualTo(PauseReason.LUNCH);
            assertThat(state(second, IDLE).state()).isEqualTo(AgentState.LOGGED_OUT);
            await().atMost(Duration.ofSeconds(10)).until(() -> state(second, new AgentId("sim-02")).state()
                    == AgentState.READY);
        } finally {
            second.stop(Duration.ofSeconds(30));
        }
    }

    private static Numvert started(NumvertConfig config) throws Exception {
        Numvert service = Numvert.create(config);
        service.start().toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
        return service;
    }

    private static AgentStatus state(Numvert service, AgentId agent) throws Exception {
        return service.engine().read(view -> view.agent(agent).orElseThrow()).toCompletableFuture()
                .get(5, TimeUnit.SECONDS);
    }
}
