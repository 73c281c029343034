package org.numvert.sim;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.numvert.routing.OverflowAction;

/**
 * The Erlang prediction for a group served by a dedicated pool: agents skilled in that group
 * only (among the scenario's groups: a skill in a group without calls does not count), all the
 * run long, with no escalation into or out of it and no overflow into it. For
 * such a group the simulator must agree with Erlang C (callers who never abandon, exponential
 * handle times) or Erlang A (exponential patience). Arrival profiles are taken at their mean
 * rate; handle time is the group's mean handle plus its wrap-up.
 */
public record PoolReference(String group, int agents, double perHour, double ahtSeconds,
        int thresholdSeconds, double erlangCServiceLevel, double erlangCAsaSeconds,
        Optional<ErlangA.Prediction> erlangA) {

    /** The references of every dedicated pool of {@code scenario}, in group order. */
    public static Map<String, PoolReference> of(Scenario scenario) {
        Map<String, PoolReference> references = new LinkedHashMap<>();
        for (Scenario.Group group : scenario.groups()) {
            dedicatedAgents(scenario, group.name())
                    .map(agents -> reference(scenario, group, agents))
                    .ifPresent(reference -> references.put(group.name(), reference));
        }
        return references;
    }

    private static Optional<Integer> dedicatedAgents(Scenario scenario, String group) {
        int agents = 0;
        for (Scenario.AgentPool pool : scenario.agents()) {
            if (pool.skills().containsKey(group)) {
                long routed = pool.skills().keySet().stream()
                        .filter(name -> scenario.groups().stream().anyMatch(g -> g.name().equals(name)))
                        .count();
                if (routed > 1 || pool.shift().isPresent()) {
                    return Optional.empty();
                }
                agents += pool.count();
            }
        }
        boolean linked = scenario.groups().stream().anyMatch(g -> g.name().equals(group)
                ? !g.escalation().isEmpty()
                : g.overflow() instanceof OverflowAction.ToGroup to && to.group().value().equals(group)
                        || g.escalation().stream()
                        .anyMatch(s -> s.alsoGroups().stream().anyMatch(a -> a.value().equals(group))));
        return agents == 0 || linked ? Optional.empty() : Optional.of(agents);
    }

    private static PoolReference reference(Scenario scenario, Scenario.Group group, int agents) {
        double perHour = scenario.arrivals().stream().filter(a -> a.group().equals(group.name()))
                .mapToDouble(a -> a.meanPerHour(scenario.durationMinutes())).sum();
        double aht = group.handleTime().meanSeconds() + group.wrapUpSeconds();
        double traffic = perHour / 3600.0 * aht;
        int threshold = group.slTargetSeconds();
        Optional<ErlangA.Prediction> erlangA = group.patience()
                .filter(p -> p.kind() == Distribution.Kind.EXPONENTIAL)
                .map(p -> ErlangA.predict(agents, perHour, aht, p.meanSeconds(), threshold, 5));
        return new PoolReference(group.name(), agents, perHour, aht, threshold,
                ErlangC.serviceLevel(agents, traffic, aht, threshold),
                ErlangC.asaSeconds(agents, traffic, aht), erlangA);
    }
}
