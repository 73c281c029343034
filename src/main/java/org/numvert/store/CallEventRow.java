package org.numvert.store;

/**
 * One row of the call event log (table {@code call_event}): what happened, when, to which call,
 * group and agent. {@code detail} is the event's own data as JSON, without the caller's number
 * (which lives in the caller columns so that it can be pseudonymised and erased).
 */
public record CallEventRow(int run, long seq, long atMillis, String kind, String callId,
        String groupId, String agentId, CallerColumns caller, String detail) {
}
