package org.numvert.ivr;

import java.time.Instant;
import java.util.Objects;

/** Who did something and when (the audit of crisis switches). */
public record Stamp(String by, Instant at) {
    public Stamp {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }
}
