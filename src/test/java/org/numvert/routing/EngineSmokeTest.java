package org.numvert.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.numvert.routing.EngineHarness.*;

import org.junit.jupiter.api.Test;
import org.numvert.routing.RoutingCommand.OfferCall;

class EngineSmokeTest {
    @Test
    void aCallGoesToTheReadyAgent() {
        EngineHarness h = new EngineHarness().with(group("aides", 20, 30)).ready(agent("alice", "aides:3"));
        var out = h.at(1, call("c1", "aides"));
        assertThat(commands(out)).containsExactly(new OfferCall(c("c1"), a("alice"), "PJSIP/alice", 15));
        h.at(3, new RoutingEvent.OfferAnswered(c("c1"), a("alice")));
        h.at(60, new RoutingEvent.CallEnded(c("c1"), EndedBy.CALLER));
        assertThat(h.view().agent(a("alice")).orElseThrow().state()).isEqualTo(AgentState.WRAP_UP);
        h.at(90, new RoutingEvent.Tick());
        assertThat(h.view().agent(a("alice")).orElseThrow().state()).isEqualTo(AgentState.READY);
        IntervalFigures today = h.view().today(g("aides"));
        assertThat(today.offered()).isEqualTo(1);
        assertThat(today.answered()).isEqualTo(1);
        assertThat(today.serviceLevel()).isEqualTo(1.0);
        assertThat(today.ahtMillis()).isEqualTo(87_000);
    }
}
