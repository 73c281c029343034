package org.numvert.ivr;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a script's {@code nodes}: each node's {@code say} prompts and its one action ({@code next},
 * {@code menu}, {@code route}, {@code voicemail}, {@code callback} or {@code hangup}) with the keys
 * that go with it. References (to nodes, prompts, groups) are only recorded here; the
 * {@link ScriptValidator} checks where they lead.
 */
final class NodeParser {
    private static final List<String> ACTIONS = List.of("next", "menu", "route", "voicemail", "callback", "hangup");
    private static final Set<String> MENU_KEYS = Set.of("choices", "timeout", "attempts", "invalid", "noInput",
            "default", "onFailure");
    private static final Set<String> ROUTE_KEYS = Set.of("priority", "overflow");
    private static final Set<String> KEYS = Stream.of(List.of("say", "topic"), ACTIONS, MENU_KEYS, ROUTE_KEYS)
            .flatMap(Collection::stream).collect(Collectors.toUnmodifiableSet());
    private static final Pattern DTMF = Pattern.compile("[0-9*]");
    private static final Set<String> RESERVED = Set.of("repeat", "back");

    private final List<Problem> problems;
    private final ScriptParser.MenuDefaults defaults;
    private final OverflowRule hotlineOverflow;
    private final BiFunction<ScriptNode, String, OverflowRule> overflowReader;

    NodeParser(List<Problem> problems, ScriptParser.MenuDefaults defaults, OverflowRule hotlineOverflow,
            BiFunction<ScriptNode, String, OverflowRule> overflowReader) {
        this.problems = problems;
        this.defaults = defaults;
        this.hotlineOverflow = hotlineOverflow;
        this.overflowReader = overflowReader;
    }

    Map<String, FlowNode> nodes(ScriptNode node) {
        Map<String, FlowNode> nodes = new LinkedHashMap<>();
        if (!(node instanceof ScriptNode.Mapping)) {
            problems.add(new Problem(node.at(), "nodes must be a mapping of 'name:' followed by each node's keys"));
            return nodes;
        }
        for (ScriptNode.Entry entry : ((ScriptNode.Mapping) node).entries()) {
            String id = entry.key().value();
            if (nodes.containsKey(id)) {
                problem(entry.key().at(), "duplicate node '" + id + "' (first at line " + nodes.get(id).at().line() + ")");
            } else if (!ScriptParser.ID.matcher(id).matches() || RESERVED.contains(id)) {
                problem(entry.key().at(), "node name '" + id + "' must be lower-case words joined by '-'"
                        + " (and not 'repeat' or 'back')");
            } else {
                node(entry).ifPresent(n -> nodes.put(id, n));
            }
        }
        return nodes;
    }

    private Optional<FlowNode> node(ScriptNode.Entry entry) {
        String id = entry.key().value();
        Optional<Fields> found = Fields.of(entry.value(), "node '" + id + "'", problems, KEYS);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Fields f = found.get();
        List<Ref> say = f.texts("say").stream().map(t -> new Ref(t.value().strip(), t.at())).toList();
        List<String> actions = ACTIONS.stream().filter(f::has).toList();
        if (actions.isEmpty()) {
            problem(entry.key().at(), "node '" + id + "' does nothing: give it one of " + String.join(", ", ACTIONS));
            return Optional.of(new FlowNode(id, entry.key().at(), say, new Action.HangUp()));
        }
        if (actions.size() > 1) {
            problem(f.key(actions.get(1)).orElseThrow().at(), "node '" + id + "' has both '" + actions.get(0)
                    + "' and '" + actions.get(1) + "': one action per node");
        }
        String action = actions.get(0);
        rejectKeysOf(f, MENU_KEYS, action, "menu");
        rejectKeysOf(f, ROUTE_KEYS, action, "route");
        if (!action.equals("route") && !action.equals("callback")) {
            f.key("topic").ifPresent(k -> problem(k.at(), "'topic' only goes with 'route' or 'callback'"));
        }
        return Optional.of(new FlowNode(id, entry.key().at(), say, action(f, action, id)));
    }

    private void rejectKeysOf(Fields f, Set<String> keys, String action, String owner) {
        if (!action.equals(owner)) {
            keys.forEach(key -> f.key(key).ifPresent(k -> problem(k.at(), "'" + key + "' only goes with '" + owner + "'")));
        }
    }

    private Action action(Fields f, String action, String id) {
        switch (action) {
            case "next":
                return new Action.Next(ref(f, "next"));
            case "menu":
                return menu(f, id);
            case "route":
                return new Action.Route(ref(f, "route"), f.integer("priority", 0, 0, 9), topic(f),
                        f.node("overflow").map(n -> overflowReader.apply(n, "overflow of node '" + id + "'"))
                                .orElse(hotlineOverflow));
            case "voicemail":
                return new Action.Voicemail(ref(f, "voicemail").name());
            case "callback":
                return new Action.Callback(ref(f, "callback"), topic(f));
            default:
                if (!f.bool("hangup", true)) {
                    f.key("hangup").ifPresent(k -> problem(k.at(), "'hangup' can only be yes"));
                }
                return new Action.HangUp();
        }
    }

