package org.numvert.web;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import org.numvert.routing.GroupId;
import org.numvert.routing.RoutingFact;
import org.numvert.routing.RoutingListener;
import org.numvert.routing.RoutingOutput;

/**
 * The figures of the last 15 minutes per group, a sliding window (the interval statistics are in
 * fixed quarter-hours, which say little just after a quarter begins): offered, answered, answered
 * within the threshold, abandoned, short abandons, with the definitions of DESIGN.md.
 *
 * <p>Threading: confined to the engine's thread: {@link #onOutput} runs there, and
 * {@link #figures} must be called there too (inside {@code EngineClient.read}).
 */
final class RecentFigures implements RoutingListener {
    static final long WINDOW_MILLIS = 15 * 60_000L;

    private final Map<GroupId, ArrayDeque<long[]>> byGroup = new HashMap<>();

    /** The window's counts; {@code answeredWaitMillis} sums the waits of the answered calls. */
    record Window(long fromMillis, long toMillis, long offered, long answered, long answeredWithinThreshold,
            long abandoned, long shortAbandoned, long answeredWaitMillis) {

        double serviceLevel() {
            return ratio(answeredWithinThreshold, answered + abandoned);
        }

        double abandonRate() {
            return ratio(abandoned, offered - shortAbandoned);
        }

        double asaMillis() {
            return ratio(answeredWaitMillis, answered);
        }

        private static double ratio(long numerator, long denominator) {
            return denominator <= 0 ? Double.NaN : (double) numerator / denominator;
        }
    }

    private static final long OFFERED = 0;
    private static final long ANSWERED = 1;
    private static final long ABANDONED = 2;
    private static final long SHORT_ABANDONED = 3;

    @Override
    public void onOutput(RoutingOutput output) {
        if (output instanceof RoutingFact.CallQueued f) {
            add(f.group(), f.atMillis(), OFFERED, 0);
        } else if (output instanceof RoutingFact.CallAnswered f) {
            add(f.group(), f.atMillis(), ANSWERED, f.waitMillis());
        } else if (output instanceof RoutingFact.CallAbandoned f) {
            add(f.group(), f.atMillis(), f.shortAbandon() ? SHORT_ABANDONED : ABANDONED, f.waitMillis());
        }
    }

    /** The last 15 minutes of {@code group} at {@code nowMillis}, answers within {@code thresholdSeconds}. */
    Window figures(GroupId group, int thresholdSeconds, long nowMillis) {
        long from = nowMillis - WINDOW_MILLIS;
        ArrayDeque<long[]> entries = byGroup.get(group);
        long[] counts = new long[4];
        long within = 0;
        long waits = 0;
        if (entries != null) {
            purge(entries, from);
            for (long[] e : entries) {
                counts[(int) e[1]]++;
                if (e[1] == ANSWERED) {
                    waits += e[2];
                    within += e[2] <= thresholdSeconds * 1000L ? 1 : 0;
                }
            }
        }
        return new Window(from, nowMillis, counts[(int) OFFERED], counts[(int) ANSWERED], within,
                counts[(int) ABANDONED], counts[(int) SHORT_ABANDONED], waits);
    }

    private void add(GroupId group, long at, long kind, long wait) {
        ArrayDeque<long[]> entries = byGroup.computeIfAbsent(group, g -> new ArrayDeque<>());
        entries.addLast(new long[] {at, kind, wait});
        purge(entries, at - WINDOW_MILLIS);
    }

    private static void purge(ArrayDeque<long[]> entries, long from) {
        while (!entries.isEmpty() && entries.peekFirst()[0] < from) {
            entries.removeFirst();
        }
    }
}
