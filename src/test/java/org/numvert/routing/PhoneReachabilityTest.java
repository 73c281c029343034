package org.numvert.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.numvert.routing.EngineHarness.a;
import static org.numvert.routing.EngineHarness.agent;
import static org.numvert.routing.EngineHarness.c;
import static org.numvert.routing.EngineHarness.call;
import static org.numvert.routing.EngineHarness.commands;
import static org.numvert.routing.EngineHarness.group;
import static org.numvert.routing.EngineHarness.only;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.numvert.routing.RoutingCommand.CancelOffer;
import org.numvert.routing.RoutingCommand.OfferCall;
import org.numvert.routing.RoutingEvent.AgentConfigured;
import org.numvert.routing.RoutingEvent.AgentLoggedIn;
import org.numvert.routing.RoutingEvent.AgentPaused;
import org.numvert.routing.RoutingEvent.AgentReady;
import org.numvert.routing.RoutingEvent.CallEnded;
import org.numvert.routing.RoutingEvent.DeviceChanged;
import org.numvert.routing.RoutingEvent.OfferAnswered;
import org.numvert.routing.RoutingEvent.Tick;
import org.numvert.routing.RoutingFact.AgentStateChanged;
import org.numvert.routing.RoutingFact.EventIgnored;
import org.numvert.routing.RoutingFact.OfferMissed;

/** An agent whose phone cannot be reached gets no offer, and gets them again when it is back. */
class PhoneReachabilityTest {
    private static final PauseReason PHONE = PauseReason.DEVICE_UNAVAILABLE;

    private final EngineHarness h = new EngineHarness().with(group("aides", 20, 30));

    @Test
    void aReadyAgentWhosePhoneIsLostIsPausedAtOnceAndReadyAgainWhenItIsBack() {
        h.ready(agent("alice", "aides:3"));
        List<RoutingOutput> lost = h.at(1, unreachable("alice"));
        List<RoutingOutput> again = h.at(2, unreachable("alice"));
        List<RoutingOutput> queued = h.at(3, call("c1", "aides"));
        List<RoutingOutput> back = h.at(10, reachable("alice"));
        List<RoutingOutput> backAgain = h.at(11, reachable("alice"));

        assertThat(only(lost, AgentStateChanged.class)).containsExactly(new AgentStateChanged(
                EngineHarness.START.toEpochMilli() + 1_000, a("alice"), AgentState.READY, AgentState.PAUSED, PHONE));
        assertThat(again).as("the same state twice changes nothing").isEmpty();
        assertThat(commands(queued)).as("no offer to an unreachable phone").isEmpty();
        assertThat(only(back, AgentStateChanged.class)).extracting(AgentStateChanged::to)
                .containsExactly(AgentState.READY, AgentState.RESERVED);
        assertThat(commands(back)).containsExactly(new OfferCall(c("c1"), a("alice"), "PJSIP/alice", 15));
        assertThat(backAgain).isEmpty();
    }

    @Test
    void anAgentOnACallIsNotDisturbedAndPausedWhenItsWrapUpEnds() {
        h.ready(agent("alice", "aides:3"));
        h.at(0, call("c1", "aides"));
        h.at(2, new OfferAnswered(c("c1"), a("alice")));
        List<RoutingOutput> lost = h.at(5, unreachable("alice"));
        h.at(60, new CallEnded(c("c1"), EndedBy.CALLER));
        List<RoutingOutput> wrappedUp = h.at(90, new Tick());
        List<RoutingOutput> back = h.at(120, reachable("alice"));

        assertThat(lost).isEmpty();
        assertThat(only(wrappedUp, AgentStateChanged.class)).containsExactly(new AgentStateChanged(
                EngineHarness.START.toEpochMilli() + 90_000, a("alice"), AgentState.WRAP_UP, AgentState.PAUSED, PHONE));
        assertThat(only(back, AgentStateChanged.class)).extracting(AgentStateChanged::to)
                .containsExactly(AgentState.READY);
    }

    @Test
    void aRingingOfferIsTakenBackAndTheCallGoesToAnotherAgent() {
        h.ready(agent("alice", "aides:3"));
        h.at(0, call("c1", "aides"));
        h.ready(agent("bob", "aides:2"));
        List<RoutingOutput> lost = h.at(3, unreachable("alice"));

        assertThat(only(lost, OfferMissed.class)).extracting(OfferMissed::reason)
                .containsExactly("PHONE_UNREACHABLE");
        assertThat(commands(lost)).containsExactly(new CancelOffer(c("c1"), a("alice")),
                new OfferCall(c("c1"), a("bob"), "PJSIP/bob", 15));
        assertThat(status("alice").pauseReason()).isEqualTo(PHONE);
        Invariants.check(h.engine);
    }

