package org.numvert.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One row of the rule table: a set-up, then steps "at second t, this event, these commands
 * exactly". Agents named in {@link #ready} are configured, logged in and ready at second 0 in
 * the order given (so the first is the longest idle); {@link #loggedIn} ones stay paused.
 */
final class Scenario {
    final String name;
    final RoutingPolicy policy;
    final List<SkillGroup> groups = new ArrayList<>();
    final List<AgentProfile> ready = new ArrayList<>();
    final List<AgentProfile> loggedIn = new ArrayList<>();
    final List<Step> steps = new ArrayList<>();

    record Step(double at, RoutingEvent event, List<RoutingCommand> expected) {
    }

    private Scenario(String name, RoutingPolicy policy) {
        this.name = name;
        this.policy = policy;
    }

    static Scenario of(String name) {
        return new Scenario(name, RoutingPolicy.GLOBAL);
    }

    static Scenario perQueue(String name) {
        return new Scenario(name, RoutingPolicy.PER_QUEUE);
    }

    Scenario groups(SkillGroup... values) {
        groups.addAll(List.of(values));
        return this;
    }

    Scenario ready(AgentProfile... values) {
        ready.addAll(List.of(values));
        return this;
    }

    Scenario loggedIn(AgentProfile... values) {
        loggedIn.addAll(List.of(values));
        return this;
    }

    Scenario at(double second, RoutingEvent event, RoutingCommand... expected) {
        steps.add(new Step(second, event, List.of(expected)));
        return this;
    }

    /** Runs the set-up and the steps, handing each step's commands to {@code check}. */
    EngineHarness run(Consumer<StepResult> check) {
        EngineHarness h = new EngineHarness(policy);
        groups.forEach(h::with);
        h.ready(ready.toArray(AgentProfile[]::new));
        for (AgentProfile agent : loggedIn) {
            h.send(new RoutingEvent.AgentConfigured(agent));
            h.send(new RoutingEvent.AgentLoggedIn(agent.id()));
        }
        for (Step step : steps) {
            check.accept(new StepResult(step, EngineHarness.commands(h.at(step.at, step.event))));
        }
        return h;
    }

    record StepResult(Step step, List<RoutingCommand> actual) {
    }

    @Override
    public String toString() {
        return name;
    }
}
