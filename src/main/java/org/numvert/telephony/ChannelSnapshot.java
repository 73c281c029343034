package org.numvert.telephony;

import java.util.Map;
import java.util.Optional;

/**
 * One channel as {@code CoreShowChannels} and {@code Status} (with {@code Variables}) describe it
 * after a reconnection: enough to tell where a call is without the events that were missed.
 *
 * @param variables the numvert channel variables; unset ones ({@code (null)}) are absent
 */
record ChannelSnapshot(String uniqueId, String linkedId, String channel, String context,
        String application, String bridgeId, String callerIdNum, Map<String, String> variables) {

    ChannelSnapshot {
        variables = Map.copyOf(variables);
        bridgeId = bridgeId == null ? "" : bridgeId;
        context = context == null ? "" : context;
    }

    /** The call's first channel: its Uniqueid is the Linkedid of every other leg. */
    boolean isRoot() {
        return uniqueId.equals(linkedId);
    }

    /** In a bridge with another channel: the conversation is on. */
    boolean bridged() {
        return !bridgeId.isBlank();
    }

    /** Back in (or still in) the waiting loop. */
    boolean waiting() {
        return Dialplan.HOLD.equals(context);
    }

    /** A callback's agent channel that answered and now dials the customer. */
    boolean dialsCustomer() {
        return Dialplan.CALLBACK.equals(context);
    }

    Optional<String> variable(String name) {
        return Optional.ofNullable(variables.get(name)).filter(v -> !v.isBlank());
    }

    ChannelSnapshot withVariables(Map<String, String> more) {
        return new ChannelSnapshot(uniqueId, linkedId, channel, context, application, bridgeId,
                callerIdNum, more);
    }
}
