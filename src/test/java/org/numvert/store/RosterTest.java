package org.numvert.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.numvert.routing.AgentId;
import org.numvert.routing.AgentProfile;
import org.numvert.routing.AgentState;
import org.numvert.routing.EngineClient;
import org.numvert.routing.GroupId;
import org.numvert.routing.Organisation;
import org.numvert.routing.PauseReason;
import org.numvert.routing.RoutingEvent;
import org.numvert.routing.RoutingFact;
import org.numvert.routing.RoutingListener;
import org.numvert.routing.RoutingView;
import org.numvert.routing.SkillGroup;
import org.numvert.testing.TestClock;

/** Groups, agents and routing states in HSQLDB, and what the engine is fed from them. */
class RosterTest {
    private static final GroupId AIDES = new GroupId("entreprises-aides");
    private static final GroupId PRETS = new GroupId("entreprises-prets");

    private final TestClock clock = new TestClock(Instant.parse("2026-05-11T07:00:00Z"));
    private final io.vertx.core.Vertx vertx = io.vertx.core.Vertx.vertx();
    private Database database;
    private SkillGroupCatalogue catalogue;

    @BeforeEach
    void open() throws Exception {
        database = Database.openMemory("roster-" + UUID.randomUUID()).withWorkers(vertx);
        Migrations.fromClasspath(database).migrate();
        catalogue = SkillGroupCatalogue.parse(Files.readString(Path.of("ivr-scripts", "skill-groups.yaml")));
    }

    @AfterEach
    void close() throws Exception {
        database.close();
        vertx.close().toCompletionStage().toCompletableFuture().get();
    }

    @Test
    void theCatalogueSeedsMissingGroupsOnlyAndTheDatabaseStaysTheReference() throws Exception {
        Roster roster = Roster.open(database, clock);
        assertThat(roster.seed(catalogue)).hasSize(11);
        StoredGroup edited = new StoredGroup(withSlTarget(roster.group(AIDES).orElseThrow().group(), 15), 90);
        await(roster.saveGroup(edited));

        Roster again = Roster.open(database, clock);
        assertThat(again.seed(catalogue)).isEmpty();
        assertThat(again.group(AIDES)).contains(edited);
        assertThat(again.group(AIDES).orElseThrow().group().escalation()).hasSize(2);
        assertThat(again.groupIds()).hasSize(11).contains("crise-renfort");
    }

    @Test
    void agentsAreStoredWithTheirSkillsAndWelcomedOnce() throws Exception {
        Roster roster = Roster.open(database, clock);
        roster.seed(catalogue);
        AgentProfile adocc = roster.starterProfile(new AgentId("agent-adocc-1"), "Agent AD'OCC", Organisation.ADOCC,
                "PJSIP/agent-adocc-1");
        AgentProfile region = roster.starterProfile(new AgentId("agent-region-1"), "Agent Région", Organisation.REGION,
                "PJSIP/agent-region-1");

        assertThat(roster.welcome(List.of(adocc, region))).containsExactly(adocc, region);
        assertThat(roster.welcome(List.of(adocc))).isEmpty();
        assertThat(adocc.skills()).containsOnlyKeys(AIDES, PRETS, new GroupId("entreprises-accueil"))
                .containsEntry(PRETS, 4);
        assertThat(region.skills().values()).contains(4, 2);
        assertThat(region.skills().keySet()).noneMatch(g -> g.value().startsWith("crise"));

        AgentProfile moved = new AgentProfile(adocc.id(), adocc.name(), Organisation.ADOCC, "Local/0612345678@out",
                Map.of(PRETS, 5));
        await(roster.saveAgent(moved));
        assertThat(Roster.open(database, clock).agent(adocc.id())).contains(moved);
    }

    @Test
    void aSkillInAnUnknownGroupIsRefused() {
        Roster roster = Roster.open(database, clock);
        roster.seed(catalogue);
        AgentProfile wrong = new AgentProfile(new AgentId("x"), "X", Organisation.REGION, "PJSIP/x",
                Map.of(new GroupId("nope"), 3));

        assertThat(roster.saveAgent(wrong).failed()).isTrue();
        assertThat(roster.saveAgent(wrong).cause()).hasMessageContaining("unknown group 'nope'");
    }

    @Test
    void routingStatesAreRecordedAndFedBackAfterARestart() throws Exception {
        Roster roster = Roster.open(database, clock);
        roster.seed(catalogue);
        AgentId ready = new AgentId("ready-one");
        AgentId lunch = new AgentId("lunch-one");
        AgentId out = new AgentId("out-one");
        roster.welcome(List.of(profile(ready), profile(lunch), profile(out)));
        RoutingListener recorder = roster.stateRecorder();
        recorder.onOutput(change(ready, AgentState.PAUSED, AgentState.READY, null));
        recorder.onOutput(change(ready, AgentState.READY, AgentState.ON_CALL, null));
        recorder.onOutput(change(lunch, AgentState.READY, AgentState.PAUSED, PauseReason.LUNCH));
        recorder.onOutput(change(out, AgentState.READY, AgentState.LOGGED_OUT, null));
        recorder.onOutput(change(new AgentId("sim-01"), AgentState.LOGGED_OUT, AgentState.READY, null));
        recorder.engineStopping().toCompletableFuture().get();

        RecordingEngine engine = new RecordingEngine();
        await(Roster.open(database, clock).feed(engine));

        assertThat(engine.events).filteredOn(e -> e instanceof RoutingEvent.GroupConfigured).hasSize(11);
        assertThat(engine.events).filteredOn(e -> e instanceof RoutingEvent.AgentConfigured).hasSize(3);
        assertThat(engine.events.subList(14, engine.events.size())).containsExactly(
                new RoutingEvent.AgentLoggedIn(lunch), new RoutingEvent.AgentPaused(lunch, PauseReason.LUNCH),
                new RoutingEvent.AgentLoggedIn(ready), new RoutingEvent.AgentReady(ready));
    }

    private static RoutingFact.AgentStateChanged change(AgentId agent, AgentState from, AgentState to,
            PauseReason reason) {
        return new RoutingFact.AgentStateChanged(0, agent, from, to, reason);
    }

    private static AgentProfile profile(AgentId id) {
        return new AgentProfile(id, id.value(), Organisation.REGION, "PJSIP/" + id, Map.of(AIDES, 3));
    }

    private static SkillGroup withSlTarget(SkillGroup g, int seconds) {
        return new SkillGroup(g.id(), g.hotline(), g.label(), seconds, g.wrapUpSeconds(), g.maxWaitSeconds(),
                g.maxQueueLength(), g.joinWhenEmpty(), g.organisations(), g.escalation());
    }

    private static <T> T await(io.vertx.core.Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(10, java.util.concurrent.TimeUnit.SECONDS);
    }

    /** Records what it is given, in order. */
    private static final class RecordingEngine implements EngineClient {
        final List<RoutingEvent> events = new ArrayList<>();

        @Override
        public synchronized void deliver(RoutingEvent event) {
            events.add(event);
        }

        @Override
        public <T> CompletionStage<T> read(Function<RoutingView, T> query) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Subscription subscribe(RoutingListener listener) {
            return () -> { };
        }
    }
}
