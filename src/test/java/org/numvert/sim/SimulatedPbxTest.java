package org.numvert.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.numvert.ivr.CrisisState;
import org.numvert.ivr.ScriptLibrary;
import org.numvert.ivr.yaml.ScriptFiles;
import org.numvert.ivr.yaml.ScriptLoader;
import org.numvert.routing.AgentId;
import org.numvert.routing.AgentProfile;
import org.numvert.routing.AgentState;
import org.numvert.routing.DesktopPhone;
import org.numvert.routing.EndedBy;
import org.numvert.routing.GroupId;
import org.numvert.routing.OverflowAction;
import org.numvert.routing.Organisation;
import org.numvert.routing.PauseReason;
import org.numvert.routing.CallId;
import org.numvert.routing.RoutingEvent;
import org.numvert.routing.RoutingFact;
import org.numvert.routing.SkillGroup;
import org.numvert.store.SkillGroupCatalogue;
import org.numvert.store.StoredGroup;
import org.numvert.store.WrapUpCode;

/** The simulated PBX in virtual time, against the real engine and the repository's IVR scripts. */
class SimulatedPbxTest {
    private static final ScriptLibrary SCRIPTS = scripts();
    private static final SkillGroupCatalogue CATALOGUE = catalogue();
    private static final List<SkillGroup> GROUPS = CATALOGUE.groups().stream().map(StoredGroup::group).toList();
    /** A Monday morning, Europe/Paris: every hotline open. */
    private static final Instant MONDAY_10H = paris("2026-05-11T10:00");
    private static final long HOUR = Duration.ofHours(1).toMillis();

    private ManualScheduler scheduler;
    private SyncEngine engine;
    private SimulatedPbx pbx;

    private void start(SimSettings settings, Instant at) {
        scheduler = new ManualScheduler(at.toEpochMilli());
        engine = new SyncEngine(scheduler);
        GROUPS.forEach(g -> engine.deliver(new RoutingEvent.GroupConfigured(g)));
        SimEnvironment environment = new SimEnvironment(() -> SCRIPTS, () -> CrisisState.NONE, () -> GROUPS,
                hotline -> CATALOGUE.wrapUpCodes().getOrDefault(hotline, List.of()).stream()
                        .map(WrapUpCode::code).toList());
        pbx = new SimulatedPbx(scheduler, engine, settings, environment, "t");
        engine.connect(pbx);
        engine.subscribe(pbx);
        pbx.start();
    }