    @Test
    void aPauseTheAgentOrASupervisorChoseIsNeverLiftedByThePhone() {
        h.ready(agent("alice", "aides:3"), agent("bob", "aides:3"));
        h.at(1, new AgentPaused(a("alice"), PauseReason.LUNCH));
        h.at(2, unreachable("alice"));
        h.at(3, unreachable("bob"));
        h.at(4, new AgentPaused(a("bob"), PauseReason.SUPERVISOR));
        List<RoutingOutput> back = new ArrayList<>(h.at(5, reachable("alice")));
        back.addAll(h.at(6, reachable("bob")));

        assertThat(only(back, AgentStateChanged.class)).isEmpty();
        assertThat(status("alice").pauseReason()).isEqualTo(PauseReason.LUNCH);
        assertThat(status("bob").pauseReason()).isEqualTo(PauseReason.SUPERVISOR);
    }

    @Test
    void aStateReportedBeforeTheAgentLogsInAppliesWhenItAsksToBeReady() {
        h.at(0, unreachable("alice"));
        h.send(new AgentConfigured(agent("alice", "aides:3")));
        h.send(new AgentLoggedIn(a("alice")));
        List<RoutingOutput> ready = h.at(1, new AgentReady(a("alice")));
        List<RoutingOutput> readyAgain = h.at(2, new AgentReady(a("alice")));
        h.at(3, reachable("alice"));

        assertThat(only(ready, AgentStateChanged.class)).extracting(AgentStateChanged::from, AgentStateChanged::reason)
                .containsExactly(tuple(AgentState.PAUSED, PHONE));
        assertThat(only(readyAgain, EventIgnored.class)).extracting(EventIgnored::reason)
                .containsExactly("phone unreachable: ready again once it is back");
        assertThat(status("alice").state()).isEqualTo(AgentState.READY);
    }

    @Test
    void aNoAnswerPauseBecomesThePhonesAndEndsWithIt() {
        h.ready(agent("alice", "aides:3"));
        h.at(0, call("c1", "aides"));
        h.at(15, new Tick());
        assertThat(status("alice").pauseReason()).isEqualTo(PauseReason.NO_ANSWER);

        h.at(20, unreachable("alice"));
        assertThat(status("alice").pauseReason()).isEqualTo(PHONE);
        List<RoutingOutput> back = h.at(40, reachable("alice"));

        assertThat(commands(back)).containsExactly(new OfferCall(c("c1"), a("alice"), "PJSIP/alice", 15));
    }

    @Test
    void anotherContactMovesTheAgentToThatPhonesState() {
        h.ready(agent("alice", "aides:3"));
        h.at(1, unreachable("alice"));
        h.at(2, unreachable("desk-7"));
        AgentProfile moved = new AgentProfile(a("alice"), "alice", Organisation.REGION, "PJSIP/desk-7",
                agent("alice", "aides:3").skills());
        AgentProfile teleworking = new AgentProfile(a("alice"), "alice", Organisation.REGION,
                "Local/0612345678@numvert-outbound", moved.skills());

        h.at(3, new AgentConfigured(moved));
        assertThat(status("alice").pauseReason()).isEqualTo(PHONE);
        h.at(4, new AgentConfigured(teleworking));
        assertThat(status("alice").state()).isEqualTo(AgentState.READY);
        h.at(5, new AgentConfigured(moved));
        assertThat(status("alice").pauseReason()).isEqualTo(PHONE);
    }

    @Test
    void anUnreachableAgentDoesNotStaffItsGroup() {
        h.ready(agent("alice", "aides:3"));
        h.at(1, unreachable("alice"));

        assertThat(h.engine.queues.get(EngineHarness.g("aides")).staffed).isZero();
        h.at(2, reachable("alice"));
        assertThat(h.engine.queues.get(EngineHarness.g("aides")).staffed).isEqualTo(1);
    }

    private AgentStatus status(String agent) {
        return h.view().agent(a(agent)).orElseThrow();
    }

    private static DeviceChanged unreachable(String phone) {
        return new DeviceChanged("PJSIP/" + phone, false);
    }

    private static DeviceChanged reachable(String phone) {
        return new DeviceChanged("PJSIP/" + phone, true);
    }
}
