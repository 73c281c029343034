package org.numvert.routing;

import java.util.Objects;

/** Identity of one call for its whole life (IVR, queue, offers, conversation, wrap-up). */
public record CallId(String value) implements Comparable<CallId> {
    public CallId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("call id is blank");
        }
    }

    @Override
    public int compareTo(CallId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
