package org.numvert.routing;

/**
 * Figures of one group (or of all groups: {@code group} null) over a span of time, with the
 * metric definitions of DESIGN.md. Counters are sums of facts stamped inside the span
 * (an outcome counts in the interval it happened in); ratios are derived and are {@code NaN}
 * when their denominator is zero.
 *
 * @param offered                  calls that entered the group's queue (a call moved to another
 *                                 group by overflow counts in both)
 * @param answered                 inbound calls answered by an agent
 * @param answeredWithinThreshold  of those, answered within the group's SL threshold T
 * @param abandoned                callers who hung up in queue after the short-abandon limit
 * @param shortAbandoned           callers who hung up within the short-abandon limit
 * @param overflowed               calls that left the group by an overflow action (another
 *                                 group, voicemail, callback offer, closed message) or because
 *                                 the caller asked for a callback
 * @param callbacksRequested       callback tasks created (from a waiting caller or an offer)
 * @param answeredWaitMillis       total wait of answered calls (for ASA)
 * @param maxWaitMillis            longest wait of a call that left the queue in the span
 * @param handled                  conversations ended (inbound and callbacks), for AHT
 * @param talkMillis               their talk time (hold included: the PBX does not separate it)
 * @param wrapUpMillis             wrap-up time after them
 * @param busyMillis               agents' time on calls and in wrap-up (for occupancy)
 * @param availableMillis          agents' time logged in and not paused
 */
public record IntervalFigures(GroupId group, long fromMillis, long toMillis,
        long offered, long answered, long answeredWithinThreshold, long abandoned,
        long shortAbandoned, long overflowed, long callbacksRequested, long answeredWaitMillis,
        long maxWaitMillis, long handled, long talkMillis, long wrapUpMillis, long busyMillis,
        long availableMillis) {

    /** No activity over the span. */
    public static IntervalFigures empty(GroupId group, long fromMillis, long toMillis) {
        return new IntervalFigures(group, fromMillis, toMillis, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                0, 0, 0);
    }

    /** Answered within T ÷ (answered + abandoned after the short-abandon limit). */
    public double serviceLevel() {
        return ratio(answeredWithinThreshold, answered + abandoned);
    }

    /** Average speed of answer: mean wait of answered calls, in milliseconds. */
    public double asaMillis() {
        return ratio(answeredWaitMillis, answered);
    }

    /** Average handle time: mean talk + hold + wrap-up of handled calls, in milliseconds. */
    public double ahtMillis() {
        return ratio(talkMillis + wrapUpMillis, handled);
    }

    /** Abandoned (short excluded) ÷ offered (short excluded). */
    public double abandonRate() {
        return ratio(abandoned, offered - shortAbandoned);
    }

    /** Time on calls and wrap-up ÷ time logged in and not paused. */
    public double occupancy() {
        return ratio(busyMillis, availableMillis);
    }

    /** The sum of two spans' figures (the group is kept when both agree). */
    public IntervalFigures plus(IntervalFigures o) {
        return new IntervalFigures(java.util.Objects.equals(group, o.group) ? group : null,
                Math.min(fromMillis, o.fromMillis), Math.max(toMillis, o.toMillis),
                offered + o.offered, answered + o.answered,
                answeredWithinThreshold + o.answeredWithinThreshold, abandoned + o.abandoned,
                shortAbandoned + o.shortAbandoned, overflowed + o.overflowed,
                callbacksRequested + o.callbacksRequested,
                answeredWaitMillis + o.answeredWaitMillis, Math.max(maxWaitMillis, o.maxWaitMillis),
                handled + o.handled, talkMillis + o.talkMillis, wrapUpMillis + o.wrapUpMillis,
                busyMillis + o.busyMillis, availableMillis + o.availableMillis);
    }

    private static double ratio(long numerator, long denominator) {
        return denominator <= 0 ? Double.NaN : (double) numerator / denominator;
    }
}
