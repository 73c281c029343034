package org.numvert.ivr;

import java.util.Objects;
import java.util.Optional;

/**
 * As written in a script: what happens to a routed call that waits too long or finds its group's
 * queue full. The interpreter resolves it into an {@link Overflow} (with its prompt) for the host.
 *
 * @param group   the group to move to ({@link Kind#GROUP})
 * @param message the prompt played when the overflow applies (optional for GROUP and NONE)
 * @param box     the voicemail box ({@link Kind#VOICEMAIL}; the hotline's id by default)
 */
public record OverflowRule(Kind kind, Optional<Ref> group, Optional<Ref> message, String box) {
    public enum Kind {
        GROUP, VOICEMAIL, CALLBACK, CLOSED, NONE;

        /** The word scripts use ({@code group}, {@code voicemail}, {@code callback}, {@code closed}, {@code none}). */
        public String word() {
            return name().toLowerCase();
        }
    }

    public static final OverflowRule NONE = new OverflowRule(Kind.NONE, Optional.empty(), Optional.empty(), "");

    public OverflowRule {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(message, "message");
        box = Objects.requireNonNullElse(box, "");
    }
}
