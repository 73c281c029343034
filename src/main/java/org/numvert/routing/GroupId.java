package org.numvert.routing;

import java.util.Objects;

/** A skill group, by its name (for example {@code entreprises-aides}). */
public record GroupId(String value) implements Comparable<GroupId> {
    public GroupId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("group id is blank");
        }
    }

    @Override
    public int compareTo(GroupId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
