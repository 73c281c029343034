package org.numvert.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Today's figures restored at start from an earlier run's rows: the engine's figures are then the
 * earlier rows plus what it counts itself, interval by interval.
 */
class RestoredStatisticsTest {
    private static final GroupId AIDES = EngineHarness.g("aides");
    /** 09:00 Paris, the engine's start. */
    private static final long NINE = EngineHarness.START.toEpochMilli();
    private static final long QUARTER = IntervalStatistics.INTERVAL_MILLIS;

    @Test
    void restoredRowsPlusNewTrafficGiveTheSumOfBoth() {
        EngineHarness restored = busyMorning(true);
        EngineHarness reference = busyMorning(false);

        IntervalFigures today = restored.view().today(AIDES);
        IntervalFigures expected = reference.view().today(AIDES).plus(earlier()).plus(current());
        assertThat(today).usingRecursiveComparison().ignoringFields("fromMillis", "toMillis").isEqualTo(expected);
        assertThat(today.offered()).isEqualTo(reference.view().today(AIDES).offered() + 13);
        assertThat(today.maxWaitMillis()).isEqualTo(90_000);
        assertThat(today.serviceLevel()).isNotEqualTo(reference.view().today(AIDES).serviceLevel());
    }

    @Test
    void theCurrentIntervalIsAddedToAndEarlierIntervalsShowTheRecords() {
        EngineHarness restored = busyMorning(true);
        EngineHarness reference = busyMorning(false);

        List<IntervalFigures> intervals = restored.view().intervalsToday(AIDES);
        List<IntervalFigures> before = reference.view().intervalsToday(AIDES);
        int eightThirty = (int) ((NINE - 2 * QUARTER - restored.engine.statistics().startOfDay(NINE)) / QUARTER);
        assertThat(intervals).hasSameSizeAs(before);
        assertThat(intervals.get(eightThirty)).usingRecursiveComparison().isEqualTo(earlier());
        assertThat(intervals.get(eightThirty + 2).offered()).isEqualTo(before.get(eightThirty + 2).offered() + 3);
        assertThat(intervals.get(eightThirty + 2).answered()).isEqualTo(before.get(eightThirty + 2).answered() + 2);
        assertThat(intervals.get(eightThirty + 3)).isEqualTo(before.get(eightThirty + 3));
    }

    @Test
    void rowsOfAnEarlierDayAreLeftOutAndAllGroupsRowsGoToTheTotal() {
        EngineHarness h = new EngineHarness();
        IntervalFigures yesterday = row(AIDES, NINE - 24 * 3_600_000L, 7, 7, 7, 0, 0);
        IntervalFigures total = row(null, NINE - 2 * QUARTER, 10, 8, 6, 1, 1);

        int added = h.engine.restoreStatistics(List.of(yesterday, earlier(), total));

        assertThat(added).isEqualTo(2);
        assertThat(h.view().today(AIDES).offered()).isEqualTo(10);
        assertThat(h.view().todayTotal().offered()).isEqualTo(10);
        assertThat(h.view().todayTotal().availableMillis()).isEqualTo(total.availableMillis());
        assertThat(h.engine.statistics().figures(AIDES, 0, NINE, NINE).offered()).isEqualTo(10);
    }

    /** Two agents, a dozen calls from 09:00 to about 09:40; with or without the earlier rows. */
    private static EngineHarness busyMorning(boolean restore) {
        EngineHarness h = new EngineHarness();
        if (restore) {
            assertThat(h.engine.restoreStatistics(List.of(earlier(), current()))).isEqualTo(2);
        }
        h.with(EngineHarness.group("aides", 20, 30)).ready(EngineHarness.agent("alice", "aides:3"),
                EngineHarness.agent("bob", "aides:2"));
        double t = 0;
        for (int i = 0; i < 12; i++) {
            CallId call = EngineHarness.c("c" + i);
            h.at(t += 30, EngineHarness.call("c" + i, "aides"));
            h.at(t += 3, new RoutingEvent.Tick());
            if (i % 4 == 0) {
                h.at(t += 8, new RoutingEvent.CallEnded(call, EndedBy.CALLER));
            } else {
                h.at(t += 1, new RoutingEvent.OfferAnswered(call, offeredTo(h, call)));
                h.at(t += 150, new RoutingEvent.CallEnded(call, EndedBy.CALLER));
            }
        }
        h.at(t + 60, new RoutingEvent.Tick());
        return h;
    }

    /** The records' row of 08:30–08:45. */
    private static IntervalFigures earlier() {
        return row(AIDES, NINE - 2 * QUARTER, 10, 8, 6, 1, 1);
    }

    /** The records' row of the current interval (09:00–09:15), begun before the restart. */
    private static IntervalFigures current() {
        return row(AIDES, NINE, 3, 2, 1, 0, 0);
    }

    private static IntervalFigures row(GroupId group, long from, long offered, long answered, long within,
            long abandoned, long shortAbandoned) {
        return new IntervalFigures(group, from, from + QUARTER, offered, answered, within, abandoned,
                shortAbandoned, 0, 1, answered * 15_000, 90_000, answered, answered * 120_000,
                answered * 20_000, 600_000, 1_500_000);
    }

    private static AgentId offeredTo(EngineHarness h, CallId call) {
        return EngineHarness.only(h.all, RoutingFact.CallOffered.class).stream()
                .filter(o -> o.call().equals(call)).reduce((a, b) -> b).orElseThrow().agent();
    }
}
