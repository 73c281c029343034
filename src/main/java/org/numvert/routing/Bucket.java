package org.numvert.routing;

/** The counters of one interval of one group (or of all): see {@link IntervalStatistics}. */
final class Bucket {
    final long start;
    long offered;
    long answered;
    long within;
    long abandoned;
    long shortAbandoned;
    long overflowed;
    long callbacks;
    long answeredWait;
    long maxWait;
    long handled;
    long talk;
    long wrapUp;
    long busy;
    long available;

    Bucket(long start) {
        this.start = start;
    }

    /** A bucket holding {@code figures}' counters, at the start of their span. */
    static Bucket of(IntervalFigures figures) {
        Bucket bucket = new Bucket(figures.fromMillis());
        bucket.offered = figures.offered();
        bucket.answered = figures.answered();
        bucket.within = figures.answeredWithinThreshold();
        bucket.abandoned = figures.abandoned();
        bucket.shortAbandoned = figures.shortAbandoned();
        bucket.overflowed = figures.overflowed();
        bucket.callbacks = figures.callbacksRequested();
        bucket.answeredWait = figures.answeredWaitMillis();
        bucket.maxWait = figures.maxWaitMillis();
        bucket.handled = figures.handled();
        bucket.talk = figures.talkMillis();
        bucket.wrapUp = figures.wrapUpMillis();
        bucket.busy = figures.busyMillis();
        bucket.available = figures.availableMillis();
        return bucket;
    }

    void answered(long waitMillis, boolean inTime) {
        answered++;
        within += inTime ? 1 : 0;
        answeredWait += waitMillis;
        maxWait = Math.max(maxWait, waitMillis);
    }

    void completed(long talkMillis) {
        handled++;
        talk += talkMillis;
    }

    void abandoned(long waitMillis, boolean isShort) {
        if (isShort) {
            shortAbandoned++;
        } else {
            abandoned++;
        }
        maxWait = Math.max(maxWait, waitMillis);
    }

    void overflowed(long waitMillis) {
        overflowed++;
        maxWait = Math.max(maxWait, waitMillis);
    }

    void time(long availableMillis, long busyMillis) {
        available += availableMillis;
        busy += busyMillis;
    }

    void add(Bucket o) {
        offered += o.offered;
        answered += o.answered;
        within += o.within;
        abandoned += o.abandoned;
        shortAbandoned += o.shortAbandoned;
        overflowed += o.overflowed;
        callbacks += o.callbacks;
        answeredWait += o.answeredWait;
        maxWait = Math.max(maxWait, o.maxWait);
        handled += o.handled;
        talk += o.talk;
        wrapUp += o.wrapUp;
        busy += o.busy;
        available += o.available;
    }

    IntervalFigures figures(GroupId group, long from, long to) {
        return new IntervalFigures(group, from, to, offered, answered, within, abandoned,
                shortAbandoned, overflowed, callbacks, answeredWait, maxWait, handled, talk, wrapUp,
                busy, available);
    }
}
