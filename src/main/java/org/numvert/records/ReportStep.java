package org.numvert.records;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;
import org.numvert.routing.RoutingEngine;

/**
 * The width of report rows: 15 minutes (the stored intervals), an hour or a day. Hours and days
 * follow Europe/Paris days: a day is local midnight to local midnight (23 or 25 hours when the
 * clocks change), an hour a whole hour from local midnight.
 */
public enum ReportStep {
    QUARTER_HOUR("15m", Duration.ofMinutes(15), Duration.ofDays(31)),
    HOUR("1h", Duration.ofHours(1), Duration.ofDays(92)),
    DAY("1d", Duration.ofDays(1), Duration.ofDays(366));

    private static final ZoneId ZONE = RoutingEngine.PARIS;

    private final String code;
    private final Duration width;
    private final Duration longestRange;

    ReportStep(String code, Duration width, Duration longestRange) {
        this.code = code;
        this.width = width;
        this.longestRange = longestRange;
    }

    public static Optional<ReportStep> parse(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    public String code() {
        return code;
    }

    /** The longest span a report with this step may cover (bigger requests are refused). */
    public Duration longestRange() {
        return longestRange;
    }

    /** Start of the row containing {@code millis}. */
    public long start(long millis) {
        long day = startOfDay(millis);
        if (this == DAY) {
            return day;
        }
        long w = width.toMillis();
        return day + Math.floorDiv(millis - day, w) * w;
    }

    /** Start of the row after the one starting at {@code start}. */
    public long next(long start) {
        long dayEnd = endOfDay(start);
        return this == DAY ? dayEnd : Math.min(start + width.toMillis(), dayEnd);
    }

    private static long endOfDay(long millis) {
        LocalDate day = Instant.ofEpochMilli(millis).atZone(ZONE).toLocalDate();
        return day.plusDays(1).atStartOfDay(ZONE).toInstant().toEpochMilli();
    }

    static long startOfDay(long millis) {
        return Instant.ofEpochMilli(millis).atZone(ZONE).toLocalDate().atStartOfDay(ZONE).toInstant().toEpochMilli();
    }
}
