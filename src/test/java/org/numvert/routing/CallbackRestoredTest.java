package org.numvert.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.numvert.routing.EngineHarness.HOTLINE;
import static org.numvert.routing.EngineHarness.a;
import static org.numvert.routing.EngineHarness.agent;
import static org.numvert.routing.EngineHarness.c;
import static org.numvert.routing.EngineHarness.call;
import static org.numvert.routing.EngineHarness.g;
import static org.numvert.routing.EngineHarness.group;
import static org.numvert.routing.EngineHarness.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.numvert.routing.RoutingCommand.OfferCall;
import org.numvert.routing.RoutingCommand.StartCallback;
import org.numvert.routing.RoutingEvent.CallbackRestored;
import org.numvert.routing.RoutingEvent.Tick;
import org.numvert.routing.RoutingFact.CallbackRetried;
import org.numvert.routing.RoutingFact.EventIgnored;

/** Callback tasks of an earlier run given back at start: queued, waiting for a retry, or given up. */
class CallbackRestoredTest {
    private static final CallerNumber NUMBER = CallerNumber.of("0561000000");
    private static final CallId TASK = c("old-7-cb");
    private static final long HOUR = 3_600_000L;

    private final EngineHarness h = new EngineHarness().with(group("aides", 20, 30));

    private CallbackRestored restored(int attemptsMade, long retryAtMillis, long requestedAtMillis) {
        return new CallbackRestored(TASK, HOTLINE, g("aides"), NUMBER, "impots", attemptsMade, retryAtMillis,
                requestedAtMillis);
    }

    @Test
    void aQueuedTaskComesBackInItsGroupAfterTheCallersOnHoldWithItsIdAndAttempts() {
        h.at(0, call("c1", "aides"));
        long now = h.clock.millis();

        List<RoutingOutput> out = h.at(1, restored(1, 0, now - 2 * HOUR));

        assertThat(only(out, RoutingFact.CallbackRestored.class)).containsExactly(new RoutingFact.CallbackRestored(
                h.clock.millis(), TASK, HOTLINE, g("aides"), NUMBER, "impots", 1, 0, now - 2 * HOUR, null));
        assertThat(h.view().figures(g("aides")).orElseThrow())
                .extracting(GroupFigures::waiting, GroupFigures::callbacksWaiting).containsExactly(1, 1);

        List<RoutingOutput> first = h.send(new RoutingEvent.AgentConfigured(agent("alice", "aides:3")));
        h.send(new RoutingEvent.AgentLoggedIn(a("alice")));
        first = h.send(new RoutingEvent.AgentReady(a("alice")));
        assertThat(EngineHarness.commands(first)).singleElement().isInstanceOf(OfferCall.class);

        h.at(2, new RoutingEvent.OfferAnswered(c("c1"), a("alice")));
        h.at(5, new RoutingEvent.CallEnded(c("c1"), EndedBy.CALLER));
        List<RoutingOutput> afterWrapUp = h.at(36, new Tick());
        assertThat(EngineHarness.commands(afterWrapUp)).containsExactly(
                new StartCallback(TASK, a("alice"), "PJSIP/alice", NUMBER, 15));

        h.at(38, new RoutingEvent.OfferAnswered(TASK, a("alice")));
        List<RoutingOutput> failed = h.at(40, new RoutingEvent.CallbackFailed(TASK, "BUSY"));
        assertThat(only(failed, RoutingFact.CallbackFailed.class)).extracting(RoutingFact.CallbackFailed::attempt)
                .containsExactly(2);
    }

    @Test
    void aTaskWaitingForItsRetryWaitsUntilItsTimeThenComesBackAsTheNextAttempt() {
        h.ready(agent("alice", "aides:3"));
        long retryAt = h.clock.millis() + 60_000;

        List<RoutingOutput> out = h.at(0, restored(1, retryAt, h.clock.millis() - HOUR));

        assertThat(EngineHarness.commands(out)).isEmpty();
        assertThat(only(out, RoutingFact.CallbackRestored.class)).extracting(RoutingFact.CallbackRestored::retryAtMillis)
                .containsExactly(retryAt);
        assertThat(h.view().figures(g("aides")).orElseThrow())
                .extracting(GroupFigures::callbacksWaiting, GroupFigures::callbacksToRetry).containsExactly(0, 1);
        assertThat(h.engine.nextDeadlineMillis()).isEqualTo(retryAt);

        List<RoutingOutput> retried = h.at(60, new Tick());

        assertThat(only(retried, CallbackRetried.class)).containsExactly(
                new CallbackRetried(retryAt, TASK, g("aides"), 2));
        assertThat(EngineHarness.commands(retried)).containsExactly(
                new StartCallback(TASK, a("alice"), "PJSIP/alice", NUMBER, 15));
    }

    @Test
    void aRetryTimePassedDuringTheStopMakesTheTaskDueAtOnce() {
        h.at(100, new Tick());

        h.send(restored(1, EngineHarness.START.toEpochMilli(), EngineHarness.START.toEpochMilli() - HOUR));

        assertThat(h.view().figures(g("aides")).orElseThrow())
                .extracting(GroupFigures::callbacksWaiting, GroupFigures::callbacksToRetry).containsExactly(1, 0);
    }

    @Test
    void aTaskAskedForLongerAgoThanTheLimitOrWithoutNumberIsGivenUpWithItsReason() {
        long now = h.clock.millis();

        List<RoutingOutput> old = h.at(0, restored(0, 0, now - 25 * HOUR));
        List<RoutingOutput> noNumber = h.send(new CallbackRestored(c("x-cb"), HOTLINE, g("aides"),
                CallerNumber.withheld(), "", 0, 0, now));

        assertThat(only(old, RoutingFact.CallbackRestored.class)).extracting(RoutingFact.CallbackRestored::givenUp)
                .containsExactly("EXPIRED");
        assertThat(only(noNumber, RoutingFact.CallbackRestored.class))
                .extracting(RoutingFact.CallbackRestored::givenUp).containsExactly("NO_NUMBER");
        assertThat(h.view().figures(g("aides")).orElseThrow())
                .extracting(GroupFigures::callbacksWaiting, GroupFigures::callbacksToRetry).containsExactly(0, 0);
    }

    @Test
    void theLimitIsASetting() {
        EngineHarness shortLimit = new EngineHarness(RoutingPolicy.GLOBAL, new RoutingSettings(15, 5, 3, 600, 1))
                .with(group("aides", 20, 30));

        List<RoutingOutput> out = shortLimit.send(restored(0, 0, shortLimit.clock.millis() - 2 * HOUR));

        assertThat(only(out, RoutingFact.CallbackRestored.class)).extracting(RoutingFact.CallbackRestored::givenUp)
                .containsExactly("EXPIRED");
    }

    @Test
    void aTaskAlreadyInTheEngineIsNotRestoredTwice() {
        h.at(0, restored(0, 0, h.clock.millis()));

        List<RoutingOutput> again = h.send(restored(0, 0, h.clock.millis()));

        assertThat(only(again, EventIgnored.class)).extracting(EventIgnored::reason)
                .containsExactly("call already known");
        assertThat(h.view().figures(g("aides")).orElseThrow().callbacksWaiting()).isEqualTo(1);
    }
}
