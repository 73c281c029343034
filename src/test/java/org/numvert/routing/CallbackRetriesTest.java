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
import org.numvert.routing.RoutingCommand.StartCallback;
import org.numvert.routing.RoutingEvent.CallEnded;
import org.numvert.routing.RoutingEvent.CallbackFailed;
import org.numvert.routing.RoutingEvent.CallEntered;
import org.numvert.routing.RoutingEvent.CallbackRequested;
import org.numvert.routing.RoutingEvent.OfferAnswered;
import org.numvert.routing.RoutingEvent.Tick;
import org.numvert.routing.RoutingFact.CallCompleted;
import org.numvert.routing.RoutingFact.CallbackRetried;
import org.numvert.routing.RoutingFact.CallbackStarted;
import org.numvert.routing.RoutingFact.EventIgnored;
import org.numvert.routing.RoutingFact.WrapUpDone;

/** A callback whose customer could not be reached: agent released, task retried, then given up. */
class CallbackRetriesTest {
    private static final CallerNumber NUMBER = CallerNumber.of("0561000000");
    private static final CallId TASK = c("c1-cb");

    private final EngineHarness h = new EngineHarness().with(group("aides", 20, 30));

    /** c1 asks for a callback at 10 s; alice takes the task and answers at 12 s. */
    private void callbackInConversation() {
        h.at(0, call("c1", "aides"));
        h.at(10, new CallbackRequested(c("c1"), NUMBER));
        h.ready(agent("alice", "aides:3"));
        h.at(12, new OfferAnswered(TASK, a("alice")));
    }

    @Test
    void aBusyCustomerReleasesTheAgentLikeAnyEndAndTheTaskComesBackAfterTheRetryDelay() {
        callbackInConversation();

        List<RoutingOutput> failed = h.at(40, new CallbackFailed(TASK, "BUSY"));

        RoutingFact.CallbackFailed fact = only(failed, RoutingFact.CallbackFailed.class).get(0);
        assertThat(fact).extracting(RoutingFact.CallbackFailed::reason, RoutingFact.CallbackFailed::attempt,
                RoutingFact.CallbackFailed::givenUp).containsExactly("BUSY", 1, false);
        assertThat(fact.retryAtMillis()).isEqualTo(h.clock.millis() + 600_000);
        assertThat(only(failed, CallCompleted.class)).extracting(CallCompleted::talkMillis).containsExactly(28_000L);
        assertThat(h.view().agent(a("alice")).orElseThrow().state()).isEqualTo(AgentState.WRAP_UP);
        assertThat(h.view().figures(g("aides")).orElseThrow())
                .extracting(GroupFigures::callbacksWaiting, GroupFigures::callbacksToRetry).containsExactly(0, 1);
        assertThat(h.engine.nextDeadlineMillis()).isEqualTo(h.clock.millis() + 30_000);

        List<RoutingOutput> wrappedUp = h.at(70, new Tick());
        List<RoutingOutput> early = h.at(639, new Tick());
        List<RoutingOutput> retried = h.at(640, new Tick());

        assertThat(only(wrappedUp, WrapUpDone.class)).extracting(WrapUpDone::call).containsExactly(TASK);
        assertThat(early).isEmpty();
        assertThat(only(retried, CallbackRetried.class)).containsExactly(
                new CallbackRetried(h.clock.millis(), TASK, g("aides"), 2));
        assertThat(EngineHarness.commands(retried)).containsExactly(
                new StartCallback(TASK, a("alice"), "PJSIP/alice", NUMBER, 15));
        assertThat(h.view().figures(g("aides")).orElseThrow().callbacksToRetry()).isZero();
    }

    @Test
    void theTaskIsGivenUpAfterItsLastAttemptAndTheAgentGoesOn() {
        callbackInConversation();
        double t = 40;
        List<RoutingOutput> last = List.of();
        for (int attempt = 1; attempt <= 3; attempt++) {
            last = h.at(t, new CallbackFailed(TASK, "NOANSWER"));
            h.at(t + 30, new Tick());
            h.at(t + 630, new Tick());
            h.at(t + 631, new OfferAnswered(TASK, a("alice")));
            t += 700;
        }

        RoutingFact.CallbackFailed fact = only(last, RoutingFact.CallbackFailed.class).get(0);
        assertThat(fact.attempt()).isEqualTo(3);
        assertThat(fact.givenUp()).isTrue();
        assertThat(only(h.all, CallbackRetried.class)).extracting(CallbackRetried::attempt).containsExactly(2, 3);
        assertThat(only(h.all, StartCallback.class)).hasSize(3);
        assertThat(only(h.all, EventIgnored.class)).extracting(e -> e.event())
                .containsExactly(new OfferAnswered(TASK, a("alice")));
        assertThat(h.engine.nextDeadlineMillis()).isEqualTo(Long.MAX_VALUE);
        assertThat(h.view().agent(a("alice")).orElseThrow().state()).isEqualTo(AgentState.READY);
        assertThat(h.view().calls()).isEmpty();
    }

