package org.numvert.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.numvert.routing.RoutingFact.AgentProfileChanged;
import org.numvert.routing.RoutingFact.AgentStateChanged;
import org.numvert.routing.RoutingFact.CallAbandoned;
import org.numvert.routing.RoutingFact.CallAnswered;
import org.numvert.routing.RoutingFact.CallCompleted;
import org.numvert.routing.RoutingFact.CallQueued;
import org.numvert.routing.RoutingFact.GroupSettingsChanged;
import org.numvert.routing.RoutingFact.WrapUpDone;

/** The DESIGN.md metric definitions, folded from facts. */
class IntervalStatisticsTest {
    private static final GroupId AIDES = new GroupId("aides");
    private static final AgentId ALICE = new AgentId("alice");
    /** 09:00 Paris, the start of an interval. */
    private static final long T0 = Instant.parse("2025-01-06T08:00:00Z").toEpochMilli();

    private final IntervalStatistics stats = new IntervalStatistics(RoutingEngine.PARIS);

    @Test
    void serviceLevelCountsAbandonsAfterTheShortLimitAndExcludesShortOnes() {
        stats.accept(new GroupSettingsChanged(T0, EngineHarness.group("aides", 20, 30)));
        long[] answeredWaits = {10_000, 20_000, 25_000};
        long[][] abandons = {{3_000, 1}, {15_000, 0}, {40_000, 0}};
        int n = 0;
        for (long wait : answeredWaits) {
            CallId call = new CallId("a" + n++);
            stats.accept(queued(call));
            stats.accept(new CallAnswered(T0 + wait, call, AIDES, ALICE, wait));
        }
        for (long[] abandon : abandons) {
            CallId call = new CallId("b" + n++);
            stats.accept(queued(call));
            stats.accept(new CallAbandoned(T0 + abandon[0], call, AIDES, abandon[0], abandon[1] == 1));
        }

        IntervalFigures f = stats.figures(AIDES, T0, T0 + 900_000, T0 + 60_000);
        assertThat(f.offered()).isEqualTo(6);
        assertThat(f.answeredWithinThreshold()).isEqualTo(2);
        assertThat(f.shortAbandoned()).isEqualTo(1);
        assertThat(f.serviceLevel()).isEqualTo(2.0 / 5);
        assertThat(f.abandonRate()).isEqualTo(2.0 / 5);
        assertThat(f.asaMillis()).isEqualTo((10_000 + 20_000 + 25_000) / 3.0);
        assertThat(f.maxWaitMillis()).isEqualTo(40_000);
        assertThat(stats.figures(null, T0, T0 + 900_000, T0).offered()).isEqualTo(6);
    }

    @Test
    void ahtIsTalkPlusWrapUpOfHandledCalls() {
        CallId call = new CallId("c1");
        stats.accept(new CallCompleted(T0 + 100_000, call, AIDES, ALICE, 90_000, EndedBy.CALLER));
        stats.accept(new WrapUpDone(T0 + 130_000, call, AIDES, ALICE, 30_000, "CODE"));
        stats.accept(new CallCompleted(T0 + 200_000, new CallId("c2"), AIDES, ALICE, 150_000, EndedBy.AGENT));
        stats.accept(new WrapUpDone(T0 + 210_000, new CallId("c2"), AIDES, ALICE, 10_000, null));

        assertThat(stats.figures(AIDES, T0, T0 + 900_000, T0).ahtMillis()).isEqualTo(140_000);
    }

    @Test
    void occupancyIsBusyOverAvailableSplitAcrossIntervals() {
        stats.accept(new AgentProfileChanged(T0, EngineHarness.agent("alice", "aides:3")));
        state(0, AgentState.LOGGED_OUT, AgentState.READY);
        state(600, AgentState.READY, AgentState.ON_CALL);
        state(900, AgentState.ON_CALL, AgentState.WRAP_UP);
        state(930, AgentState.WRAP_UP, AgentState.READY);
        state(1800, AgentState.READY, AgentState.PAUSED);

        List<IntervalFigures> intervals = stats.intervals(AIDES, T0, T0 + 2_700_000, T0 + 2_700_000);
        assertThat(intervals).extracting(IntervalFigures::availableMillis)
                .containsExactly(900_000L, 900_000L, 0L);
        assertThat(intervals).extracting(IntervalFigures::busyMillis)
                .containsExactly(300_000L, 30_000L, 0L);
        assertThat(stats.figures(AIDES, T0, T0 + 2_700_000, T0 + 2_700_000).occupancy())
                .isCloseTo(330.0 / 1800, within(1e-9));
    }

