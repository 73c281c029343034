package org.numvert.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.numvert.routing.EngineHarness.a;
import static org.numvert.routing.EngineHarness.agent;
import static org.numvert.routing.EngineHarness.c;
import static org.numvert.routing.EngineHarness.call;
import static org.numvert.routing.EngineHarness.g;
import static org.numvert.routing.EngineHarness.group;
import static org.numvert.routing.EngineHarness.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.numvert.routing.RoutingEvent.AgentLoggedIn;
import org.numvert.routing.RoutingEvent.CallEnded;
import org.numvert.routing.RoutingEvent.CallbackRequested;
import org.numvert.routing.RoutingEvent.OfferAnswered;
import org.numvert.routing.RoutingEvent.Tick;
import org.numvert.routing.RoutingEvent.WrapUpEnded;
import org.numvert.routing.RoutingFact.AgentStateChanged;
import org.numvert.routing.RoutingFact.CallAbandoned;
import org.numvert.routing.RoutingFact.CallAnswered;
import org.numvert.routing.RoutingFact.CallOverflowed;
import org.numvert.routing.RoutingFact.CallQueued;
import org.numvert.routing.RoutingFact.CallbackQueued;
import org.numvert.routing.RoutingFact.CallbackStarted;
import org.numvert.routing.RoutingFact.EventIgnored;
import org.numvert.routing.RoutingFact.OfferMissed;
import org.numvert.routing.RoutingFact.WrapUpCoded;
import org.numvert.routing.RoutingFact.WrapUpDone;

/** The facts the engine states, which records and figures are folded from. */
class EngineFactsTest {
    private final EngineHarness h = new EngineHarness().with(group("aides", 20, 30),
            group("accueil", 20, 10));

    @Test
    void loggingInPausesNotReadyAndAnUnansweredOfferPausesNoAnswer() {
        h.send(new RoutingEvent.AgentConfigured(agent("alice", "aides:3")));
        List<RoutingOutput> login = h.send(new AgentLoggedIn(a("alice")));
        assertThat(only(login, AgentStateChanged.class)).containsExactly(new AgentStateChanged(
                h.clock.millis(), a("alice"), AgentState.LOGGED_OUT, AgentState.PAUSED, PauseReason.NOT_READY));

        h.at(1, new RoutingEvent.AgentReady(a("alice")));
        h.at(2, call("c1", "aides"));
        List<RoutingOutput> timeout = h.at(17, new Tick());

        assertThat(only(timeout, OfferMissed.class)).extracting(OfferMissed::reason).containsExactly("TIMEOUT");
        AgentStatus alice = h.view().agent(a("alice")).orElseThrow();
        assertThat(alice.state()).isEqualTo(AgentState.PAUSED);
        assertThat(alice.pauseReason()).isEqualTo(PauseReason.NO_ANSWER);
        h.at(47, new Tick());
        assertThat(h.view().agent(a("alice")).orElseThrow().timeInStateMillis()).isEqualTo(30_000);
        assertThat(h.view().call(c("c1")).orElseThrow().phase()).isEqualTo(CallPhase.WAITING);
    }

    @Test
    void aHangUpWithinFiveSecondsIsAShortAbandon() {
        h.at(0, call("c1", "aides"));
        h.at(0, call("c2", "aides"));
        List<RoutingOutput> early = h.at(5, new CallEnded(c("c1"), EndedBy.CALLER));
        List<RoutingOutput> late = h.at(5.001, new CallEnded(c("c2"), EndedBy.CALLER));

        assertThat(only(early, CallAbandoned.class).get(0).shortAbandon()).isTrue();
        assertThat(only(late, CallAbandoned.class).get(0).shortAbandon()).isFalse();
        assertThat(h.view().today(g("aides")).shortAbandoned()).isEqualTo(1);
    }

