package org.numvert.bench;

import java.util.List;
import java.util.Map;
import org.numvert.routing.AgentId;
import org.numvert.routing.AgentProfile;
import org.numvert.routing.CallId;
import org.numvert.routing.CallerNumber;
import org.numvert.routing.GroupId;
import org.numvert.routing.Organisation;
import org.numvert.routing.OverflowAction;
import org.numvert.routing.RoutingEngine;
import org.numvert.routing.RoutingEvent;

/**
 * Memory of the engine per waiting call and per agent: heap retained after adding 200,000
 * waiting callers (with caller number, topic and IVR choices, as from a real IVR), then 100,000
 * ready agents with four skills each (the ready index included) in another engine, measured
 * after full collections. Run with a fixed heap
 * ({@code -Xms2g -Xmx2g}) so that the figures are stable.
 */
public final class EngineFootprint {
    private static final int CALLS = 200_000;
    private static final int AGENTS = 100_000;
    private static final BenchClock CLOCK = new BenchClock();

    private EngineFootprint() {
    }

    public static void main(String[] args) {
        long base = usedHeap();
        RoutingEngine withCalls = engineWithGroups();
        addWaitingCalls(withCalls);
        long calls = usedHeap() - base;
        RoutingEngine withAgents = engineWithGroups();
        addReadyAgents(withAgents);
        long agents = usedHeap() - base - calls;
        System.out.printf("waiting call: %d bytes; ready agent (4 skills): %d bytes%n",
                calls / CALLS, agents / AGENTS);
        if (withCalls.view().figures().get(0).waiting() == 0 || withAgents.view().agents().isEmpty()) {
            throw new IllegalStateException("nothing measured");
        }
    }

    private static RoutingEngine engineWithGroups() {
        RoutingEngine engine = new RoutingEngine(org.numvert.routing.RoutingSettings.DEFAULTS, CLOCK);
        for (int g = 0; g < 30; g++) {
            engine.handle(new RoutingEvent.GroupConfigured(org.numvert.routing.SkillGroup.withDefaults(
                    new GroupId("group-" + g), ContactCenter.HOTLINE)));
        }
        return engine;
    }

    private static void addWaitingCalls(RoutingEngine engine) {
        for (int i = 0; i < CALLS; i++) {
            CLOCK.millis += 5;
            engine.handle(new RoutingEvent.CallEntered(new CallId("call-" + i), ContactCenter.HOTLINE,
                    new GroupId("group-" + (i % 30)), 0, CallerNumber.of("06" + (10_000_000 + i)),
                    "aides-urgence", List.of("1", "2"), new OverflowAction.Voicemail()));
        }
    }

    private static void addReadyAgents(RoutingEngine engine) {
        for (int a = 0; a < AGENTS; a++) {
            AgentId id = new AgentId("agent-" + a);
            Map<GroupId, Integer> skills = Map.of(new GroupId("group-" + (a % 30)), 3,
                    new GroupId("group-" + ((a + 7) % 30)), 2, new GroupId("group-" + ((a + 13) % 30)), 4,
                    new GroupId("group-" + ((a + 21) % 30)), 5);
            engine.handle(new RoutingEvent.AgentConfigured(new AgentProfile(id, "Agent " + a,
                    Organisation.REGION, "PJSIP/" + a, skills)));
            engine.handle(new RoutingEvent.AgentReady(id));
        }
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 5; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
