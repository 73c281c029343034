package org.numvert.ivr;

import java.time.LocalTime;
import java.util.Objects;

/**
 * Opening hours within one day, start included, end excluded ({@code 08:30-12:30}); an end of
 * {@code 24:00} is the end of the day. Ranges never cross midnight: write two.
 */
public record TimeRange(LocalTime start, LocalTime end, boolean untilMidnight, Position at) {
    public TimeRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(at, "at");
        if (!untilMidnight && !end.isAfter(start)) {
            throw new IllegalArgumentException("range ends before it starts: " + start + "-" + end);
        }
    }

    public boolean contains(LocalTime time) {
        return !time.isBefore(start) && (untilMidnight || time.isBefore(end));
    }

    public boolean overlaps(TimeRange other) {
        return start.isBefore(other.endOfDay()) && other.start.isBefore(endOfDay());
    }

    private LocalTime endOfDay() {
        return untilMidnight ? LocalTime.MAX : end;
    }

    @Override
    public String toString() {
        return start + "-" + (untilMidnight ? "24:00" : end.toString());
    }
}
