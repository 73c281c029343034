package org.numvert.sim;

import java.util.List;

/** A scenario file that cannot be simulated; every problem names its field. */
public final class ScenarioException extends Exception {
    private final List<String> problems;

    public ScenarioException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
