package org.numvert.ivr;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a script's {@code hours}: one key per day with its ranges, {@code publicHolidays},
 * {@code closures} and {@code openings}; reports malformed and overlapping ranges, and dates that
 * are both closed and open.
 */
final class HoursParser {
    private static final Pattern RANGE = Pattern.compile("(\\d{1,2}):(\\d{2})\\s*-\\s*(\\d{1,2}):(\\d{2})");
    private static final Set<String> CLOSURE = Set.of("date", "from", "to", "reason");
    private static final Set<String> OPENING = Set.of("date", "hours", "reason");
    private static final Set<String> KEYS = Stream.concat(
            Stream.of(DayOfWeek.values()).map(HoursParser::dayKey),
            Stream.of("publicHolidays", "closures", "openings")).collect(Collectors.toUnmodifiableSet());

    private final List<Problem> problems;

    HoursParser(List<Problem> problems) {
        this.problems = problems;
    }

    static String dayKey(DayOfWeek day) {
        return day.name().toLowerCase(Locale.ROOT);
    }

    OpeningHours hours(ScriptNode node) {
        Optional<Fields> found = Fields.of(node, "hours", problems, KEYS);
        if (found.isEmpty()) {
            return OpeningHours.ALWAYS;
        }
        Fields f = found.get();
        Map<DayOfWeek, List<TimeRange>> weekly = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            String key = dayKey(day);
            if (f.has(key)) {
                weekly.put(day, ranges(f, key, "on " + key));
            }
        }
        boolean closedOnHolidays = publicHolidays(f);
        List<OpeningHours.Closure> closures = closures(f);
        List<OpeningHours.Opening> openings = openings(f, closures);
        return new OpeningHours(weekly, closedOnHolidays, closures, openings, false);
    }

    private boolean publicHolidays(Fields f) {
        Optional<ScriptNode.Text> text = f.text("publicHolidays");
        if (text.isEmpty()) {
            return true;
        }
        String value = text.get().value().strip();
        if (!value.equals("closed") && !value.equals("open")) {
            f.problem(text.get().at(), "publicHolidays must be 'closed' or 'open', not '" + value + "'");
        }
        return !value.equals("open");
    }

    /** The ranges of {@code key}; overlapping ranges are reported at the later one. */
    private List<TimeRange> ranges(Fields f, String key, String when) {
        List<TimeRange> ranges = new ArrayList<>();
        for (ScriptNode.Text text : f.texts(key)) {
            range(text).ifPresent(range -> {
                ranges.stream().filter(range::overlaps).findFirst().ifPresent(other -> f.problem(text.at(),
                        "overlapping hours " + when + ": " + range + " overlaps " + other + " (line "
                                + other.at().line() + ")"));
                ranges.add(range);
            });
        }
        return ranges;
    }

    private Optional<TimeRange> range(ScriptNode.Text text) {
        Matcher m = RANGE.matcher(text.value().strip());
        if (!m.matches()) {
            return fail(text, "'" + text.value() + "' is not a time range like 08:30-12:30");
        }
        int startHour = Integer.parseInt(m.group(1));
        int endHour = Integer.parseInt(m.group(3));
        int startMinute = Integer.parseInt(m.group(2));
        int endMinute = Integer.parseInt(m.group(4));
        boolean untilMidnight = endHour == 24 && endMinute == 0;
        try {
            LocalTime start = LocalTime.of(startHour, startMinute);
            LocalTime end = untilMidnight ? LocalTime.MIDNIGHT : LocalTime.of(endHour, endMinute);
            if (!untilMidnight && !end.isAfter(start)) {
                return fail(text, "time range " + text.value() + " ends before it starts (write ranges within one day)");
            }
            return Optional.of(new TimeRange(start, end, untilMidnight, text.at()));
        } catch (DateTimeException e) {
            return fail(text, "'" + text.value() + "' is not a valid time range (hours 00-24, minutes 00-59)");
        }
    }

    private List<OpeningHours.Closure> closures(Fields f) {
        List<OpeningHours.Closure> closures = new ArrayList<>();
        for (ScriptNode item : items(f, "closures")) {
            Fields.of(item, "a closure", problems, CLOSURE).flatMap(this::closure).ifPresent(closure -> {
                closures.stream().filter(c -> !c.from().isAfter(closure.to()) && !closure.from().isAfter(c.to()))
                        .findFirst().ifPresent(c -> problems.add(new Problem(closure.at(),
                                "overlapping closures: this closure overlaps the one at line " + c.at().line())));
                closures.add(closure);
            });
        }
        return closures;
    }

    private Optional<OpeningHours.Closure> closure(Fields f) {
        String reason = f.text("reason").map(ScriptNode.Text::value).orElse("");
        if (f.has("date")) {
            if (f.has("from") || f.has("to")) {
                f.problem(f.at(), "a closure has either 'date' or 'from' and 'to'");
            }
            return date(f, "date").map(d -> new OpeningHours.Closure(d, d, reason, f.at()));
        }
        Optional<LocalDate> from = requiredDate(f, "from");
        Optional<LocalDate> to = requiredDate(f, "to");
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        if (to.get().isBefore(from.get())) {
            f.problem(f.at(), "closure ends (" + to.get() + ") before it starts (" + from.get() + ")");
            return Optional.empty();
        }
        return Optional.of(new OpeningHours.Closure(from.get(), to.get(), reason, f.at()));
    }

    private List<OpeningHours.Opening> openings(Fields f, List<OpeningHours.Closure> closures) {
        List<OpeningHours.Opening> openings = new ArrayList<>();
        Map<LocalDate, OpeningHours.Opening> byDate = new HashMap<>();
        for (ScriptNode item : items(f, "openings")) {
            Optional<Fields> fields = Fields.of(item, "an opening", problems, OPENING);
            if (fields.isEmpty()) {
                continue;
            }
            Optional<LocalDate> date = requiredDate(fields.get(), "date");
            if (!fields.get().has("hours")) {
                fields.get().problem(fields.get().at(), "an opening has no 'hours'");
            }
            List<TimeRange> ranges = ranges(fields.get(), "hours", "of the opening");
            if (date.isEmpty()) {
                continue;
            }
            OpeningHours.Opening opening = new OpeningHours.Opening(date.get(), ranges,
                    fields.get().text("reason").map(ScriptNode.Text::value).orElse(""), fields.get().at());
            checkOpening(opening, byDate, closures);
            openings.add(opening);
        }
        return openings;
    }

    private void checkOpening(OpeningHours.Opening opening, Map<LocalDate, OpeningHours.Opening> byDate,
            List<OpeningHours.Closure> closures) {
        OpeningHours.Opening first = byDate.putIfAbsent(opening.date(), opening);
        if (first != null) {
            problems.add(new Problem(opening.at(), "overlapping openings: " + opening.date()
                    + " is already opened at line " + first.at().line()));
        }
        closures.stream().filter(c -> c.covers(opening.date())).findFirst().ifPresent(c -> problems.add(
                new Problem(opening.at(), "overlapping closure and opening: " + opening.date()
                        + " is also closed at line " + c.at().line())));
    }

    private List<ScriptNode> items(Fields f, String key) {
        Optional<ScriptNode> node = f.node(key);
        if (node.isEmpty()) {
            return List.of();
        }
        if (!(node.get() instanceof ScriptNode.Sequence)) {
            f.problem(node.get().at(), "'" + key + "' must be a list (one '- ' line per item)");
            return List.of();
        }
        return ((ScriptNode.Sequence) node.get()).items();
    }

    private Optional<LocalDate> requiredDate(Fields f, String key) {
        if (!f.has(key)) {
            f.problem(f.at(), f.what() + " has no '" + key + "'");
            return Optional.empty();
        }
        return date(f, key);
    }

    private Optional<LocalDate> date(Fields f, String key) {
        Optional<ScriptNode.Text> text = f.text(key);
        try {
            return text.map(t -> LocalDate.parse(t.value().strip()));
        } catch (DateTimeParseException e) {
            return fail(text.get(), "'" + text.get().value() + "' is not a date like 2020-05-22");
        }
    }

    private <T> Optional<T> fail(ScriptNode.Text text, String message) {
        problems.add(new Problem(text.at(), message));
        return Optional.empty();
    }
}
