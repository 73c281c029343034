package org.numvert.routing;

import java.util.Objects;

/**
 * What happens to a call that waited too long or found its group's queue full. The action comes
 * from the IVR script that routed the call ({@link RoutingEvent.CallEntered#onOverflow()}).
 */
public sealed interface OverflowAction {

    /** Move the call to another skill group, keeping its original enqueue time. */
    record ToGroup(GroupId group) implements OverflowAction {
        public ToGroup {
            Objects.requireNonNull(group, "group");
        }
    }

    /** Send the caller to voicemail. */
    record Voicemail() implements OverflowAction {
    }

    /** Offer the caller a callback (the caller leaves the queue; an agent calls back later). */
    record CallbackOffer() implements OverflowAction {
    }

    /** Play the closed / saturated message and hang up. */
    record ClosedMessage() implements OverflowAction {
    }

    /** No overflow: the call keeps waiting whatever its wait. */
    record None() implements OverflowAction {
    }
}
