package org.numvert.ivr;

import java.util.Objects;

/**
 * A name written in a script that refers to something else (a node, a prompt, a skill group), with
 * where it was written, so that a dangling reference is reported at the reference itself.
 */
public record Ref(String name, Position at) {
    public Ref {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(at, "at");
    }

    @Override
    public String toString() {
        return name;
    }
}
