package org.numvert.ivr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Records the dry runs of one real script and checks, once all have run, that they pressed every
 * key of every menu and ended at every exit node of the script: "every branch" made measurable.
 */
final class BranchCoverage {
    private final Script script;
    private final Set<String> pressed = new TreeSet<>();
    private final Set<String> asked = new TreeSet<>();
    private final Set<String> ends = new TreeSet<>();

    BranchCoverage(String hotline) {
        this.script = RealScripts.LIBRARY.script(hotline).orElseThrow();
    }

    DryRun.Result run(String local, String... inputs) {
        return run(local, CrisisState.NONE, inputs);
    }

    DryRun.Result run(String local, CrisisState crisis, String... inputs) {
        DryRun.Result result = DryRun.run(RealScripts.LIBRARY, script.id(), RealScripts.at(local), List.of(inputs), crisis);
        if (result.session().script() == script) {
            pressed.addAll(result.pressed());
            asked.addAll(result.asked());
            ends.add(result.outcome().node());
        }
        return result;
    }

    /** The outcome of {@code result}, which must be a routing to a group. */
    static IvrOutcome.RouteToGroup route(DryRun.Result result) {
        assertThat(result.outcome()).isInstanceOf(IvrOutcome.RouteToGroup.class);
        return (IvrOutcome.RouteToGroup) result.outcome();
    }

    /**
     * Presses {@code keys} (comma-separated) at {@code local} and checks the routing: group,
     * priority, topic and the choices recorded (space-separated); returns it for more checks.
     */
    IvrOutcome.RouteToGroup assertMenuRoute(String local, String keys, String group, int priority, String topic,
            String choices) {
        IvrOutcome.RouteToGroup route = route(run(local, keys.split(",")));
        assertThat(route.group()).isEqualTo(group);
        assertThat(route.priority()).isEqualTo(priority);
        assertThat(route.topic()).isEqualTo(topic);
        assertThat(String.join(" ", route.choices())).isEqualTo(choices);
        return route;
    }

    /** A crisis switch of {@code scope} on from an hour before {@code local} to an hour after. */
    static CrisisState crisis(CrisisScope scope, String message, CrisisRouting routing, String local) {
        Instant at = RealScripts.at(local);
        Prompt prompt = RealScripts.LIBRARY.crisisMessage(message).orElseThrow();
        return new CrisisState(List.of(new CrisisSwitch(1, scope, prompt, routing, "test", at.plusSeconds(3600),
                new Stamp("superviseur", at.minusSeconds(3600)), java.util.Optional.empty())));
    }

    void assertComplete() {
        Set<String> keys = new TreeSet<>();
        Set<String> menus = new TreeSet<>();
        Set<String> exits = new TreeSet<>();
        for (FlowNode node : script.flow().nodes().values()) {
            if (node.action() instanceof Action.Menu) {
                menus.add(node.id());
                ((Action.Menu) node.action()).choices().forEach(c -> keys.add(node.id() + ":" + c.key()));
            } else if (node.action().isTerminal()) {
                exits.add(node.id());
            }
        }
        assertThat(pressed).as("keys pressed in " + script.id()).containsAll(keys);
        assertThat(asked).as("menus asked in " + script.id()).containsAll(menus);
        assertThat(ends).as("exits reached in " + script.id()).containsAll(exits);
    }
}
