package org.numvert.routing;

import java.util.List;
import java.util.Objects;

/**
 * Once a call has waited {@code afterSeconds} (counted from its original enqueue time), agents
 * with at least {@code minProficiency} in the call's group become eligible, and so do agents
 * skilled in any of {@code alsoGroups} (named overflow groups).
 */
public record EscalationStep(int afterSeconds, int minProficiency, List<GroupId> alsoGroups) {
    public EscalationStep {
        if (afterSeconds < 0) {
            throw new IllegalArgumentException("afterSeconds must not be negative");
        }
        if (minProficiency < 1 || minProficiency > 5) {
            throw new IllegalArgumentException("minProficiency must be 1..5: " + minProficiency);
        }
        alsoGroups = List.copyOf(Objects.requireNonNullElse(alsoGroups, List.of()));
    }
}
