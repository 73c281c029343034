package org.numvert.ivr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrenchHolidaysTest {
    @ParameterizedTest
    @CsvSource({"1818, 1818-03-22", "2008, 2008-03-23", "2019, 2019-04-21", "2020, 2020-04-12",
            "2021, 2021-04-04", "2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28",
            "2038, 2038-04-25", "2285, 2285-03-22"})
    void easterSunday(int year, LocalDate easter) {
        assertThat(FrenchHolidays.easterSunday(year)).isEqualTo(easter);
    }

    @ParameterizedTest
    @CsvSource({"2020-04-13, 2020-05-21, 2020-06-01", "2024-04-01, 2024-05-09, 2024-05-20",
            "2025-04-21, 2025-05-29, 2025-06-09", "2026-04-06, 2026-05-14, 2026-05-25"})
    void movableHolidaysFollowEaster(LocalDate easterMonday, LocalDate ascension, LocalDate whitMonday) {
        assertThat(FrenchHolidays.on(easterMonday)).contains("Lundi de Pâques");
        assertThat(FrenchHolidays.on(ascension)).contains("Ascension");
        assertThat(FrenchHolidays.on(whitMonday)).contains("Lundi de Pentecôte");
        assertThat(FrenchHolidays.on(easterMonday.minusDays(1))).as("Easter Sunday is not in the list").isEmpty();
    }

    @Test
    void elevenHolidaysAYearWithTheFixedDates() {
        assertThat(FrenchHolidays.of(2026)).hasSize(11).containsKeys(LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 8), LocalDate.of(2026, 7, 14),
                LocalDate.of(2026, 8, 15), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 11),
                LocalDate.of(2026, 12, 25));
        assertThat(FrenchHolidays.on(LocalDate.of(2026, 5, 11))).isEmpty();
        assertThat(FrenchHolidays.between(LocalDate.of(2020, 12, 20), LocalDate.of(2021, 1, 10)))
                .containsExactly(LocalDate.of(2020, 12, 25), LocalDate.of(2021, 1, 1));
    }

    @Test
    void ascensionOnMayDayIsOneDateWithBothNames() {
        assertThat(FrenchHolidays.of(2008)).hasSize(10);
        assertThat(FrenchHolidays.on(LocalDate.of(2008, 5, 1))).contains("Fête du Travail et Ascension");
    }
}
