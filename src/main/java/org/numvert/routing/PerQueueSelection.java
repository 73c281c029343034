package org.numvert.routing;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The app_queue-like baseline ({@link RoutingPolicy#PER_QUEUE}): a free agent serves its groups
 * in turn whatever their waits; a group rings its eligible agents round robin, remembering the
 * last one rung, best proficiency first (as app_queue's penalties would).
 */
final class PerQueueSelection implements Selection {

    @Override
    public Call callFor(Agent agent, List<GroupQueue> candidates, long now) {
        int size = candidates.size();
        for (int i = 0; i < size; i++) {
            Call call = candidates.get((agent.rotation + i) % size).firstEligible(agent);
            if (call != null) {
                return call;
            }
        }
        return null;
    }

    @Override
    public Agent agentFor(Call call, Map<GroupId, GroupQueue> queues) {
        GroupQueue queue = call.queue;
        for (int p = GroupQueue.MAX_PROFICIENCY; p >= queue.minProficiency(call.level); p--) {
            Agent next = nextInTurn(queue.ready[p], queue.lastRung, null);
            if (next != null) {
                return next;
            }
        }
        Agent best = null;
        for (GroupId also : queue.alsoGroups(call.level)) {
            GroupQueue other = queues.get(also);
            for (int p = 1; other != null && p <= GroupQueue.MAX_PROFICIENCY; p++) {
                best = nextInTurn(other.ready[p], queue.lastRung, best);
            }
        }
        return best;
    }

    @Override
    public void offered(Call call, Agent agent) {
        call.queue.lastRung = agent.ordinal;
        int index = agent.candidates == null ? -1 : agent.candidates.indexOf(call.queue);
        if (index >= 0) {
            agent.rotation = index + 1;
        }
    }

    /** The agent after {@code last} in creation order (wrapping round), or {@code best}. */
    private static Agent nextInTurn(TreeSet<Agent> agents, int last, Agent best) {
        for (Agent agent : agents) {
            if (best == null || distance(agent.ordinal, last) < distance(best.ordinal, last)) {
                best = agent;
            }
        }
        return best;
    }

    private static long distance(int ordinal, int last) {
        return ordinal > last ? ordinal - last : ordinal - last + (1L << 32);
    }
}
