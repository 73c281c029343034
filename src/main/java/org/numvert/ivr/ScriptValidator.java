package org.numvert.ivr;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Checks what a parsed script means: every node, prompt and skill group it names exists, every
 * node can be reached, and every path can end (no cycle without exit). References left empty by
 * the parser were already reported and are skipped here.
 */
final class ScriptValidator {
    private final Script script;
    private final Set<String> knownGroups;
    private final List<Problem> problems;

    private ScriptValidator(Script script, Set<String> knownGroups, List<Problem> problems) {
        this.script = script;
        this.knownGroups = knownGroups;
        this.problems = problems;
    }

    static void validate(Script script, Set<String> knownGroups, List<Problem> problems) {
        ScriptValidator validator = new ScriptValidator(script, knownGroups, problems);
        validator.entries();
        script.flow().nodes().values().forEach(validator::node);
        validator.overflow(script.flow().overflow());
        validator.graph();
    }

    private void entries() {
        Flow flow = script.flow();
        nodeRef(flow.start());
        flow.closed().ifPresent(this::nodeRef);
        flow.holiday().ifPresent(this::nodeRef);
        if (!script.hours().alwaysOpen() && flow.closed().isEmpty()) {
            problems.add(new Problem(script.hotline().at(), "the script has opening hours but no 'closed' node"
                    + " (where calls go outside opening hours)"));
        }
    }

    private void node(FlowNode node) {
        node.say().forEach(this::promptRef);
        Action action = node.action();
        if (action instanceof Action.Next) {
            nodeRef(((Action.Next) action).target());
        } else if (action instanceof Action.Menu) {
            menu((Action.Menu) action);
        } else if (action instanceof Action.Route) {
            groupRef(((Action.Route) action).group());
            overflow(((Action.Route) action).overflow());
        } else if (action instanceof Action.Callback) {
            groupRef(((Action.Callback) action).group());
        }
    }

    private void menu(Action.Menu menu) {
        promptRef(menu.prompt());
        promptRef(menu.invalid());
        promptRef(menu.noInput());
        Stream.concat(menu.choices().stream().map(Choice::target), menu.onFailure().stream())
                .filter(t -> t instanceof Target.ToNode)
                .forEach(t -> nodeRef(((Target.ToNode) t).node()));
    }

    private void overflow(OverflowRule rule) {
        rule.group().ifPresent(this::groupRef);
        rule.message().ifPresent(this::promptRef);
    }

    private void nodeRef(Ref ref) {
        if (!ref.name().isEmpty() && !script.flow().nodes().containsKey(ref.name())) {
            problems.add(new Problem(ref.at(), "unknown node '" + ref.name() + "'"
                    + Spelling.hint(ref.name(), script.flow().nodes().keySet())));
        }
    }

    private void promptRef(Ref ref) {
        if (!ref.name().isEmpty() && !script.prompts().containsKey(ref.name())) {
            problems.add(new Problem(ref.at(), "missing prompt text: prompt '" + ref.name()
                    + "' is not in 'prompts'" + Spelling.hint(ref.name(), script.prompts().keySet())));
        }
    }

    private void groupRef(Ref ref) {
        if (!ref.name().isEmpty() && !knownGroups.contains(ref.name())) {
            problems.add(new Problem(ref.at(), "unknown skill group '" + ref.name() + "'"
                    + Spelling.hint(ref.name(), knownGroups)));
        }
    }

    /** Unreachable nodes (unless an entry is itself unknown: that one problem says it) and traps. */
    private void graph() {
        Flow flow = script.flow();
        FlowGraph graph = new FlowGraph(flow);
        List<String> entries = new ArrayList<>();
        entries.add(flow.start().name());
        flow.closed().ifPresent(r -> entries.add(r.name()));
        flow.holiday().ifPresent(r -> entries.add(r.name()));
        Set<String> reachable = graph.reachableFrom(entries);
        boolean entriesKnown = flow.nodes().keySet().containsAll(entries);
        for (FlowNode node : flow.nodes().values()) {
            if (entriesKnown && !reachable.contains(node.id())) {
                problems.add(new Problem(node.at(), "unreachable node '" + node.id()
                        + "': no path leads to it from start, closed or holiday"));
            }
        }
        Set<String> exits = graph.canExit();
        Set<String> trapped = new HashSet<>(reachable);
        trapped.removeAll(exits);
        Set<String> reported = new HashSet<>();
        for (FlowNode node : flow.nodes().values()) {
            if (trapped.contains(node.id()) && !reported.contains(node.id())) {
                trappedProblem(graph, node, trapped);
                reported.addAll(graph.trappedFrom(node.id(), trapped));
            }
        }
    }

    /** Reports the cycle (or dead end) that traps {@code node}, at the node where it starts. */
    private void trappedProblem(FlowGraph graph, FlowNode node, Set<String> trapped) {
        List<String> path = graph.trappedPath(node.id(), trapped);
        String last = path.get(path.size() - 1);
        int cycleStart = path.indexOf(last);
        boolean cycle = cycleStart < path.size() - 1;
        List<String> shown = cycle ? path.subList(cycleStart, path.size()) : path;
        FlowNode at = script.nodeFor(cycle ? last : node.id());
        problems.add(new Problem(at.at(), (cycle ? "cycle without exit: " : "dead end: ") + String.join(" → ", shown)
                + " never reaches a route, voicemail, callback or hangup"));
    }
}
