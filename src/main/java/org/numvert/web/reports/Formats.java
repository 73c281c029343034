package org.numvert.web.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.numvert.routing.CallerNumber;
import org.numvert.store.CallerColumns;

/** How report values are written: times in Europe/Paris with their offset, rounded figures, masked callers. */
final class Formats {
    private Formats() {
    }

    /** ISO-8601 with the Europe/Paris offset, to the second ({@code 2026-05-11T09:00:00+02:00}); null stays null. */
    static String iso(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME
                .format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(ReportParams.ZONE).toOffsetDateTime());
    }

    static String iso(long epochMillis) {
        return iso(Instant.ofEpochMilli(epochMillis));
    }

    /** Milliseconds as seconds with one decimal; null when undefined (NaN). */
    static Double seconds(double millis) {
        return Double.isNaN(millis) ? null : round(millis / 1000, 1);
    }

    /** A ratio (0 to 1) with four decimals; null when undefined (NaN). */
    static Double ratio(double value) {
        return Double.isNaN(value) ? null : round(value, 4);
    }

    private static double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }

    /** The caller as shown: masked number, or what became of it. */
    static String caller(CallerColumns caller) {
        if (caller.state() == null) {
            return "";
        }
        return switch (caller.state()) {
            case CallerColumns.CLEAR -> new CallerNumber(caller.number()).masked();
            case CallerColumns.PSEUDONYMISED -> "pseudonymisé";
            case CallerColumns.ERASED -> "effacé";
            default -> "masqué";
        };
    }

    /** {@code SHORT_ABANDONED} → {@code short_abandoned}. */
    static String code(String name) {
        return name == null ? null : name.toLowerCase();
    }
}
