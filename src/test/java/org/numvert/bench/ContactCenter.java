package org.numvert.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.numvert.routing.AgentId;
import org.numvert.routing.AgentProfile;
import org.numvert.routing.CallId;
import org.numvert.routing.CallerNumber;
import org.numvert.routing.EndedBy;
import org.numvert.routing.EscalationStep;
import org.numvert.routing.GroupId;
import org.numvert.routing.HotlineId;
import org.numvert.routing.Organisation;
import org.numvert.routing.OverflowAction;
import org.numvert.routing.RoutingCommand;
import org.numvert.routing.RoutingEngine;
import org.numvert.routing.RoutingEvent;
import org.numvert.routing.RoutingOutput;
import org.numvert.routing.SkillGroup;

/**
 * A large contact center for the benchmarks: {@code groups} groups (a third with escalation
 * steps), {@code agents} agents with 3 to 5 skills each, all on a call, and {@code waiting}
 * callers waiting. Wrap-up is 0 so that the end of a call is at once a routing decision.
 */
final class ContactCenter {
    static final HotlineId HOTLINE = new HotlineId("bench");

    final BenchClock clock = new BenchClock();
    final RoutingEngine engine = new RoutingEngine(org.numvert.routing.RoutingSettings.DEFAULTS, clock);
    final List<GroupId> groups = new ArrayList<>();
    final List<AgentId> agents = new ArrayList<>();
    /** The call each agent is on (or is being offered). */
    final Map<AgentId, CallId> callOf = new HashMap<>();
    private final SplittableRandom random = new SplittableRandom(2025);
    private long calls;

    ContactCenter(int groupCount, int agentCount, int waiting) {
        for (int g = 0; g < groupCount; g++) {
            GroupId id = new GroupId("group-" + g);
            groups.add(id);
            List<EscalationStep> steps = g % 3 == 0
                    ? List.of(new EscalationStep(30, 2, List.of()),
                            new EscalationStep(90, 1, List.of(new GroupId("group-" + ((g + 1) % groupCount)))))
                    : List.of();
            engine.handle(new RoutingEvent.GroupConfigured(new SkillGroup(id, HOTLINE, id.value(),
                    20 + 10 * (g % 3), 0, 0, 0, true, List.of(Organisation.REGION), steps)));
        }
        for (int a = 0; a < agentCount; a++) {
            AgentId id = new AgentId(String.format("agent-%04d", a));
            agents.add(id);
            Map<GroupId, Integer> skills = new HashMap<>();
            for (int s = 0, n = 3 + random.nextInt(3); s < n; s++) {
                skills.put(groups.get(random.nextInt(groupCount)), 1 + random.nextInt(5));
            }
            engine.handle(new RoutingEvent.AgentConfigured(new AgentProfile(id, id.value(),
                    Organisation.REGION, "PJSIP/" + a, skills)));
            engine.handle(new RoutingEvent.AgentLoggedIn(id));
        }
        for (int i = 0; i < waiting + agentCount * 2; i++) {
            clock.millis += 10;
            enter();
        }
        for (AgentId agent : agents) {
            clock.millis += 1;
            observe(engine.handle(new RoutingEvent.AgentReady(agent)));
            CallId call = callOf.get(agent);
            if (call != null) {
                engine.handle(new RoutingEvent.OfferAnswered(call, agent));
            }
        }
    }

    /** A new caller in a random group (everyone is busy: it queues). */
    List<RoutingOutput> enter() {
        CallId call = new CallId("c" + calls++);
        return engine.handle(new RoutingEvent.CallEntered(call, HOTLINE,
                groups.get(random.nextInt(groups.size())), random.nextInt(10) == 0 ? 1 : 0,
                CallerNumber.withheld(), "", List.of(), new OverflowAction.None()));
    }

    /** The agent's call ends: it is free at once and takes the most urgent call it may serve. */
    List<RoutingOutput> endCallOf(AgentId agent) {
        CallId call = callOf.remove(agent);
        List<RoutingOutput> out = engine.handle(new RoutingEvent.CallEnded(call, EndedBy.CALLER));
        observe(out);
        return out;
    }

    void answer(AgentId agent) {
        CallId call = callOf.get(agent);
        if (call != null) {
            engine.handle(new RoutingEvent.OfferAnswered(call, agent));
        }
    }

    AgentId randomBusyAgent() {
        while (true) {
            AgentId agent = agents.get(random.nextInt(agents.size()));
            if (callOf.containsKey(agent)) {
                return agent;
            }
        }
    }

    void observe(List<RoutingOutput> outputs) {
        for (RoutingOutput output : outputs) {
            if (output instanceof RoutingCommand.OfferCall offer) {
                callOf.put(offer.agent(), offer.call());
            }
        }
    }

    int waiting() {
        return engine.view().figures().stream().mapToInt(f -> f.waiting()).sum();
    }
}
