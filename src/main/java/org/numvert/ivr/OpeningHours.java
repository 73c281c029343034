package org.numvert.ivr;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * When a hotline answers, in Europe/Paris: weekly ranges, French public holidays (closed unless
 * the script says otherwise), exceptional closures (a date or a span of dates) and exceptional
 * openings (a date with its own ranges).
 *
 * <p>Precedence on a given date: an exceptional closure, else an exceptional opening (its ranges
 * replace the weekly ones, even on a public holiday), else a public holiday, else the weekly
 * ranges. The validator refuses a closure and an opening on the same date, so the order between
 * those two never matters. Immutable and thread-safe.
 *
 * @param weekly                 ranges by day; a missing day is closed all day
 * @param closedOnPublicHolidays whether public holidays close the hotline
 */
public record OpeningHours(Map<DayOfWeek, List<TimeRange>> weekly, boolean closedOnPublicHolidays,
        List<Closure> closures, List<Opening> openings, boolean alwaysOpen) {

    /** Every hotline's time zone (DESIGN.md: days in Europe/Paris). */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    /** A script without {@code hours}: open at all times. */
    public static final OpeningHours ALWAYS = new OpeningHours(Map.of(), false, List.of(), List.of(), true);

    /** Closed from {@code from} to {@code to} inclusive (one day when equal). */
    public record Closure(LocalDate from, LocalDate to, String reason, Position at) {
        public boolean covers(LocalDate date) {
            return !date.isBefore(from) && !date.isAfter(to);
        }
    }

    /** Open on {@code date} during {@code hours} only (instead of that day's weekly hours). */
    public record Opening(LocalDate date, List<TimeRange> hours, String reason, Position at) {
        public Opening {
            hours = List.copyOf(hours);
        }
    }

    public OpeningHours {
        EnumMap<DayOfWeek, List<TimeRange>> copy = new EnumMap<>(DayOfWeek.class);
        weekly.forEach((day, ranges) -> copy.put(day, List.copyOf(ranges)));
        weekly = copy;
        closures = List.copyOf(closures);
        openings = List.copyOf(openings);
    }

    /** Open or closed at {@code instant}, read in Europe/Paris. */
    public HoursStatus status(Instant instant) {
        if (alwaysOpen) {
            return HoursStatus.open("");
        }
        ZonedDateTime local = instant.atZone(ZONE);
        LocalDate date = local.toLocalDate();
        LocalTime time = local.toLocalTime();
        Optional<Closure> closure = closures.stream().filter(c -> c.covers(date)).findFirst();
        if (closure.isPresent()) {
            return HoursStatus.closed(HoursStatus.Kind.EXCEPTIONAL_CLOSURE, closure.get().reason());
        }
        Optional<String> holiday = FrenchHolidays.on(date);
        Optional<Opening> opening = openings.stream().filter(o -> o.date().equals(date)).findFirst();
        if (opening.isPresent()) {
            if (within(opening.get().hours(), time)) {
                return HoursStatus.open(opening.get().reason());
            }
            return holiday.isPresent() && closedOnPublicHolidays
                    ? HoursStatus.closed(HoursStatus.Kind.PUBLIC_HOLIDAY, holiday.get())
                    : HoursStatus.closed(HoursStatus.Kind.CLOSED, "");
        }
        if (holiday.isPresent() && closedOnPublicHolidays) {
            return HoursStatus.closed(HoursStatus.Kind.PUBLIC_HOLIDAY, holiday.get());
        }
        return within(weekly.getOrDefault(local.getDayOfWeek(), List.of()), time)
                ? HoursStatus.open("")
                : HoursStatus.closed(HoursStatus.Kind.CLOSED, "");
    }

    private static boolean within(List<TimeRange> ranges, LocalTime time) {
        return ranges.stream().anyMatch(r -> r.contains(time));
    }
}
