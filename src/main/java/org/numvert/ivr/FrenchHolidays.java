package org.numvert.ivr;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The eleven French public holidays (Code du travail, art. L3133-1) of any year: eight fixed dates
 * and three that follow Easter (Easter Monday, Ascension Thursday, Whit Monday). Easter Sunday is
 * computed with the anonymous Gregorian computus (Meeus/Jones/Butcher), valid for every year of
 * the Gregorian calendar. The Alsace-Moselle extra days do not apply to the Region.
 *
 * <p>Thread-safe; years are computed once and cached.
 */
public final class FrenchHolidays {
    private static final Map<Integer, Map<LocalDate, String>> BY_YEAR = new ConcurrentHashMap<>();

    private FrenchHolidays() {
    }

    /** The holiday's French name on {@code date}, if it is one. */
    public static Optional<String> on(LocalDate date) {
        return Optional.ofNullable(of(date.getYear()).get(date));
    }

    /** The holidays of {@code year}, by date, in date order. */
    public static Map<LocalDate, String> of(int year) {
        return BY_YEAR.computeIfAbsent(year, FrenchHolidays::compute);
    }

    /** Easter Sunday of {@code year} (Gregorian calendar). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** Every holiday between two dates inclusive, in date order. */
    public static List<LocalDate> between(LocalDate from, LocalDate to) {
        List<LocalDate> dates = new ArrayList<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            of(year).keySet().stream().filter(d -> !d.isBefore(from) && !d.isAfter(to)).forEach(dates::add);
        }
        return dates;
    }

    private static Map<LocalDate, String> compute(int year) {
        LocalDate easter = easterSunday(year);
        Map<LocalDate, String> days = new TreeMap<>();
        add(days, LocalDate.of(year, Month.JANUARY, 1), "Jour de l'an");
        add(days, easter.plusDays(1), "Lundi de Pâques");
        add(days, LocalDate.of(year, Month.MAY, 1), "Fête du Travail");
        add(days, LocalDate.of(year, Month.MAY, 8), "Victoire 1945");
        add(days, easter.plusDays(39), "Ascension");
        add(days, easter.plusDays(50), "Lundi de Pentecôte");
        add(days, LocalDate.of(year, Month.JULY, 14), "Fête nationale");
        add(days, LocalDate.of(year, Month.AUGUST, 15), "Assomption");
        add(days, LocalDate.of(year, Month.NOVEMBER, 1), "Toussaint");
        add(days, LocalDate.of(year, Month.NOVEMBER, 11), "Armistice 1918");
        add(days, LocalDate.of(year, Month.DECEMBER, 25), "Noël");
        return Collections.unmodifiableMap(days);
    }

    /** Ascension falls on 1 May or 8 May in some years (2008, 2059 …): one date, both names. */
    private static void add(Map<LocalDate, String> days, LocalDate date, String name) {
        days.merge(date, name, (first, second) -> first + " et " + second);
    }
}
