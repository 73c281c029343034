package org.numvert.ivr;

import java.util.Comparator;
import java.util.Objects;

/**
 * Where something is written in a script file: the file name and the 1-based line and column, so
 * that every problem found in a script points at the exact spot an editor must fix.
 */
public record Position(String file, int line, int column) implements Comparable<Position> {
    private static final Comparator<Position> ORDER = Comparator.comparing(Position::file)
            .thenComparingInt(Position::line).thenComparingInt(Position::column);

    public Position {
        Objects.requireNonNull(file, "file");
    }

    /** The start of {@code file}, for problems about a file as a whole. */
    public static Position startOf(String file) {
        return new Position(file, 1, 1);
    }

    @Override
    public int compareTo(Position other) {
        return ORDER.compare(this, other);
    }

    /** {@code file:line:column}, the form editors and terminals recognise. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