    @Test
    void aSecondAttemptThatReachesTheCustomerEndsAsAnyCallback() {
        callbackInConversation();
        h.at(40, new CallbackFailed(TASK, "BUSY"));
        h.at(70, new Tick());
        h.at(640, new Tick());

        List<RoutingOutput> started = h.at(645, new OfferAnswered(TASK, a("alice")));
        List<RoutingOutput> ended = h.at(700, new CallEnded(TASK, EndedBy.AGENT));

        assertThat(only(started, CallbackStarted.class)).extracting(CallbackStarted::waitMillis).containsExactly(5_000L);
        assertThat(only(ended, CallCompleted.class)).extracting(CallCompleted::talkMillis).containsExactly(55_000L);
        assertThat(h.view().agent(a("alice")).orElseThrow().state()).isEqualTo(AgentState.WRAP_UP);
    }

    @Test
    void aTaskRetriedWhileItsLastAgentIsStillInWrapUpIsNotTakenAwayByThatWrapUp() {
        EngineHarness quick = new EngineHarness(RoutingPolicy.GLOBAL, new RoutingSettings(15, 5, 2, 0))
                .with(group("aides", 20, 30));
        quick.at(0, call("c1", "aides"));
        quick.at(10, new CallbackRequested(c("c1"), NUMBER));
        quick.ready(agent("alice", "aides:3"));
        quick.at(12, new OfferAnswered(TASK, a("alice")));

        quick.at(40, new CallbackFailed(TASK, "BUSY"));
        List<RoutingOutput> retried = quick.at(41, new Tick());
        quick.ready(agent("bob", "aides:3"));
        quick.at(42, new OfferAnswered(TASK, a("bob")));
        List<RoutingOutput> wrappedUp = quick.at(71, new Tick());

        assertThat(only(retried, CallbackRetried.class)).hasSize(1);
        assertThat(only(wrappedUp, WrapUpDone.class)).extracting(WrapUpDone::agent).containsExactly(a("alice"));
        assertThat(quick.view().call(TASK).orElseThrow()).extracting(CallStatus::phase, CallStatus::agent)
                .containsExactly(CallPhase.TALKING, a("bob"));
        assertThat(only(quick.all, StartCallback.class)).extracting(StartCallback::agent)
                .containsExactly(a("alice"), a("bob"));
    }

    @Test
    void aFailureForACallbackNotInConversationIsIgnored() {
        h.at(0, call("c1", "aides"));
        h.at(10, new CallbackRequested(c("c1"), NUMBER));

        List<RoutingOutput> out = h.at(20, new CallbackFailed(TASK, "BUSY"));

        assertThat(only(out, EventIgnored.class)).hasSize(1);
        assertThat(only(out, RoutingFact.CallbackFailed.class)).isEmpty();
        assertThat(h.view().figures(g("aides")).orElseThrow().callbacksWaiting()).isEqualTo(1);
    }

    @Test
    void aCallerWithoutANumberCannotBePromisedACallbackAndKeepsItsPlace() {
        h.at(0, new CallEntered(c("c1"), EngineHarness.HOTLINE, g("aides"), 0, CallerNumber.withheld(),
                "topic", List.of("1"), new OverflowAction.None()));

        List<RoutingOutput> out = h.at(10, new CallbackRequested(c("c1"), CallerNumber.withheld()));

        assertThat(only(out, EventIgnored.class)).extracting(EventIgnored::reason)
                .containsExactly("no number to call back");
        assertThat(h.view().figures(g("aides")).orElseThrow().callbacksWaiting()).isZero();
        assertThat(h.view().figures(g("aides")).orElseThrow().waiting()).isEqualTo(1);
        h.at(11, new CallbackRequested(c("c1"), NUMBER));
        assertThat(h.view().figures(g("aides")).orElseThrow().callbacksWaiting()).as("a typed number will do")
                .isEqualTo(1);
    }
}
