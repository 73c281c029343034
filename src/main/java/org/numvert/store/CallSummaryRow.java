package org.numvert.store;

import java.time.Instant;

/**
 * One call's summary (table {@code call_summary}), derived from its events in the log.
 *
 * @param kind         {@code INBOUND} (a caller) or {@code CALLBACK} (numvert calls a customer back)
 * @param originCallId for a callback, the call that asked for it
 * @param groupId      the last group the call waited in; {@code firstGroupId} the first
 * @param enteredAt    when the call reached numvert (the IVR, else the queue)
 * @param endedAt      when the call left: hang-up in queue, end of conversation, overflow out,
 *                     callback request, end of the IVR; null while in progress
 * @param outcome      see {@code org.numvert.records.Outcome}
 * @param waitMillis   wait in queue until answered or gone
 * @param callbackAttempts for a callback, how many times an agent called the customer
 * @param callbackResult   for a callback, the PBX's word for the last attempt that did not reach
 *                         the customer ({@code BUSY}, {@code NOANSWER} …); null when none failed
 */
public record CallSummaryRow(int run, String callId, String kind, String originCallId,
        String hotline, String groupId, String firstGroupId, Instant enteredAt, Instant queuedAt,
        Instant answeredAt, Instant endedAt, Instant wrappedUpAt, String outcome, String ivrExit,
        String overflowAction, String endedBy, String agentId, CallerColumns caller, int priority,
        String topic, String choices, Long waitMillis, Long talkMillis, Long wrapUpMillis,
        String wrapUpCode, int offers, int missedOffers, int overflows, int transfers,
        int callbacks, String callbackId, int callbackAttempts, String callbackResult) {
}