    @Test
    void anHourOfDemoTrafficFlowsThroughTheRealScriptsToTheSimulatedAgents() {
        start(new SimSettings(150, 12, 42, 1, false, false), MONDAY_10H);

        scheduler.runFor(HOUR);

        List<RoutingFact.CallQueued> queued = engine.facts(RoutingFact.CallQueued.class);
        assertThat(queued.stream().map(q -> q.hotline().value()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("entreprises", "formation", "transport");
        assertThat(queued).hasSizeBetween(100, 200);
        assertThat(queued).allMatch(q -> !q.choices().isEmpty() || q.group().value().endsWith("accueil")
                || q.group().value().equals("transport-info"));
        assertThat(engine.facts(RoutingFact.CallAnswered.class)).hasSizeGreaterThan(90);
        assertThat(engine.facts(RoutingFact.CallCompleted.class)).extracting(RoutingFact.CallCompleted::by)
                .contains(EndedBy.AGENT, EndedBy.CALLER);
        assertThat(engine.facts(RoutingFact.CallCompleted.class)).allMatch(c -> c.talkMillis() >= 15_000
                && c.talkMillis() <= 360_000);
        Set<String> codes = CATALOGUE.wrapUpCodes().values().stream().flatMap(List::stream).map(WrapUpCode::code)
                .collect(Collectors.toSet());
        assertThat(engine.facts(RoutingFact.WrapUpDone.class)).filteredOn(w -> w.wrapUpCode() != null)
                .isNotEmpty().allMatch(w -> codes.contains(w.wrapUpCode()));
        assertThat(pbx.onDesktop(new AgentId("sim-01"))).isFalse();
        assertThat(outcome(pbx.answer(new AgentId("sim-01")))).isEqualTo(DesktopPhone.Outcome.NOT_ON_DESKTOP);
        assertThat(engine.engine.view().agents()).hasSize(12)
                .allMatch(a -> a.state() != AgentState.LOGGED_OUT);
        assertThat(pbx.callersInProgress()).isBetween(0, 30);
    }

    @Test
    void everyGroupIsServedAndSimulatedAgentsPauseAndComeBack() {
        start(new SimSettings(400, 14, 7, 4, false, false), MONDAY_10H);

        scheduler.runFor(3 * HOUR);

        List<AgentProfile> profiles = engine.engine.view().agents().stream().map(a -> a.profile()).toList();
        assertThat(GROUPS).filteredOn(g -> !g.hotline().value().equals("crise")).allMatch(g -> profiles.stream().anyMatch(p -> p.skills().getOrDefault(g.id(), 0) >= 4));
        assertThat(profiles).extracting(AgentProfile::organisation).contains(Organisation.REGION, Organisation.ADOCC);
        List<RoutingFact.AgentStateChanged> changes = engine.facts(RoutingFact.AgentStateChanged.class);
        assertThat(changes).filteredOn(c -> c.to() == AgentState.PAUSED)
                .extracting(RoutingFact.AgentStateChanged::reason)
                .contains(PauseReason.NO_ANSWER).containsAnyOf(PauseReason.BREAK, PauseReason.BACK_OFFICE);
        assertThat(changes).filteredOn(c -> c.from() == AgentState.PAUSED && c.to() == AgentState.READY)
                .hasSizeGreaterThan(3);
        assertThat(engine.facts(RoutingFact.CallAbandoned.class)).isNotEmpty();
    }

    @Test
    void withoutAgentsCallersOverflowTakeCallbacksOrHearTheClosedMessageAndHangUp() {
        start(new SimSettings(500, 0, 3, 10, false, false), MONDAY_10H);

        scheduler.runFor(3 * HOUR);

        List<RoutingFact.CallOverflowed> overflowed = engine.facts(RoutingFact.CallOverflowed.class);
        assertThat(overflowed).extracting(o -> o.action().getClass().getSimpleName())
                .contains("CallbackOffer", "ClosedMessage");
        assertThat(engine.facts(RoutingFact.CallbackQueued.class)).isNotEmpty();
        assertThat(engine.facts(RoutingFact.CallAbandoned.class)).isNotEmpty();
        long stillThere = engine.engine.view().calls().stream().filter(c -> !c.callback()).count();
        assertThat(pbx.callersInProgress()).isLessThanOrEqualTo((int) stillThere + 40);
        assertThat(overflowed).noneMatch(o -> o.action() instanceof OverflowAction.None);
    }

    @Test
    void someCallbacksDoNotReachTheirCustomerAndAreTriedAgainLater() {
        // 17:00 with the opening hours followed: callers of closed hotlines ask to be called back
        start(new SimSettings(150, 6, 11, 10, true, false), MONDAY_10H.plus(Duration.ofHours(7)));

        scheduler.runFor(3 * HOUR);

        List<RoutingFact.CallbackFailed> failed = engine.facts(RoutingFact.CallbackFailed.class);
        assertThat(failed).extracting(RoutingFact.CallbackFailed::reason).isNotEmpty()
                .isSubsetOf("BUSY", "NOANSWER", "CHANUNAVAIL");
        assertThat(engine.facts(RoutingFact.CallbackRetried.class)).isNotEmpty();
        Set<CallId> failedCalls = failed.stream().map(RoutingFact.CallbackFailed::callback).collect(Collectors.toSet());
        assertThat(engine.facts(RoutingFact.EventIgnored.class)).as("no second end for a failed attempt")
                .noneMatch(i -> i.event() instanceof RoutingEvent.CallEnded e && failedCalls.contains(e.call()));
    }

    @Test
    void aClosedHotlineIsCalledAsIfOpenUnlessTheOpeningHoursAreFollowed() {
        Instant sundayNight = paris("2026-05-10T23:00");
        start(new SimSettings(300, 6, 11, 10, false, false), sundayNight);
        scheduler.runFor(HOUR / 3);
        assertThat(queuedForAnAgent()).as("as if open").isNotEmpty();

        start(new SimSettings(300, 6, 11, 10, true, false), sundayNight);
        scheduler.runFor(HOUR / 3);
        assertThat(queuedForAnAgent()).as("closed: callback requests only").isEmpty();
        assertThat(engine.facts(RoutingFact.CallQueued.class)).extracting(q -> q.hotline().value())
                .containsOnly("entreprises");
        assertThat(pbx.callersInProgress()).isLessThan(5);
        assertThat(engine.facts(RoutingFact.CallbackStarted.class)).as("simulated agents call back").isNotEmpty();
        assertThat(engine.facts(RoutingFact.CallCompleted.class)).isNotEmpty();
    }

    @Test
    void aHumanAgentAnswersAndHangsUpFromTheDesktop() {
        start(new SimSettings(120, 0, 5, 20, false, false), MONDAY_10H);
        AgentId human = new AgentId("agent-region-1");
        Map<GroupId, Integer> everything = GROUPS.stream().collect(Collectors.toMap(SkillGroup::id, g -> 3));
        engine.deliver(new RoutingEvent.AgentConfigured(new AgentProfile(human, "Humain", Organisation.REGION,
                "PJSIP/agent-region-1", everything)));
        engine.deliver(new RoutingEvent.AgentLoggedIn(human));
        engine.deliver(new RoutingEvent.AgentReady(human));
        assertThat(pbx.onDesktop(human)).isTrue();
        assertThat(outcome(pbx.answer(human))).isEqualTo(DesktopPhone.Outcome.NO_CALL);

        runUntil(() -> engine.facts(RoutingFact.CallOffered.class).size() == 1);
        assertThat(engine.facts(RoutingFact.CallAnswered.class)).as("rings until the page answers").isEmpty();
        assertThat(outcome(pbx.answer(human))).isEqualTo(DesktopPhone.Outcome.DONE);
        scheduler.runFor(5_000);
        assertThat(engine.facts(RoutingFact.CallAnswered.class)).hasSize(1);
        assertThat(engine.engine.view().agent(human).orElseThrow().state()).isEqualTo(AgentState.ON_CALL);

        assertThat(outcome(pbx.hangUp(human))).isEqualTo(DesktopPhone.Outcome.DONE);
        scheduler.runFor(1_000);
        assertThat(engine.facts(RoutingFact.CallCompleted.class)).singleElement()
                .extracting(RoutingFact.CallCompleted::by).isEqualTo(EndedBy.AGENT);
        assertThat(engine.engine.view().agent(human).orElseThrow().state()).isEqualTo(AgentState.WRAP_UP);
        assertThat(outcome(pbx.hangUp(human))).isEqualTo(DesktopPhone.Outcome.NO_CALL);
    }

    @Test
    void aCallerTalkingWithAHumanMayHangUpFirst() {
        start(new SimSettings(120, 0, 9, 20, false, false), MONDAY_10H);
        AgentId human = new AgentId("agent-adocc-1");
        engine.deliver(new RoutingEvent.AgentConfigured(new AgentProfile(human, "Humain", Organisation.ADOCC,
                "PJSIP/agent-adocc-1", GROUPS.stream().collect(Collectors.toMap(SkillGroup::id, g -> 3)))));
        engine.deliver(new RoutingEvent.AgentLoggedIn(human));
        engine.deliver(new RoutingEvent.AgentReady(human));
        runUntil(() -> engine.facts(RoutingFact.CallOffered.class).size() == 1);
        pbx.answer(human);

        scheduler.runFor(HOUR / 2);

        assertThat(engine.facts(RoutingFact.CallCompleted.class)).first()
                .extracting(RoutingFact.CallCompleted::by).isEqualTo(EndedBy.CALLER);
    }

    /** Calls queued to wait for an agent, not to ask for a callback at once. */
    private List<RoutingFact.CallQueued> queuedForAnAgent() {
        Set<String> callbacks = engine.facts(RoutingFact.CallbackQueued.class).stream()
                .map(c -> c.call().value()).collect(Collectors.toSet());
        return engine.facts(RoutingFact.CallQueued.class).stream()
                .filter(q -> !callbacks.contains(q.call().value())).toList();
    }

    private void runUntil(java.util.function.BooleanSupplier condition) {
        for (int i = 0; i < 3_600 && !condition.getAsBoolean(); i++) {
            scheduler.runFor(1_000);
        }
        assertThat(condition.getAsBoolean()).as("within an hour of virtual time").isTrue();
    }

    private DesktopPhone.Outcome outcome(java.util.concurrent.CompletionStage<DesktopPhone.Outcome> stage) {
        scheduler.runFor(0);
        return stage.toCompletableFuture().getNow(null);
    }

    private static Instant paris(String local) {
        return LocalDateTime.parse(local).atZone(ZoneId.of("Europe/Paris")).toInstant();
    }

    private static ScriptLibrary scripts() {
        try {
            return ScriptLoader.load("ivr-scripts", ScriptFiles.read(Path.of("ivr-scripts")), Map.of(), Set.of())
                    .library().orElseThrow();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static SkillGroupCatalogue catalogue() {
        try {
            return SkillGroupCatalogue.parse(Files.readString(Path.of("ivr-scripts", "skill-groups.yaml")));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
