package org.numvert.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.numvert.routing.EngineHarness.a;
import static org.numvert.routing.EngineHarness.agent;
import static org.numvert.routing.EngineHarness.c;
import static org.numvert.routing.EngineHarness.call;
import static org.numvert.routing.EngineHarness.g;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.numvert.routing.OverflowAction.ClosedMessage;
import org.numvert.routing.OverflowAction.ToGroup;
import org.numvert.routing.OverflowAction.Voicemail;
import org.numvert.routing.RoutingCommand.CancelOffer;
import org.numvert.routing.RoutingCommand.OfferCall;
import org.numvert.routing.RoutingCommand.OverflowCall;
import org.numvert.routing.RoutingCommand.StartCallback;
import org.numvert.routing.RoutingCommand.Supervise;
import org.numvert.routing.RoutingEvent.AgentConfigured;
import org.numvert.routing.RoutingEvent.AgentLoggedOut;
import org.numvert.routing.RoutingEvent.AgentPaused;
import org.numvert.routing.RoutingEvent.AgentReady;
import org.numvert.routing.RoutingEvent.CallEnded;
import org.numvert.routing.RoutingEvent.CallbackRequested;
import org.numvert.routing.RoutingEvent.GroupConfigured;
import org.numvert.routing.RoutingEvent.OfferAnswered;
import org.numvert.routing.RoutingEvent.OfferFailed;
import org.numvert.routing.RoutingEvent.SupervisionRequested;
import org.numvert.routing.RoutingEvent.Tick;
import org.numvert.routing.RoutingEvent.WrapUpEnded;

/**
 * The routing rules of issue 3 as a table: each row is a scenario of timed events and the exact
 * commands each event must produce (none when the row lists none).
 */
class RoutingRulesTest {
    private static final SkillGroup AIDES = EngineHarness.group("aides", 20, 30);
    private static final SkillGroup PRETS = EngineHarness.group("prets", 60, 30);
    private static final SkillGroup ACCUEIL = EngineHarness.group("accueil", 20, 10);
    private static final AgentProfile ALICE = agent("alice", "aides:3");
    private static final AgentProfile BOB = agent("bob", "aides:3", "prets:3");
    private static final CallerNumber NUMBER = CallerNumber.of("0561000000");

