package org.numvert.routing;

import java.util.PriorityQueue;

/**
 * The engine's deadlines (ring timeouts, wrap-up ends, escalation steps, maximum waits) in one
 * heap. Each call and agent has at most one live timer; replacing it leaves the old entry in the
 * heap, recognised as stale when it comes out (cheaper than removal from a heap).
 */
final class Timers {
    private final PriorityQueue<Timer> heap = new PriorityQueue<>(Timers::compare);
    private long seq;

    static final class Timer {
        final long deadline;
        final long seq;
        final Call call;
        final Agent agent;

        private Timer(long deadline, long seq, Call call, Agent agent) {
            this.deadline = deadline;
            this.seq = seq;
            this.call = call;
            this.agent = agent;
        }

        boolean live() {
            return call != null ? call.timer == this : agent.timer == this;
        }
    }

    void set(Call call, long deadline) {
        call.timer = deadline == Long.MAX_VALUE ? null : push(new Timer(deadline, seq++, call, null));
    }

    void set(Agent agent, long deadline) {
        agent.timer = push(new Timer(deadline, seq++, null, agent));
    }

    /** The next live timer due at {@code now}, removed; null when none is due. */
    Timer pollDue(long now) {
        while (!heap.isEmpty() && heap.peek().deadline <= now) {
            Timer timer = heap.poll();
            if (timer.live()) {
                if (timer.call != null) {
                    timer.call.timer = null;
                } else {
                    timer.agent.timer = null;
                }
                return timer;
            }
        }
        return null;
    }

    /** The earliest live deadline, {@code Long.MAX_VALUE} when none. */
    long next() {
        while (!heap.isEmpty() && !heap.peek().live()) {
            heap.poll();
        }
        return heap.isEmpty() ? Long.MAX_VALUE : heap.peek().deadline;
    }

    private Timer push(Timer timer) {
        heap.add(timer);
        return timer;
    }

    private static int compare(Timer a, Timer b) {
        int byDeadline = Long.compare(a.deadline, b.deadline);
        return byDeadline != 0 ? byDeadline : Long.compare(a.seq, b.seq);
    }
}
