package org.numvert.ivr;

import java.util.Objects;

/** One DTMF key of a menu ({@code 0}–{@code 9} or {@code *}) and where it leads. */
public record Choice(String key, Target target, Position at) {
    public Choice {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(at, "at");
    }
}
