package org.numvert.ivr.crisis;

import java.util.List;

/**
 * A crisis request that cannot be switched on (unknown hotline, message or group, expiry in the
 * past …): the caller's mistake, to be answered with a 4xx naming every problem.
 */
public final class InvalidCrisisRequest extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient List<String> problems;

    public InvalidCrisisRequest(List<String> problems) {
        super("invalid crisis request: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