    @Test
    void aMoveToAnotherGroupCountsOnBothSidesAndTheWaitFromTheFirstEntry() {
        SkillGroup limited = new SkillGroup(g("aides"), EngineHarness.HOTLINE, "aides", 20, 30, 30, 0,
                true, List.of(Organisation.REGION), List.of());
        h.with(limited);
        h.at(0, call("c1", "aides", 0, new OverflowAction.ToGroup(g("accueil"))));
        List<RoutingOutput> moved = h.at(30, new Tick());
        h.ready(agent("acc", "accueil:2"));
        List<RoutingOutput> answered = h.at(45, new OfferAnswered(c("c1"), a("acc")));

        assertThat(only(moved, CallOverflowed.class)).extracting(CallOverflowed::group).containsExactly(g("aides"));
        assertThat(only(moved, CallQueued.class)).extracting(CallQueued::group).containsExactly(g("accueil"));
        assertThat(only(answered, CallAnswered.class).get(0).waitMillis()).isEqualTo(45_000);
        assertThat(h.view().today(g("aides")).overflowed()).isEqualTo(1);
        assertThat(h.view().today(g("accueil")).offered()).isEqualTo(1);
    }

    @Test
    void aCallbackLeavesTheQueueAsAnOverflowAndIsStartedLater() {
        h.at(0, call("c1", "aides"));
        List<RoutingOutput> requested = h.at(40, new CallbackRequested(c("c1"), CallerNumber.of("0561000000")));
        h.ready(agent("alice", "aides:3"));
        List<RoutingOutput> started = h.at(50, new OfferAnswered(c("c1-cb"), a("alice")));

        assertThat(only(requested, CallOverflowed.class).get(0).action())
                .isEqualTo(new OverflowAction.CallbackOffer());
        assertThat(only(requested, CallbackQueued.class).get(0).callback()).isEqualTo(c("c1-cb"));
        assertThat(only(started, CallbackStarted.class)).hasSize(1);
        assertThat(only(started, CallAnswered.class)).isEmpty();
        assertThat(h.view().today(g("aides"))).extracting(IntervalFigures::answered,
                IntervalFigures::overflowed, IntervalFigures::callbacksRequested).containsExactly(0L, 1L, 1L);
    }

    @Test
    void aWrapUpCodeGivenAfterTheWrapUpStillReachesItsCall() {
        h.ready(agent("alice", "aides:3"));
        h.at(0, call("c1", "aides"));
        h.at(1, new OfferAnswered(c("c1"), a("alice")));
        h.at(60, new CallEnded(c("c1"), EndedBy.AGENT));
        List<RoutingOutput> timedOut = h.at(90, new Tick());
        List<RoutingOutput> late = h.at(95, new WrapUpEnded(a("alice"), "AIDE-REGIONALE"));

        assertThat(only(timedOut, WrapUpDone.class)).extracting(WrapUpDone::wrapUpMillis, WrapUpDone::wrapUpCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(30_000L, null));
        assertThat(only(late, WrapUpCoded.class)).containsExactly(
                new WrapUpCoded(h.clock.millis(), c("c1"), a("alice"), "AIDE-REGIONALE"));
    }

    @Test
    void eventsThatDoNotFitAreIgnoredVisibly() {
        List<RoutingOutput> unknown = h.send(new AgentLoggedIn(a("ghost")));
        List<RoutingOutput> stale = h.send(new OfferAnswered(c("nope"), a("ghost")));
        List<RoutingOutput> notQueued = h.send(new CallEnded(c("ivr-only"), EndedBy.CALLER));

        assertThat(only(unknown, EventIgnored.class)).extracting(EventIgnored::reason)
                .containsExactly("unknown agent (configure it first)");
        assertThat(only(stale, EventIgnored.class)).hasSize(1);
        assertThat(notQueued).isEmpty();
    }

    @Test
    void aCallForAnUnknownGroupCreatesItWithDefaults() {
        h.at(0, call("c1", "nouveau"));

        assertThat(h.view().group(g("nouveau")).orElseThrow().slTargetSeconds()).isEqualTo(20);
        assertThat(h.view().queue(g("nouveau"))).extracting(CallStatus::call).containsExactly(c("c1"));
    }
}
