package org.numvert.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.numvert.routing.EngineHarness.a;
import static org.numvert.routing.EngineHarness.agent;
import static org.numvert.routing.EngineHarness.c;
import static org.numvert.routing.EngineHarness.call;
import static org.numvert.routing.EngineHarness.g;
import static org.numvert.routing.EngineHarness.group;

import org.junit.jupiter.api.Test;
import org.numvert.routing.RoutingEvent.CallEnded;
import org.numvert.routing.RoutingEvent.OfferAnswered;
import org.numvert.routing.RoutingEvent.Tick;
import org.numvert.routing.RoutingEvent.WrapUpEnded;

/** Live figures, queue positions and wait estimates, as the wallboard and announcements read them. */
class RoutingViewTest {
    private final EngineHarness h = new EngineHarness().with(group("aides", 20, 20));

    /** Two agents busy since second 0 on calls that, as before, last 100 s plus 20 s of wrap-up. */
    private void twoBusyAgentsWithAHistoryOf120SecondCalls() {
        h.ready(agent("alice", "aides:3"), agent("bob", "aides:3"));
        double t = 0;
        for (int i = 0; i < 2; i++) {
            h.at(t, call("h" + i + "a", "aides"));
            h.at(t, call("h" + i + "b", "aides"));
            h.at(t, new OfferAnswered(c("h" + i + "a"), a("alice")));
            h.at(t, new OfferAnswered(c("h" + i + "b"), a("bob")));
            h.at(t += 100, new CallEnded(c("h" + i + "a"), EndedBy.CALLER));
            h.at(t, new CallEnded(c("h" + i + "b"), EndedBy.CALLER));
            h.at(t += 20, new Tick());
        }
        h.at(t, call("busy1", "aides"));
        h.at(t, call("busy2", "aides"));
        h.at(t, new OfferAnswered(c("busy1"), a("alice")));
        h.at(t, new OfferAnswered(c("busy2"), a("bob")));
    }

    @Test
    void positionsAndEstimatesFollowTheQueueAndTheStaffing() {
        twoBusyAgentsWithAHistoryOf120SecondCalls();
        h.at(240, call("w1", "aides"));
        h.at(250, call("w2", "aides"));
        h.at(260, call("w3", "aides"));

        assertThat(h.view().queue(g("aides"))).extracting(CallStatus::call, CallStatus::position)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(c("w1"), 1),
                        org.assertj.core.groups.Tuple.tuple(c("w2"), 2),
                        org.assertj.core.groups.Tuple.tuple(c("w3"), 3));
        // each agent frees up 100 s of talk + 20 s of wrap-up after its start (at 240 s): w1 and
        // w2 at 360 s, w3 one handle time (120 s) later
        assertThat(h.view().call(c("w1")).orElseThrow().estimatedWaitMillis()).isEqualTo(100_000);
        assertThat(h.view().call(c("w2")).orElseThrow().estimatedWaitMillis()).isEqualTo(100_000);
        assertThat(h.view().call(c("w3")).orElseThrow().estimatedWaitMillis()).isEqualTo(220_000);
        assertThat(h.view().estimatedWaitMillis(g("aides"), 0)).isEqualTo(220_000);
        assertThat(h.view().estimatedWaitMillis(g("aides"), 5)).isEqualTo(100_000);
    }

    @Test
    void anAgentInWrapUpIsCountedForWhatIsLeftOfIt() {
        twoBusyAgentsWithAHistoryOf120SecondCalls();
        h.at(300, new CallEnded(c("busy1"), EndedBy.CALLER));
        h.at(305, new CallEnded(c("busy2"), EndedBy.CALLER));
        h.at(310, call("w1", "aides"));

        assertThat(h.view().call(c("w1")).orElseThrow().estimatedWaitMillis()).isEqualTo(10_000);
        h.at(311, new WrapUpEnded(a("alice"), null));
        assertThat(h.view().call(c("w1")).orElseThrow().phase()).isEqualTo(CallPhase.RINGING);
    }

    @Test
    void groupFiguresShowTheQueueAndTheAgentsByState() {
        twoBusyAgentsWithAHistoryOf120SecondCalls();
        h.send(new RoutingEvent.AgentConfigured(agent("carol", "aides:1")));
        h.at(250, call("w1", "aides"));
        h.at(255, call("w2", "aides"));

        GroupFigures figures = h.view().figures(g("aides")).orElseThrow();
        assertThat(figures.waiting()).isEqualTo(2);
        assertThat(figures.longestWaitMillis()).isEqualTo(5_000);
        assertThat(figures.agentsByState()).containsEntry(AgentState.ON_CALL, 2)
                .containsEntry(AgentState.LOGGED_OUT, 1).containsEntry(AgentState.READY, 0);
        assertThat(figures.today().answered()).isEqualTo(6);
        assertThat(h.view().intervalsToday(g("aides"))).hasSize(37);
    }

    @Test
    void nobodyStaffingMeansNoEstimate() {
        h.at(0, call("w1", "aides"));

        assertThat(h.view().estimatedWaitMillis(g("aides"), 0)).isEqualTo(-1);
        assertThat(h.view().estimatedWaitMillis(g("inconnu"), 0)).isEqualTo(-1);
    }
}
