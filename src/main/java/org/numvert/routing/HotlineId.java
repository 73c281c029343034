package org.numvert.routing;

import java.util.Objects;

/** A hotline, by its name ({@code entreprises}, {@code formation}, {@code transport}, …). */
public record HotlineId(String value) implements Comparable<HotlineId> {
    public HotlineId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("hotline id is blank");
        }
    }

    @Override
    public int compareTo(HotlineId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
