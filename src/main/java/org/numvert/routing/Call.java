package org.numvert.routing;

import java.util.List;

/**
 * A call the engine holds, from its entry in a queue to the end of its wrap-up. Mutable, owned
 * by the engine's thread.
 */
final class Call {
    /** Queue rank of callback tasks: below every caller on hold, whatever the priority. */
    static final int CALLBACK_RANK = Integer.MIN_VALUE;

    final CallId id;
    final HotlineId hotline;
    final int priority;
    final CallerNumber caller;
    final String topic;
    final List<String> choices;
    final boolean callback;
    /** Engine sequence number: the deterministic last tie-break. */
    final long seq;
    /** Original enqueue time, kept when the call moves to another group. */
    final long enqueuedAt;

    OverflowAction onOverflow;
    GroupQueue queue;
    CallPhase phase = CallPhase.WAITING;
    long phaseSince;
    Agent agent;
    long answeredAt;
    long talkMillis;
    /** Escalation steps of {@link #queue} applied so far. */
    int level;
    /** Which attempt to reach the customer this is, for a callback task (1 for the first). */
    int attempt = 1;
    Timers.Timer timer;

    Call(CallId id, HotlineId hotline, int priority, CallerNumber caller, String topic,
            List<String> choices, boolean callback, long seq, long enqueuedAt) {
        this.id = id;
        this.hotline = hotline;
        this.priority = priority;
        this.caller = caller;
        this.topic = topic;
        this.choices = choices;
        this.callback = callback;
        this.seq = seq;
        this.enqueuedAt = enqueuedAt;
        this.phaseSince = enqueuedAt;
    }

    int rank() {
        return callback ? CALLBACK_RANK : priority;
    }

    boolean inQueue() {
        return phase == CallPhase.WAITING || phase == CallPhase.RINGING;
    }

    long waitedAt(long now) {
        return (phase == CallPhase.TALKING || phase == CallPhase.WRAP_UP ? answeredAt : now)
                - enqueuedAt;
    }
}
