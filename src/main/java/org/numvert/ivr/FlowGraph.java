package org.numvert.ivr;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A flow's nodes as a directed graph (an edge for each {@code next}, menu choice leading to a
 * node, and {@code onFailure}), to find the nodes no call can reach and the nodes from which no
 * call can ever leave the IVR. {@code repeat} and {@code back} add no edges: they go back to menus
 * already on the caller's path.
 */
final class FlowGraph {
    private final Map<String, FlowNode> nodes;
    private final Map<String, List<String>> successors = new LinkedHashMap<>();

    FlowGraph(Flow flow) {
        this.nodes = flow.nodes();
        nodes.values().forEach(node -> successors.put(node.id(), targets(node.action()).stream()
                .filter(nodes::containsKey).toList()));
    }

    /** The node names an action leads to (including names that may not exist). */
    static List<String> targets(Action action) {
        List<String> targets = new ArrayList<>();
        if (action instanceof Action.Next) {
            targets.add(((Action.Next) action).target().name());
        } else if (action instanceof Action.Menu) {
            Action.Menu menu = (Action.Menu) action;
            menu.choices().stream().map(Choice::target).filter(t -> t instanceof Target.ToNode)
                    .forEach(t -> targets.add(((Target.ToNode) t).node().name()));
            menu.onFailure().filter(t -> t instanceof Target.ToNode)
                    .ifPresent(t -> targets.add(((Target.ToNode) t).node().name()));
        }
        return targets;
    }

    Set<String> reachableFrom(Collection<String> entries) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        entries.stream().filter(nodes::containsKey).forEach(todo::add);
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (seen.add(id)) {
                todo.addAll(successors.get(id));
            }
        }
        return seen;
    }

    /** Nodes from which some path ends in a terminal action (route, voicemail, callback, hangup). */
    Set<String> canExit() {
        Map<String, List<String>> predecessors = new HashMap<>();
        successors.forEach((from, tos) -> tos.forEach(to -> predecessors.computeIfAbsent(to, k -> new ArrayList<>()).add(from)));
        Set<String> exits = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        nodes.values().stream().filter(n -> n.action().isTerminal()).forEach(n -> todo.add(n.id()));
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (exits.add(id)) {
                todo.addAll(predecessors.getOrDefault(id, List.of()));
            }
        }
        return exits;
    }

    /**
     * A path from {@code start} through {@code trapped} nodes: ends with the first repeated node
     * (a cycle) or at a node with no way on (a dead end).
     */
    List<String> trappedPath(String start, Set<String> trapped) {
        List<String> path = new ArrayList<>();
        String current = start;
        while (current != null && !path.contains(current)) {
            path.add(current);
            Optional<String> next = successors.get(current).stream().filter(trapped::contains).findFirst();
            current = next.orElse(null);
        }
        if (current != null) {
            path.add(current);
        }
        return path;
    }

    /** The trapped nodes reachable from {@code start} without leaving the trapped set. */
    Set<String> trappedFrom(String start, Set<String> trapped) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (trapped.contains(id) && seen.add(id)) {
                todo.addAll(successors.get(id));
            }
        }
        return seen;
    }
}
