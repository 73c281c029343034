package org.numvert.records;

import java.time.Instant;
import java.util.Objects;
import org.numvert.store.CallSummaryRow;
import org.numvert.store.CallerColumns;

/**
 * One call's summary while events are applied to it ({@link SummaryBook}); the same code builds
 * it live, batch by batch, and in a rebuild from the whole log. Not thread-safe.
 */
final class CallSummary {
    static final String INBOUND = "INBOUND";
    static final String CALLBACK = "CALLBACK";
    private static final int CHOICES_LENGTH = 200;

    final int run;
    final String callId;
    String kind = INBOUND;
    String originCallId;
    String hotline;
    String groupId;
    String firstGroupId;
    Instant enteredAt;
    Instant queuedAt;
    Instant answeredAt;
    Instant endedAt;
    Instant wrappedUpAt;
    Outcome outcome = Outcome.IN_PROGRESS;
    String ivrExit;
    String overflowAction;
    String endedBy;
    String agentId;
    CallerColumns caller = CallerColumns.NONE;
    int priority;
    String topic;
    String choices;
    Long waitMillis;
    Long talkMillis;
    Long wrapUpMillis;
    String wrapUpCode;
    int offers;
    int missedOffers;
    int overflows;
    int transfers;
    int callbacks;
    String callbackId;
    int callbackAttempts;
    String callbackResult;

    CallSummary(int run, String callId, Instant enteredAt) {
        this.run = run;
        this.callId = Objects.requireNonNull(callId, "callId");
        this.enteredAt = enteredAt;
    }

    /** Not ended, or answered and not wrapped up: the end of a run interrupts it. */
    boolean unfinished() {
        return endedAt == null || answeredAt != null && wrappedUpAt == null;
    }

    /** Sets the caller once: later events never replace (or restore) a number already decided. */
    void callerOnce(CallerColumns columns) {
        if (!caller.present() && columns.present()) {
            caller = columns;
        }
    }

    void addChoice(String key) {
        String joined = choices == null || choices.isEmpty() ? key : choices + "," + key;
        choices = joined.length() > CHOICES_LENGTH ? joined.substring(0, CHOICES_LENGTH) : joined;
    }

    void choices(java.util.List<String> keys) {
        if (!keys.isEmpty()) {
            String joined = String.join(",", keys);
            choices = joined.length() > CHOICES_LENGTH ? joined.substring(0, CHOICES_LENGTH) : joined;
        }
    }

    static CallSummary fromRow(CallSummaryRow r) {
        CallSummary s = new CallSummary(r.run(), r.callId(), r.enteredAt());
        s.kind = r.kind();
        s.originCallId = r.originCallId();
        s.hotline = r.hotline();
        s.groupId = r.groupId();
        s.firstGroupId = r.firstGroupId();
        s.queuedAt = r.queuedAt();
        s.answeredAt = r.answeredAt();
        s.endedAt = r.endedAt();
        s.wrappedUpAt = r.wrappedUpAt();
        s.outcome = Outcome.valueOf(r.outcome());
        s.ivrExit = r.ivrExit();
        s.overflowAction = r.overflowAction();
        s.endedBy = r.endedBy();
        s.agentId = r.agentId();
        s.caller = r.caller();
        s.priority = r.priority();
        s.topic = r.topic();
        s.choices = r.choices();
        s.fromCounters(r);
        return s;
    }

    private void fromCounters(CallSummaryRow r) {
        waitMillis = r.waitMillis();
        talkMillis = r.talkMillis();
        wrapUpMillis = r.wrapUpMillis();
        wrapUpCode = r.wrapUpCode();
        offers = r.offers();
        missedOffers = r.missedOffers();
        overflows = r.overflows();
        transfers = r.transfers();
        callbacks = r.callbacks();
        callbackId = r.callbackId();
        callbackAttempts = r.callbackAttempts();
        callbackResult = r.callbackResult();
    }

    CallSummaryRow toRow() {
        return new CallSummaryRow(run, callId, kind, originCallId, hotline, groupId, firstGroupId,
                enteredAt, queuedAt, answeredAt, endedAt, wrappedUpAt, outcome.name(), ivrExit,
                overflowAction, endedBy, agentId, caller, priority, topic, choices, waitMillis,
                talkMillis, wrapUpMillis, wrapUpCode, offers, missedOffers, overflows, transfers,
                callbacks, callbackId, callbackAttempts, callbackResult);
    }
}
