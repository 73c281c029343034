package org.numvert.telephony;

/**
 * Where AMI actions about a call are aimed, read from the tracker at one instant.
 *
 * @param channel      the root channel (caller, or a callback's agent channel)
 * @param exten        the Exten to redirect to: the dialled hotline number, {@code s} if unknown
 *                     (it becomes the agent phone's connected line and the CDR destination)
 * @param agentChannel the agent's leg in the bridge ({@code ;1} of a Local channel), or empty
 */
record CallTarget(String channel, String exten, String agentChannel) {

    static CallTarget of(TrackedCall call) {
        String exten = call.dialled == null || call.dialled.isBlank() ? "s" : call.dialled;
        String agent = call.kind == TrackedCall.Kind.CALLBACK ? call.channel : call.agentChannel;
        return new CallTarget(call.channel, exten, agent == null ? "" : agent);
    }
}
