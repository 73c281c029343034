package org.numvert.routing;

import java.util.ArrayDeque;
import java.util.PriorityQueue;

/**
 * Makes every offer that became possible after an event, most urgent call first. Between events
 * no ready agent is eligible for a parked call; only the calls and agents marked since (a call
 * entered, came back or escalated; an agent became ready or got new skills) can pair, so only
 * they are examined. Engine thread only.
 */
final class Dispatcher {
    private final RoutingEngine engine;
    private final Selection selection;
    private final Groups groups;
    private final ArrayDeque<Call> pendingCalls = new ArrayDeque<>();
    private final ArrayDeque<Agent> pendingAgents = new ArrayDeque<>();
    private final PriorityQueue<Candidate> candidates = new PriorityQueue<>(
            (x, y) -> Selection.compareUrgency(x.call, y.call, this.now));
    private long now;

    private record Candidate(Call call, Agent agent) {
    }

    Dispatcher(RoutingEngine engine, Selection selection, Groups groups) {
        this.engine = engine;
        this.selection = selection;
        this.groups = groups;
    }

    void callMayMatch(Call call) {
        pendingCalls.add(call);
    }

    void agentMayMatch(Agent agent) {
        pendingAgents.add(agent);
    }

    /**
     * Pops candidates by urgency: a call, or the call an agent would take; the call goes to the
     * agent the selection picks for it, and an agent that did not get it looks again.
     */
    void dispatch(long at) {
        if (pendingCalls.isEmpty() && pendingAgents.isEmpty()) {
            return;
        }
        now = at;
        for (Call call; (call = pendingCalls.poll()) != null; ) {
            if (call.phase == CallPhase.WAITING) {
                candidates.add(new Candidate(call, null));
            }
        }
        for (Agent agent; (agent = pendingAgents.poll()) != null; ) {
            addCandidate(agent);
        }
        while (!candidates.isEmpty()) {
            Candidate next = candidates.poll();
            Agent chosen = null;
            if (next.call.phase == CallPhase.WAITING) {
                chosen = selection.agentFor(next.call, groups.queues);
                if (chosen != null) {
                    engine.offer(next.call, chosen);
                }
            }
            if (next.agent != null && (chosen != null || next.call.phase != CallPhase.WAITING)) {
                addCandidate(next.agent);
            }
        }
    }

    private void addCandidate(Agent agent) {
        if (agent.state == AgentState.READY) {
            Call call = selection.callFor(agent, groups.candidates(agent), now);
            if (call != null) {
                candidates.add(new Candidate(call, agent));
            }
        }
    }
}
