package org.numvert.routing;

import java.util.List;
import java.util.Map;

/** How the engine picks a call for a free agent and an agent for a waiting call. */
interface Selection {

    /** The call {@code agent} should take among the parked calls of {@code candidates}. */
    Call callFor(Agent agent, List<GroupQueue> candidates, long now);

    /** The ready agent {@code call} should go to, or null if none is eligible. */
    Agent agentFor(Call call, Map<GroupId, GroupQueue> queues);

    /** Bookkeeping after an offer (round-robin positions). */
    void offered(Call call, Agent agent);

    static Selection of(RoutingPolicy policy) {
        return policy == RoutingPolicy.PER_QUEUE ? new PerQueueSelection() : new GlobalSelection();
    }

    /**
     * Which of two calls is more urgent: rank (priority; callback tasks last), then wait relative
     * to each group's service-level target, then the earlier enqueue, then engine order.
     * Negative when {@code a} is more urgent.
     */
    static int compareUrgency(Call a, Call b, long now) {
        if (a.rank() != b.rank()) {
            return Integer.compare(b.rank(), a.rank());
        }
        long aWaitTimesB = (now - a.enqueuedAt) * b.queue.settings.slTargetSeconds();
        long bWaitTimesA = (now - b.enqueuedAt) * a.queue.settings.slTargetSeconds();
        if (aWaitTimesB != bWaitTimesA) {
            return Long.compare(bWaitTimesA, aWaitTimesB);
        }
        if (a.enqueuedAt != b.enqueuedAt) {
            return Long.compare(a.enqueuedAt, b.enqueuedAt);
        }
        return Long.compare(a.seq, b.seq);
    }
}