    private Action.Menu menu(Fields f, String id) {
        List<Choice> choices = choices(f, id);
        Optional<String> defaultKey = f.text("default").map(t -> defaultKey(t, choices, id));
        Optional<Target> onFailure = f.ref("onFailure").map(Target.ToNode::new);
        if (defaultKey.isEmpty() && onFailure.isEmpty() && !f.has("default")) {
            problem(f.key("menu").orElseThrow().at(), "menu '" + id
                    + "' needs 'default' (a key) or 'onFailure' (a node): where callers go after the last attempt");
        }
        if (f.has("default") && f.has("onFailure")) {
            problem(f.key("onFailure").orElseThrow().at(), "menu '" + id + "' has both 'default' and 'onFailure': keep one");
        }
        return new Action.Menu(ref(f, "menu"), choices,
                Duration.ofSeconds(f.integer("timeout", (int) defaults.timeout().toSeconds(), 1, 30)),
                f.integer("attempts", defaults.attempts(), 1, 5),
                messageOrDefault(f, "invalid", defaults.invalid(), id),
                messageOrDefault(f, "noInput", defaults.noInput(), id),
                defaultKey.filter(k -> !k.isEmpty()), onFailure);
    }

    private List<Choice> choices(Fields f, String id) {
        Optional<ScriptNode> node = f.node("choices");
        if (node.isEmpty() || !(node.get() instanceof ScriptNode.Mapping)) {
            problem(node.map(ScriptNode::at).orElse(f.at()), "menu '" + id
                    + "' needs 'choices': a mapping of keys to nodes (\"1\": some-node)");
            return List.of();
        }
        List<Choice> choices = new ArrayList<>();
        Map<String, Position> seen = new HashMap<>();
        for (ScriptNode.Entry entry : ((ScriptNode.Mapping) node.get()).entries()) {
            String key = entry.key().value();
            Position first = seen.putIfAbsent(key, entry.key().at());
            if (first != null) {
                problem(entry.key().at(), "key '" + key + "' is used twice in menu '" + id + "' (first at line "
                        + first.line() + ")");
            } else if (!DTMF.matcher(key).matches()) {
                problem(entry.key().at(), "invalid DTMF key '" + key + "' in menu '" + id + "': use one of 0-9 or '*'"
                        + (key.equals("#") ? " ('#' ends digit entry on the phone network)" : ""));
            } else if (!(entry.value() instanceof ScriptNode.Text) || ((ScriptNode.Text) entry.value()).value().isBlank()) {
                problem(entry.value().at(), "key '" + key + "' of menu '" + id + "' must lead to a node, repeat or back");
            } else {
                choices.add(new Choice(key, target((ScriptNode.Text) entry.value()), entry.key().at()));
            }
        }
        return choices;
    }

    private static Target target(ScriptNode.Text text) {
        String value = text.value().strip();
        if (value.equals("repeat")) {
            return new Target.Repeat();
        }
        if (value.equals("back")) {
            return new Target.Back();
        }
        return new Target.ToNode(new Ref(value, text.at()));
    }

    private String defaultKey(ScriptNode.Text text, List<Choice> choices, String id) {
        String key = text.value().strip();
        Optional<Choice> choice = choices.stream().filter(c -> c.key().equals(key)).findFirst();
        if (choice.isEmpty()) {
            problem(text.at(), "default '" + key + "' of menu '" + id + "' is not one of its keys");
            return "";
        }
        if (!(choice.get().target() instanceof Target.ToNode)) {
            problem(text.at(), "default '" + key + "' of menu '" + id + "' must lead to a node, not "
                    + choice.get().target());
            return "";
        }
        return key;
    }

    private Ref messageOrDefault(Fields f, String key, Optional<Ref> fallback, String id) {
        Optional<Ref> message = f.ref(key).or(() -> fallback);
        if (message.isEmpty()) {
            problem(f.key("menu").orElseThrow().at(), "menu '" + id + "' has no '" + key
                    + "' message (give it here or in menuDefaults)");
            return new Ref("", f.at());
        }
        return message.get();
    }

    private static String topic(Fields f) {
        return f.text("topic").map(t -> t.value().strip()).orElse("");
    }

    /** The reference under {@code key}, or an empty placeholder (already reported) when it is bad. */
    private static Ref ref(Fields f, String key) {
        return f.ref(key).orElse(new Ref("", f.at()));
    }

    private void problem(Position at, String message) {
        problems.add(new Problem(at, message));
    }
}
