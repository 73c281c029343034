package org.numvert.ivr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The real scripts' hours, read in Europe/Paris. */
class OpeningHoursTest {
    private static OpeningHours hours(String hotline) {
        return RealScripts.LIBRARY.script(hotline).orElseThrow().hours();
    }

    @ParameterizedTest(name = "entreprises at {0}: {1}")
    @CsvSource({
            "2026-05-11T08:29, CLOSED", "2026-05-11T08:30, OPEN", "2026-05-11T17:59, OPEN", "2026-05-11T18:00, CLOSED",
            "2026-05-16T11:00, OPEN", "2026-05-16T12:00, CLOSED", "2026-05-17T10:00, CLOSED",
            "2026-05-14T10:00, PUBLIC_HOLIDAY", "2026-05-15T10:00, EXCEPTIONAL_CLOSURE",
            "2026-04-06T10:00, OPEN", "2026-04-06T14:00, PUBLIC_HOLIDAY", "2020-04-13T16:00, OPEN"})
    void entreprises(String local, HoursStatus.Kind expected) {
        assertThat(hours("entreprises").status(RealScripts.at(local)).kind()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "formation at {0}: {1}")
    @CsvSource({"2026-05-11T12:45, CLOSED", "2026-05-11T13:30, OPEN", "2026-12-28T10:00, EXCEPTIONAL_CLOSURE",
            "2027-01-04T10:00, OPEN", "2026-05-25T10:00, PUBLIC_HOLIDAY"})
    void formation(String local, HoursStatus.Kind expected) {
        assertThat(hours("formation").status(RealScripts.at(local)).kind()).isEqualTo(expected);
    }

    @Test
    void transportAnswersOnPublicHolidaysAtTheWeekdayHours() {
        assertThat(hours("transport").status(RealScripts.at("2026-05-14T10:00")).isOpen()).isTrue();
        assertThat(hours("transport").status(RealScripts.at("2026-05-14T21:00")).isOpen()).isFalse();
    }

    @Test
    void theReasonIsTheHolidayOrTheClosure() {
        assertThat(hours("entreprises").status(RealScripts.at("2026-05-14T10:00")).reason()).isEqualTo("Ascension");
        assertThat(hours("entreprises").status(RealScripts.at("2026-05-15T10:00")).reason()).isEqualTo("pont de l'Ascension");
    }

    @Test
    void daylightSavingTimeIsFollowed() {
        // 2026-03-29: clocks go from 02:00 to 03:00 in Paris; 07:00 UTC is then 09:00 local.
        OpeningHours transport = hours("transport");
        assertThat(transport.status(java.time.Instant.parse("2026-03-28T07:30:00Z")).isOpen()).as("08:30 CET").isTrue();
        assertThat(transport.status(java.time.Instant.parse("2026-03-29T07:30:00Z")).isOpen()).as("09:30 CEST").isTrue();
        assertThat(transport.status(java.time.Instant.parse("2026-03-29T06:30:00Z")).isOpen()).as("08:30 CEST").isFalse();
    }

    @Test
    void noHoursMeansAlwaysOpen() {
        assertThat(OpeningHours.ALWAYS.status(RealScripts.at("2026-12-25T03:00")).isOpen()).isTrue();
    }
}
