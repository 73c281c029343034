package org.numvert.routing;

import java.util.PriorityQueue;

/**
 * Estimated waits of a group's queue: replays the queue on the group's staffed agents. Each
 * agent frees up after its expected remaining work: nothing when ready, the rest of its wrap-up
 * (known exactly), the expected rest of its conversation (the group's recent mean talk time
 * minus the time already spent, at least a quarter of it) plus wrap-up, a whole handle time when
 * its phone rings. The calls ahead then take the agents as they free up, each for the group's
 * recent mean handle time. Asking {@link #next()} successively gives the waits of the calls in
 * queue order.
 */
final class WaitEstimator {
    /** Beyond this many calls replayed, the rest is extrapolated at the group's service rate. */
    private static final int MAX_REPLAYED = 2_000;

    private final PriorityQueue<Long> releases = new PriorityQueue<>();
    private final long handle;
    private final long now;
    private final int agents;
    private int replayed;

    WaitEstimator(RoutingEngine engine, GroupQueue queue, long now) {
        this.now = now;
        this.handle = queue.handleTimes.meanHandleMillis(queue.settings.wrapUpSeconds());
        long talk = queue.handleTimes.meanTalkMillis();
        for (Agent agent : engine.agents.values()) {
            if (agent.proficiency(queue.id()) > 0 && Agent.staffs(agent.state)) {
                releases.add(now + remainingWork(agent, talk));
            }
        }
        this.agents = releases.size();
    }

    private long remainingWork(Agent agent, long talk) {
        switch (agent.state) {
            case RESERVED:
                return handle;
            case ON_CALL:
                long spent = now - agent.stateSince;
                long wrapUp = agent.call.queue.settings.wrapUpSeconds() * 1000L;
                return Math.max(talk - spent, talk / 4) + wrapUp;
            case WRAP_UP:
                long deadline = agent.timer == null ? now : agent.timer.deadline;
                return Math.max(0, deadline - now);
            default:
                return 0;
        }
    }

    /** Whether anyone staffs the group; without agents there is no estimate. */
    boolean staffed() {
        return agents > 0;
    }

    /** The wait of the next call in queue order, in milliseconds (-1 when nobody staffs). */
    long next() {
        if (agents == 0) {
            return -1;
        }
        if (replayed >= MAX_REPLAYED) {
            long extra = (replayed - MAX_REPLAYED) * handle / agents;
            replayed++;
            return Math.max(0, releases.peek() - now + extra);
        }
        replayed++;
        long free = releases.poll();
        releases.add(free + handle);
        return Math.max(0, free - now);
    }

    /** The wait of the call with {@code ahead} calls before it. */
    long skipThenNext(int ahead) {
        for (int i = 0; i < Math.min(ahead, MAX_REPLAYED); i++) {
            next();
        }
        if (ahead > MAX_REPLAYED) {
            replayed += ahead - MAX_REPLAYED;
        }
        return next();
    }
}
