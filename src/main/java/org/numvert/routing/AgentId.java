package org.numvert.routing;

import java.util.Objects;

/** An agent, by its stable identifier (not its login name). */
public record AgentId(String value) implements Comparable<AgentId> {
    public AgentId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("agent id is blank");
        }
    }

    @Override
    public int compareTo(AgentId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
