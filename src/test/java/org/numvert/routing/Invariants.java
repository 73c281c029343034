package org.numvert.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/** White-box consistency checks of an engine's state (tests of this package only). */
final class Invariants {
    private Invariants() {
    }

    static void check(RoutingEngine engine) {
        agentsAndCallsAgree(engine);
        queuesAgreeWithCalls(engine);
        noReadyAgentIsEligibleForAParkedCall(engine);
        noReadyOrRingingAgentHasAnUnreachablePhone(engine);
    }

    private static void noReadyOrRingingAgentHasAnUnreachablePhone(RoutingEngine engine) {
        for (Agent agent : engine.agents.values()) {
            if (agent.state == AgentState.READY || agent.state == AgentState.RESERVED) {
                assertThat(engine.phones.reachable(agent)).as("%s %s with its phone unreachable", agent.id(),
                        agent.state).isTrue();
            }
            if (agent.pausedForPhone) {
                assertThat(agent.state).as("%s paused for its phone", agent.id()).isEqualTo(AgentState.PAUSED);
            }
        }
    }

    private static void agentsAndCallsAgree(RoutingEngine engine) {
        for (Agent agent : engine.agents.values()) {
            boolean busy = agent.state == AgentState.RESERVED || agent.state == AgentState.ON_CALL
                    || agent.state == AgentState.WRAP_UP;
            assertThat(agent.call != null).as("%s in %s has a call", agent.id(), agent.state)
                    .isEqualTo(busy);
            if (busy) {
                assertThat(agent.call.agent).as("call of %s points back", agent.id()).isSameAs(agent);
                assertThat(engine.calls.get(agent.call.id)).isSameAs(agent.call);
                CallPhase expected = switch (agent.state) {
                    case RESERVED -> CallPhase.RINGING;
                    case ON_CALL -> CallPhase.TALKING;
                    default -> CallPhase.WRAP_UP;
                };
                assertThat(agent.call.phase).isEqualTo(expected);
            }
        }
        for (Call call : engine.calls.values()) {
            assertThat(call.agent == null).as("call %s in %s", call.id, call.phase)
                    .isEqualTo(call.phase == CallPhase.WAITING);
            if (call.agent != null) {
                assertThat(call.agent.call).as("agent of %s points back", call.id).isSameAs(call);
            }
        }
    }

    private static void queuesAgreeWithCalls(RoutingEngine engine) {
        Map<GroupQueue, int[]> counts = new HashMap<>();
        for (Call call : engine.calls.values()) {
            if (call.inQueue()) {
                int[] c = counts.computeIfAbsent(call.queue, q -> new int[3]);
                c[call.callback ? 1 : 0]++;
                c[2] += call.phase == CallPhase.RINGING ? 1 : 0;
            }
            boolean parked = call.queue.parked.getOrDefault(call.rank(), new TreeSet<>(GroupQueue.QUEUE_ORDER))
                    .contains(call);
            assertThat(parked).as("%s parked", call.id).isEqualTo(call.phase == CallPhase.WAITING);
        }
        for (GroupQueue queue : engine.queues.values()) {
            int[] c = counts.getOrDefault(queue, new int[3]);
            assertThat(new int[] {queue.callersHolding, queue.callbacksHolding, queue.ringing})
                    .as("counters of %s", queue.id()).containsExactly(c);
            queue.parked.values().forEach(rank -> rank.forEach(call ->
                    assertThat(engine.calls.get(call.id)).as("parked %s known", call.id).isSameAs(call)));
        }
    }

    private static void noReadyAgentIsEligibleForAParkedCall(RoutingEngine engine) {
        for (Agent agent : engine.agents.values()) {
            if (agent.state != AgentState.READY) {
                continue;
            }
            for (GroupQueue queue : engine.groups.candidates(agent)) {
                for (TreeSet<Call> rank : queue.parked.values()) {
                    for (Call call : rank) {
                        assertThat(queue.eligible(agent, call))
                                .as("ready %s eligible for parked %s", agent.id(), call.id).isFalse();
                    }
                }
            }
        }
    }
}
