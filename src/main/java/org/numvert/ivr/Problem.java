package org.numvert.ivr;

import java.util.Objects;

/**
 * One mistake in a script: where it is and what is wrong, in words a script editor understands.
 * Problems are values: the parser and validator collect all of them instead of stopping at the
 * first, so that one run of {@code ivr validate} lists everything to fix.
 */
public record Problem(Position at, String message) implements Comparable<Problem> {
    public Problem {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public int compareTo(Problem other) {
        int byPosition = at.compareTo(other.at);
        return byPosition != 0 ? byPosition : message.compareTo(other.message);
    }

    /** {@code file:line:column: message}. */
    @Override
    public String toString() {
        return at + ": " + message;
    }
}