    @Test
    void theCurrentStateCountsUpToNow() {
        stats.accept(new AgentProfileChanged(T0, EngineHarness.agent("alice", "aides:3")));
        state(0, AgentState.LOGGED_OUT, AgentState.ON_CALL);

        IntervalFigures f = stats.figures(AIDES, T0, T0 + 900_000, T0 + 120_000);
        assertThat(f.busyMillis()).isEqualTo(120_000);
        assertThat(f.occupancy()).isEqualTo(1.0);
    }

    @Test
    void daysStartAtMidnightInParisAndTheSpringDayHas92Intervals() {
        long noon = ZonedDateTime.parse("2025-03-30T12:00:00+02:00[Europe/Paris]").toInstant().toEpochMilli();
        long midnight = ZonedDateTime.parse("2025-03-30T00:00:00+01:00[Europe/Paris]").toInstant().toEpochMilli();
        long nextMidnight = ZonedDateTime.parse("2025-03-31T00:00:00+02:00[Europe/Paris]").toInstant().toEpochMilli();

        assertThat(stats.startOfDay(noon)).isEqualTo(midnight);
        assertThat(stats.intervalStart(noon + 14 * 60_000)).isEqualTo(noon);
        assertThat(stats.intervals(AIDES, midnight, nextMidnight, midnight)).hasSize(92);
    }

    @Test
    void refoldingTheEnginesFactLogGivesTheSameFigures() {
        EngineHarness h = new EngineHarness();
        h.with(EngineHarness.group("aides", 20, 30)).ready(EngineHarness.agent("alice", "aides:3"),
                EngineHarness.agent("bob", "aides:2"));
        double t = 0;
        for (int i = 0; i < 60; i++) {
            CallId call = new CallId("c" + i);
            h.at(t += 20, EngineHarness.call("c" + i, "aides"));
            h.at(t += 3, new RoutingEvent.Tick());
            if (i % 4 == 0) {
                h.at(t += 1, new RoutingEvent.CallEnded(call, EndedBy.CALLER));
            } else {
                h.at(t += 1, new RoutingEvent.OfferAnswered(call, offeredTo(h, call)));
                h.at(t += 200, new RoutingEvent.CallEnded(call, EndedBy.CALLER));
            }
        }
        IntervalStatistics refold = new IntervalStatistics(RoutingEngine.PARIS);
        h.all.stream().filter(RoutingFact.class::isInstance).map(RoutingFact.class::cast)
                .forEach(refold::accept);

        long now = h.clock.millis();
        long day = refold.startOfDay(now);
        assertThat(refold.intervals(AIDES, day, now, now))
                .isEqualTo(h.engine.statistics().intervals(AIDES, day, now, now));
        assertThat(refold.figures(AIDES, day, now, now).answered()).isEqualTo(45);
    }

    private static AgentId offeredTo(EngineHarness h, CallId call) {
        List<RoutingFact.CallOffered> offers = new ArrayList<>(EngineHarness.only(h.all, RoutingFact.CallOffered.class));
        return offers.stream().filter(o -> o.call().equals(call)).reduce((a, b) -> b).orElseThrow().agent();
    }

    private void state(int second, AgentState from, AgentState to) {
        stats.accept(new AgentStateChanged(T0 + second * 1000L, ALICE, from, to, null));
    }

    private static CallQueued queued(CallId call) {
        return new CallQueued(T0, call, new HotlineId("entreprises"), AIDES, 0, CallerNumber.withheld(),
                "", List.of());
    }
}
