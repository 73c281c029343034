package org.numvert.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which call summaries to read: entered in [{@code from}, {@code to}), optionally of one hotline,
 * one group, some outcomes, and only in {@code visibleGroups} when set (an AD'OCC supervisor's).
 */
public record CallQuery(Instant from, Instant to, Optional<String> hotline, Optional<String> group,
        List<String> outcomes, Optional<Set<String>> visibleGroups, int limit, long offset) {
    public CallQuery {
        outcomes = List.copyOf(outcomes);
        visibleGroups = visibleGroups.map(Set::copyOf);
    }

    public CallQuery page(int newLimit, long newOffset) {
        return new CallQuery(from, to, hotline, group, outcomes, visibleGroups, newLimit, newOffset);
    }
}