    static Stream<Scenario> rules() {
        return Stream.of(
                Scenario.of("an agent takes the higher priority first, across groups")
                        .groups(AIDES, PRETS).loggedIn(BOB)
                        .at(0, call("c1", "prets"))
                        .at(1, call("c2", "aides", 1, none()))
                        .at(5, new AgentReady(a("bob")), offer("c2", "bob")),
                Scenario.of("then the longest wait relative to the group's SL target")
                        .groups(AIDES, PRETS).loggedIn(BOB)
                        .at(0, call("c1", "prets"))
                        .at(10, call("c2", "aides"))
                        .at(30, new AgentReady(a("bob")), offer("c2", "bob")),
                Scenario.of("a long relative wait in a slow group beats a fresh call")
                        .groups(AIDES, PRETS).loggedIn(BOB)
                        .at(0, call("c1", "prets"))
                        .at(25, call("c2", "aides"))
                        .at(30, new AgentReady(a("bob")), offer("c1", "bob")),
                Scenario.of("a call takes the best proficiency, then the longest idle")
                        .groups(AIDES)
                        .loggedIn(agent("low", "aides:2"), agent("old", "aides:5"), agent("new", "aides:5"))
                        .at(0.1, new AgentReady(a("low")))
                        .at(0.2, new AgentReady(a("old")))
                        .at(0.3, new AgentReady(a("new")))
                        .at(1, call("c1", "aides"), offer("c1", "old"))
                        .at(2, call("c2", "aides"), offer("c2", "new"))
                        .at(3, call("c3", "aides"), offer("c3", "low"))
                        .at(4, call("c4", "aides")),
                Scenario.of("equal agents ready at the same instant: by agent id")
                        .groups(AIDES).ready(agent("zoe", "aides:4"), agent("adam", "aides:4"))
                        .at(0, call("c1", "aides"), offer("c1", "adam")),
                Scenario.of("within a group, first come first served")
                        .groups(AIDES).loggedIn(ALICE)
                        .at(0, call("c1", "aides"))
                        .at(1, call("c2", "aides"))
                        .at(2, new AgentReady(a("alice")), offer("c1", "alice")),
                Scenario.of("escalation widens to lower proficiency after N s")
                        .groups(withSteps(AIDES, new EscalationStep(30, 2, List.of())))
                        .ready(agent("low", "aides:2"))
                        .at(0, call("c1", "aides"))
                        .at(29, new Tick())
                        .at(30, new Tick(), offer("c1", "low")),
                Scenario.of("escalation to a named overflow group")
                        .groups(withSteps(AIDES, new EscalationStep(60, 1, List.of(g("accueil")))), ACCUEIL)
                        .ready(agent("acc", "accueil:3"))
                        .at(0, call("c1", "aides"))
                        .at(59, new Tick())
                        .at(60, new Tick(), offer("c1", "acc")),
                Scenario.of("an escalated call is offered at the next event, even between ticks")
                        .groups(withSteps(AIDES, new EscalationStep(30, 2, List.of())))
                        .ready(agent("low", "aides:2"))
                        .at(0, call("c1", "aides"))
                        .at(30.5, call("c2", "aides"), offer("c1", "low")),
                Scenario.of("maximum wait applies the call's overflow action")
                        .groups(limits(AIDES, 60, 0, true)).loggedIn(ALICE)
                        .at(0, call("c1", "aides", 0, new Voicemail()))
                        .at(59, new Tick())
                        .at(60, new Tick(), new OverflowCall(c("c1"), new Voicemail())),
                Scenario.of("maximum queue length overflows the newcomer")
                        .groups(limits(AIDES, 0, 1, true)).loggedIn(ALICE)
                        .at(0, call("c1", "aides", 0, new ClosedMessage()))
                        .at(1, call("c2", "aides", 0, new ClosedMessage()),
                                new OverflowCall(c("c2"), new ClosedMessage())),
                Scenario.of("no overflow action: the call keeps waiting")
                        .groups(limits(AIDES, 60, 1, true)).loggedIn(ALICE)
                        .at(0, call("c1", "aides"))
                        .at(1, call("c2", "aides"))
                        .at(120, new AgentReady(a("alice")), offer("c1", "alice")),
                Scenario.of("join-when-empty off: nobody available, overflow at once")
                        .groups(limits(AIDES, 0, 0, false)).loggedIn(ALICE)
                        .at(0, call("c1", "aides", 0, new Voicemail()),
                                new OverflowCall(c("c1"), new Voicemail()))
                        .at(1, new AgentReady(a("alice")))
                        .at(2, call("c2", "aides", 0, new Voicemail()), offer("c2", "alice")),
                Scenario.of("overflow to a group stays inside and keeps the enqueue time")
                        .groups(limits(AIDES, 30, 0, true), ACCUEIL)
                        .loggedIn(agent("acc", "accueil:3"))
                        .at(0, call("c1", "aides", 0, new ToGroup(g("accueil"))))
                        .at(10, call("c0", "accueil"))
                        .at(30, new Tick())
                        .at(40, new AgentReady(a("acc")), offer("c1", "acc")),
                Scenario.of("ring no answer: the offer is cancelled, the call goes back")
                        .groups(AIDES).ready(ALICE).loggedIn(agent("bob", "aides:3"))
                        .at(0, call("c1", "aides"), offer("c1", "alice"))
                        .at(14, new Tick())
                        .at(15, new Tick(), new CancelOffer(c("c1"), a("alice")))
                        .at(16, new AgentReady(a("bob")), offer("c1", "bob"))
                        .at(17, new OfferFailed(c("c1"), a("alice"), "NOANSWER")),
                Scenario.of("a failed offer puts the call back at its place")
                        .groups(AIDES).ready(ALICE).loggedIn(agent("bob", "aides:3"))
                        .at(0, call("c1", "aides"), offer("c1", "alice"))
                        .at(1, call("c2", "aides"))
                        .at(5, new OfferFailed(c("c1"), a("alice"), "BUSY"))
                        .at(6, new AgentReady(a("bob")), offer("c1", "bob"))
                        .at(7, new AgentReady(a("alice")), offer("c2", "alice")),
                Scenario.of("a caller hanging up while ringing frees the agent")
                        .groups(AIDES).ready(ALICE)
                        .at(0, call("c1", "aides"), offer("c1", "alice"))
                        .at(3, new CallEnded(c("c1"), EndedBy.CALLER))
                        .at(4, call("c2", "aides"), offer("c2", "alice")),
                Scenario.of("an agent pausing while ringing: cancelled, offered to another")
                        .groups(AIDES).ready(ALICE, agent("bob", "aides:3"))
                        .at(0, call("c1", "aides"), offer("c1", "alice"))
                        .at(1, call("c2", "aides"), offer("c2", "bob"))
                        .at(2, new AgentPaused(a("alice"), PauseReason.LUNCH),
                                new CancelOffer(c("c1"), a("alice")))
                        .at(3, new OfferAnswered(c("c2"), a("bob")))
                        .at(4, new CallEnded(c("c2"), EndedBy.AGENT))
                        .at(34, new Tick(), offer("c1", "bob")),
                Scenario.of("wrap-up lasts the group's time")
                        .groups(AIDES).ready(ALICE)
                        .at(0, call("c1", "aides"), offer("c1", "alice"))
                        .at(2, new OfferAnswered(c("c1"), a("alice")))
                        .at(100, new CallEnded(c("c1"), EndedBy.CALLER))
                        .at(110, call("c2", "aides"))
                        .at(129, new Tick())
                        .at(130, new Tick(), offer("c2", "alice")),
                Scenario.of("the agent may end its wrap-up early")
                        .groups(AIDES).ready(ALICE)
                        .at(0, call("c1", "aides"), offer("c1", "alice"))
                        .at(2, new OfferAnswered(c("c1"), a("alice")))
                        .at(100, new CallEnded(c("c1"), EndedBy.CALLER))
                        .at(101, call("c2", "aides"))
                        .at(105, new WrapUpEnded(a("alice"), "INFO-AIDE"), offer("c2", "alice")),
                Scenario.of("a pause asked during a call is taken after the wrap-up")
                        .groups(AIDES).ready(ALICE)
                        .at(0, call("c1", "aides"), offer("c1", "alice"))
                        .at(2, new OfferAnswered(c("c1"), a("alice")))
                        .at(50, new AgentPaused(a("alice"), PauseReason.LUNCH))
                        .at(60, call("c2", "aides"))
                        .at(100, new CallEnded(c("c1"), EndedBy.CALLER))
                        .at(200, new Tick())
                        .at(300, new AgentReady(a("alice")), offer("c2", "alice")),
                Scenario.of("callback tasks come after callers on hold")
                        .groups(AIDES).loggedIn(ALICE)
                        .at(0, call("c1", "aides"))
                        .at(10, new CallbackRequested(c("c1"), NUMBER))
                        .at(20, call("c2", "aides"))
                        .at(30, new AgentReady(a("alice")), offer("c2", "alice"))
                        .at(31, new OfferAnswered(c("c2"), a("alice")))
                        .at(90, new CallEnded(c("c2"), EndedBy.CALLER))
                        .at(95, new WrapUpEnded(a("alice"), null),
                                new StartCallback(c("c1-cb"), a("alice"), "PJSIP/alice", NUMBER, 15)),
                Scenario.of("a callback accepted after a callback offer becomes a task")
                        .groups(limits(AIDES, 60, 0, true)).loggedIn(ALICE)
                        .at(0, call("c1", "aides", 0, new OverflowAction.CallbackOffer()))
                        .at(60, new Tick(), new OverflowCall(c("c1"), new OverflowAction.CallbackOffer()))
                        .at(70, new CallbackRequested(c("c1"), NUMBER))
                        .at(71, new CallEnded(c("c1"), EndedBy.CALLER))
                        .at(80, new AgentReady(a("alice")),
                                new StartCallback(c("c1-cb"), a("alice"), "PJSIP/alice", NUMBER, 15)),
                Scenario.of("supervision passes through to the port")
                        .groups(AIDES).ready(ALICE)
                        .at(0, call("c1", "aides"), offer("c1", "alice"))
                        .at(2, new OfferAnswered(c("c1"), a("alice")))
                        .at(3, new SupervisionRequested(c("c1"), "PJSIP/sup", SupervisionMode.WHISPER),
                                new Supervise(c("c1"), a("alice"), "PJSIP/sup", SupervisionMode.WHISPER))
                        .at(4, new SupervisionRequested(c("nope"), "PJSIP/sup", SupervisionMode.LISTEN)),
                Scenario.of("a live skill edit takes effect at once for waiting calls")
                        .groups(AIDES, PRETS).ready(ALICE)
                        .at(0, call("c1", "prets"))
                        .at(5, new AgentConfigured(agent("alice", "aides:3", "prets:2")),
                                offer("c1", "alice")),
                Scenario.of("a live group edit takes effect at once for waiting calls")
                        .groups(withSteps(AIDES, new EscalationStep(300, 1, List.of())))
                        .ready(agent("low", "aides:1"))
                        .at(0, call("c1", "aides"))
                        .at(10, new GroupConfigured(AIDES), offer("c1", "low")),
                Scenario.of("a maximum wait shortened live overflows calls already waiting")
                        .groups(AIDES).loggedIn(ALICE)
                        .at(0, call("c1", "aides", 0, new Voicemail()))
                        .at(100, new GroupConfigured(limits(AIDES, 60, 0, true)),
                                new OverflowCall(c("c1"), new Voicemail())),
                Scenario.of("a late answer wins over the engine's re-offer")
                        .groups(AIDES).ready(ALICE, agent("bob", "aides:3"))
                        .at(0, new AgentPaused(a("bob"), PauseReason.BREAK))
                        .at(1, call("c1", "aides"), offer("c1", "alice"))
                        .at(16, new AgentReady(a("bob")), new CancelOffer(c("c1"), a("alice")),
                                offer("c1", "bob"))
                        .at(17, new OfferAnswered(c("c1"), a("alice")), new CancelOffer(c("c1"), a("bob"))),
                Scenario.of("logging out while ringing gives the call back")
                        .groups(AIDES).ready(ALICE).loggedIn(agent("bob", "aides:3"))
                        .at(0, call("c1", "aides"), offer("c1", "alice"))
                        .at(1, new AgentLoggedOut(a("alice")), new CancelOffer(c("c1"), a("alice")))
                        .at(2, new AgentReady(a("bob")), offer("c1", "bob")),
                Scenario.perQueue("per-queue baseline: the agent's next group in turn, whatever the waits")
                        .groups(AIDES, PRETS).loggedIn(BOB)
                        .at(0, call("c1", "prets"))
                        .at(100, call("c2", "aides"))
                        .at(101, new AgentReady(a("bob")), offer("c2", "bob")),
                Scenario.of("global routing serves the longer relative wait instead")
                        .groups(AIDES, PRETS).loggedIn(BOB)
                        .at(0, call("c1", "prets"))
                        .at(100, call("c2", "aides"))
                        .at(101, new AgentReady(a("bob")), offer("c1", "bob")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void eachEventYieldsExactlyTheExpectedCommands(Scenario scenario) {
        scenario.run(result -> assertThat(result.actual())
                .as("at %ss, %s", result.step().at(), result.step().event())
                .containsExactlyElementsOf(result.step().expected()));
    }

    static OfferCall offer(String call, String agent) {
        return new OfferCall(c(call), a(agent), "PJSIP/" + agent, 15);
    }

    static OverflowAction none() {
        return new OverflowAction.None();
    }

    static SkillGroup withSteps(SkillGroup group, EscalationStep... steps) {
        return new SkillGroup(group.id(), group.hotline(), group.label(), group.slTargetSeconds(),
                group.wrapUpSeconds(), group.maxWaitSeconds(), group.maxQueueLength(),
                group.joinWhenEmpty(), group.organisations(), List.of(steps));
    }

    static SkillGroup limits(SkillGroup group, int maxWait, int maxQueue, boolean joinWhenEmpty) {
        return new SkillGroup(group.id(), group.hotline(), group.label(), group.slTargetSeconds(),
                group.wrapUpSeconds(), maxWait, maxQueue, joinWhenEmpty, group.organisations(),
                group.escalation());
    }
}
