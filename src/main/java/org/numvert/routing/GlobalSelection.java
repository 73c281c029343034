package org.numvert.routing;

import java.util.List;
import java.util.Map;

/**
 * numvert's routing: a free agent takes the most urgent eligible call across all its groups; a
 * call takes the best-skilled eligible agent, then the longest idle (agents reached only through
 * an escalation to one of their groups rank below every agent skilled in the call's group).
 */
final class GlobalSelection implements Selection {

    @Override
    public Call callFor(Agent agent, List<GroupQueue> candidates, long now) {
        Call best = null;
        for (GroupQueue queue : candidates) {
            Call call = queue.firstEligible(agent);
            if (call != null && (best == null || Selection.compareUrgency(call, best, now) < 0)) {
                best = call;
            }
        }
        return best;
    }

    @Override
    public Agent agentFor(Call call, Map<GroupId, GroupQueue> queues) {
        GroupQueue queue = call.queue;
        for (int p = GroupQueue.MAX_PROFICIENCY; p >= queue.minProficiency(call.level); p--) {
            if (!queue.ready[p].isEmpty()) {
                return queue.ready[p].first();
            }
        }
        Agent best = null;
        for (GroupId also : queue.alsoGroups(call.level)) {
            GroupQueue other = queues.get(also);
            Agent candidate = other == null ? null : other.longestIdle(1);
            if (candidate != null
                    && (best == null || GroupQueue.IDLE_ORDER.compare(candidate, best) < 0)) {
                best = candidate;
            }
        }
        return best;
    }

    @Override
    public void offered(Call call, Agent agent) {
        // the global choice keeps no position between decisions
    }
}
