package org.numvert.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.numvert.routing.RoutingEngine;

/** Report rows follow Europe/Paris hours and days, clock changes included. */
class ReportStepTest {
    @Test
    void theAutumnDayHasTwentyFiveHourRowsAndTheSpringDayTwentyThree() {
        assertThat(hoursOf("2026-10-25")).hasSize(25);
        assertThat(hoursOf("2026-03-29")).hasSize(23);
        assertThat(hoursOf("2026-05-11")).hasSize(24);
        assertThat(hoursOf("2026-10-25")).extracting(start -> start.getHour())
                .startsWith(0, 1, 2, 2, 3);
    }

    @Test
    void rowsStartWhereTheirSpanStarts() {
        long at = Instant.parse("2026-05-11T07:37:12Z").toEpochMilli();
        assertThat(Instant.ofEpochMilli(ReportStep.QUARTER_HOUR.start(at))).isEqualTo(Instant.parse("2026-05-11T07:30:00Z"));
        assertThat(Instant.ofEpochMilli(ReportStep.HOUR.start(at))).isEqualTo(Instant.parse("2026-05-11T07:00:00Z"));
        assertThat(Instant.ofEpochMilli(ReportStep.DAY.start(at))).isEqualTo(Instant.parse("2026-05-10T22:00:00Z"));
        assertThat(ReportStep.parse("1h")).contains(ReportStep.HOUR);
        assertThat(ReportStep.parse("2h")).isEmpty();
    }

    private static List<ZonedDateTime> hoursOf(String day) {
        long start = java.time.LocalDate.parse(day).atStartOfDay(RoutingEngine.PARIS).toInstant().toEpochMilli();
        long end = ReportStep.DAY.next(start);
        List<ZonedDateTime> hours = new ArrayList<>();
        for (long t = start; t < end; t = ReportStep.HOUR.next(t)) {
            hours.add(Instant.ofEpochMilli(t).atZone(RoutingEngine.PARIS));
        }
        return hours;
    }
}
