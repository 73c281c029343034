package org.numvert.ivr;

import java.util.Objects;
import java.util.Optional;

/**
 * What the host should do with a routed call whose wait exceeds its group's limit or whose group's
 * queue is full, resolved from the script's {@link OverflowRule} with the prompt to play. Hosts
 * convert it into the routing engine's overflow action.
 */
public sealed interface Overflow {

    /** Move the call to another skill group (keeping its original enqueue time). */
    record ToGroup(String group) implements Overflow {
        public ToGroup {
            Objects.requireNonNull(group, "group");
        }
    }

    /** Play {@code message} (if any), then record a voicemail in {@code box}. */
    record Voicemail(String box, Optional<Prompt> message) implements Overflow {
        public Voicemail {
            Objects.requireNonNull(box, "box");
            Objects.requireNonNull(message, "message");
        }
    }

    /** Play {@code message} offering a callback; a caller who accepts leaves the queue. */
    record CallbackOffer(Prompt message) implements Overflow {
        public CallbackOffer {
            Objects.requireNonNull(message, "message");
        }
    }

    /** Play {@code message} (saturated / closed) and hang up. */
    record ClosedMessage(Prompt message) implements Overflow {
        public ClosedMessage {
            Objects.requireNonNull(message, "message");
        }
    }

    /** The call keeps waiting whatever its wait. */
    record None() implements Overflow {
    }
}
