package org.numvert.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.numvert.routing.RoutingEvent.AgentConfigured;
import org.numvert.routing.RoutingEvent.AgentLoggedIn;
import org.numvert.routing.RoutingEvent.AgentReady;
import org.numvert.routing.RoutingEvent.CallEntered;
import org.numvert.routing.RoutingEvent.GroupConfigured;

/**
 * An engine on a fake clock with short names for tests: groups, agents and calls by name,
 * events sent at a given second, outputs collected. Monday 6 January 2025, 09:00 Paris.
 */
final class EngineHarness {
    static final Instant START = Instant.parse("2025-01-06T08:00:00Z");
    static final HotlineId HOTLINE = new HotlineId("entreprises");

    final FakeClock clock = new FakeClock(START);
    final RoutingEngine engine;
    final List<RoutingOutput> all = new ArrayList<>();
    private double second;

    EngineHarness() {
        this(RoutingPolicy.GLOBAL);
    }

    EngineHarness(RoutingPolicy policy) {
        this(policy, new RoutingSettings(15, 5));
    }

    EngineHarness(RoutingPolicy policy, RoutingSettings settings) {
        engine = RoutingEngine.builder(clock).settings(settings).policy(policy).build();
    }

    static GroupId g(String name) {
        return new GroupId(name);
    }

    static AgentId a(String name) {
        return new AgentId(name);
    }

    static CallId c(String name) {
        return new CallId(name);
    }

    static SkillGroup group(String name, int slSeconds, int wrapUpSeconds) {
        return new SkillGroup(g(name), HOTLINE, name, slSeconds, wrapUpSeconds, 0, 0, true,
                List.of(Organisation.REGION), List.of());
    }

    /** Skills as "group:level" pairs. */
    static AgentProfile agent(String name, String... skills) {
        Map<GroupId, Integer> map = Arrays.stream(skills).map(s -> s.split(":"))
                .collect(Collectors.toMap(p -> g(p[0]), p -> Integer.parseInt(p[1])));
        return new AgentProfile(a(name), name, Organisation.REGION, "PJSIP/" + name, map);
    }

    EngineHarness with(SkillGroup... groups) {
        for (SkillGroup group : groups) {
            send(new GroupConfigured(group));
        }
        return this;
    }

    /** Configures, logs in and readies agents, in the order given. */
    EngineHarness ready(AgentProfile... agents) {
        for (AgentProfile agent : agents) {
            send(new AgentConfigured(agent));
            send(new AgentLoggedIn(agent.id()));
            send(new AgentReady(agent.id()));
        }
        return this;
    }

    static CallEntered call(String id, String group) {
        return call(id, group, 0, new OverflowAction.None());
    }

    static CallEntered call(String id, String group, int priority, OverflowAction onOverflow) {
        return new CallEntered(c(id), HOTLINE, g(group), priority, CallerNumber.of("0612345678"),
                "topic", List.of("1"), onOverflow);
    }

    /** Moves the clock to {@code at} seconds after the start, then handles the event. */
    List<RoutingOutput> at(double at, RoutingEvent event) {
        clock.advanceSeconds(at - second);
        second = at;
        return send(event);
    }

    List<RoutingOutput> send(RoutingEvent event) {
        List<RoutingOutput> out = engine.handle(event);
        all.addAll(out);
        return out;
    }

    static List<RoutingCommand> commands(List<RoutingOutput> outputs) {
        return outputs.stream().filter(RoutingCommand.class::isInstance)
                .map(RoutingCommand.class::cast).toList();
    }

    static <T> List<T> only(List<RoutingOutput> outputs, Class<T> type) {
        return outputs.stream().filter(type::isInstance).map(type::cast).toList();
    }

    RoutingView view() {
        return engine.view();
    }
}
