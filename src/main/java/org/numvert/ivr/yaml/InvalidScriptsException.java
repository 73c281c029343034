package org.numvert.ivr.yaml;

import java.util.List;
import java.util.stream.Collectors;
import org.numvert.ivr.Problem;

/**
 * The IVR scripts cannot serve: a script is invalid and has no previous valid version, or the
 * scripts clash. The service refuses to start on it; {@link #problems()} lists every mistake.
 */
public final class InvalidScriptsException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public InvalidScriptsException(String location, List<Problem> problems) {
        super("the IVR scripts in " + location + " are invalid and no previous valid version can serve them:\n  "
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n  ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
