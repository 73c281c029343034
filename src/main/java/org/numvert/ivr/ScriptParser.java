package org.numvert.ivr;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a script's source tree into a {@link Script}, reporting every structural mistake (missing
 * or unknown keys, wrong kinds of values, bad numbers, hours or keys) with its position. It always
 * builds as much of the script as it can, so that the {@link ScriptValidator} can report the
 * mistakes of meaning as well in the same run; a script with problems is never served.
 */
final class ScriptParser {
    static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern PROMPT_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*(/[a-z0-9][a-z0-9_-]*)*");
    private static final Set<String> TOP = Set.of("hotline", "label", "language", "numbers", "hours", "prompts",
            "menuDefaults", "overflow", "start", "closed", "holiday", "nodes");
    private static final Set<String> OVERFLOW = Set.of("action", "group", "message", "box");
    private static final Set<String> MENU_DEFAULTS = Set.of("timeout", "attempts", "invalid", "noInput");
    private static final Set<String> PROMPT = Set.of("text", "standard");

    /** Menu settings that apply when a menu does not give its own. */
    record MenuDefaults(Duration timeout, int attempts, Optional<Ref> invalid, Optional<Ref> noInput) {
    }

    private final ScriptSource source;
    private final List<Problem> problems;

    private ScriptParser(ScriptSource source, List<Problem> problems) {
        this.source = source;
        this.problems = problems;
    }

    /** The script as far as it could be read; problems are added to {@code problems}. */
    static Optional<Script> parse(ScriptNode root, ScriptSource source, List<Problem> problems) {
        return new ScriptParser(source, problems).script(root);
    }

    /** The crisis message catalogue ({@code messages:} name → text). */
    static CrisisMessages parseCrisisMessages(ScriptNode root, ScriptSource source, List<Problem> problems) {
        Optional<Fields> fields = Fields.of(root, "the crisis messages file", problems, Set.of("messages"));
        if (fields.isEmpty()) {
            return new CrisisMessages(Map.of(), source);
        }
        if (!fields.get().has("messages")) {
            problems.add(new Problem(fields.get().at(), "the crisis messages file has no 'messages'"));
        }
        return new CrisisMessages(new ScriptParser(source, problems)
                .prompts(fields.get().node("messages"), CrisisMessages.OWNER), source);
    }

    private Optional<Script> script(ScriptNode root) {
        Optional<Fields> found = Fields.of(root, "the script", problems, TOP);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Fields top = found.get();
        Hotline hotline = hotline(top);
        OpeningHours hours = top.node("hours").map(n -> new HoursParser(problems).hours(n)).orElse(OpeningHours.ALWAYS);
        Map<String, Prompt> prompts = prompts(top.node("prompts"), hotline.id());
        MenuDefaults defaults = top.node("menuDefaults").map(this::menuDefaults)
                .orElse(new MenuDefaults(Duration.ofSeconds(5), 3, Optional.empty(), Optional.empty()));
        OverflowRule overflow = top.node("overflow").map(n -> overflow(n, hotline.id(), "overflow"))
                .orElse(OverflowRule.NONE);
        NodeParser nodes = new NodeParser(problems, defaults, overflow,
                (node, what) -> overflow(node, hotline.id(), what));
        Map<String, FlowNode> flowNodes = top.node("nodes").map(nodes::nodes).orElseGet(() -> {
            top.problem(top.at(), "the script has no 'nodes'");
            return Map.of();
        });
        Ref start = top.requiredText("start").map(t -> new Ref(t.value().strip(), t.at()))
                .orElse(new Ref("", top.at()));
        Flow flow = new Flow(start, top.ref("closed"), top.ref("holiday"), flowNodes, overflow);
        return Optional.of(new Script(hotline, hours, prompts, flow, source));
    }

    private Hotline hotline(Fields top) {
        String stem = fileStem(source.file());
        Optional<ScriptNode.Text> id = top.requiredText("hotline");
        id.ifPresent(t -> {
            if (!ID.matcher(t.value()).matches()) {
                top.problem(t.at(), "hotline '" + t.value() + "' must be lower-case words joined by '-'");
            } else if (!t.value().equals(stem)) {
                top.problem(t.at(), "hotline '" + t.value() + "' must be named like its file ("
                        + stem + ".yaml)");
            }
        });
        List<Ref> numbers = numbers(top);
        String language = top.text("language").map(ScriptNode.Text::value).orElse("fr");
        return new Hotline(id.map(ScriptNode.Text::value).orElse(stem),
                top.text("label").map(ScriptNode.Text::value).orElse(null), language, numbers,
                id.map(ScriptNode.Text::at).orElse(top.at()));
    }

    private List<Ref> numbers(Fields top) {
        List<ScriptNode.Text> written = top.texts("numbers");
        if (written.isEmpty() && !top.has("numbers")) {
            top.problem(top.at(), "the script has no 'numbers' (the free numbers that reach the hotline)");
        }
        List<Ref> numbers = new ArrayList<>();
        Map<String, Ref> seen = new HashMap<>();
        for (ScriptNode.Text text : written) {
            Optional<String> number = DialledNumber.normalise(text.value());
            if (number.isEmpty()) {
                top.problem(text.at(), "'" + text.value() + "' is not a French phone number (10 digits, like 0800 111 111)");
                continue;
            }
            Ref ref = new Ref(number.get(), text.at());
            Ref first = seen.putIfAbsent(number.get(), ref);
            if (first != null) {
                top.problem(text.at(), "duplicate number " + number.get() + ": already at line " + first.at().line());
            } else {
                numbers.add(ref);
            }
        }
        return numbers;
    }

    Map<String, Prompt> prompts(Optional<ScriptNode> node, String owner) {
        Map<String, Prompt> prompts = new LinkedHashMap<>();
        if (node.isEmpty()) {
            return prompts;
        }
        if (!(node.get() instanceof ScriptNode.Mapping)) {
            problems.add(new Problem(node.get().at(), "prompts must be a mapping of 'name: text' lines"));
            return prompts;
        }
        Set<String> names = new HashSet<>();
        for (ScriptNode.Entry entry : ((ScriptNode.Mapping) node.get()).entries()) {
            String name = entry.key().value();
            if (!names.add(name)) {
                problems.add(new Problem(entry.key().at(), "duplicate prompt '" + name + "'"));
            } else if (!PROMPT_NAME.matcher(name).matches()) {
                problems.add(new Problem(entry.key().at(), "prompt name '" + name
                        + "' must be lower-case letters, digits and '-' (it names a sound file)"));
            } else {
                prompt(entry, owner).ifPresent(p -> prompts.put(name, p));
            }
        }
        return prompts;
    }

    private Optional<Prompt> prompt(ScriptNode.Entry entry, String owner) {
        String name = entry.key().value();
        if (entry.value() instanceof ScriptNode.Text) {
            String text = ((ScriptNode.Text) entry.value()).value().strip();
            if (text.isEmpty()) {
                problems.add(new Problem(entry.key().at(), "missing prompt text: prompt '" + name + "' has no French text"));
                return Optional.empty();
            }
            return Optional.of(new Prompt(name, text, false, owner));
        }
        Optional<Fields> fields = Fields.of(entry.value(), "prompt '" + name + "'", problems, PROMPT);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        boolean standard = fields.get().bool("standard", false);
        Optional<ScriptNode.Text> text = fields.get().text("text");
        if (text.isEmpty()) {
            problems.add(new Problem(entry.key().at(), "missing prompt text: prompt '" + name + "' has no French text"));
            return Optional.empty();
        }
        return Optional.of(new Prompt(name, text.get().value().strip(), standard, owner));
    }

    private MenuDefaults menuDefaults(ScriptNode node) {
        Optional<Fields> found = Fields.of(node, "menuDefaults", problems, MENU_DEFAULTS);
        if (found.isEmpty()) {
            return new MenuDefaults(Duration.ofSeconds(5), 3, Optional.empty(), Optional.empty());
        }
        Fields f = found.get();
        return new MenuDefaults(Duration.ofSeconds(f.integer("timeout", 5, 1, 30)), f.integer("attempts", 3, 1, 5),
                f.ref("invalid"), f.ref("noInput"));
    }

    /** An overflow rule: {@code {action: callback, message: …}}, {@code {action: group, group: …}} … */
    OverflowRule overflow(ScriptNode node, String hotline, String what) {
        Optional<Fields> found = Fields.of(node, what, problems, OVERFLOW);
        if (found.isEmpty()) {
            return OverflowRule.NONE;
        }
        Fields f = found.get();
        Optional<ScriptNode.Text> action = f.requiredText("action");
        if (action.isEmpty()) {
            return OverflowRule.NONE;
        }
        Optional<OverflowRule.Kind> kind = overflowKind(action.get());
        if (kind.isEmpty()) {
            return OverflowRule.NONE;
        }
        OverflowRule rule = new OverflowRule(kind.get(), f.ref("group"), f.ref("message"),
                f.text("box").map(ScriptNode.Text::value).orElse(hotline));
        requireFor(f, rule, OverflowRule.Kind.GROUP, "group");
        requireFor(f, rule, OverflowRule.Kind.CALLBACK, "message");
        requireFor(f, rule, OverflowRule.Kind.CLOSED, "message");
        if (rule.kind() != OverflowRule.Kind.GROUP) {
            f.key("group").ifPresent(k -> f.problem(k.at(), "'group' only goes with action: group"));
        }
        return rule;
    }

    private Optional<OverflowRule.Kind> overflowKind(ScriptNode.Text action) {
        for (OverflowRule.Kind kind : OverflowRule.Kind.values()) {
            if (kind.word().equals(action.value().strip())) {
                return Optional.of(kind);
            }
        }
        problems.add(new Problem(action.at(), "overflow action '" + action.value()
                + "' must be one of group, voicemail, callback, closed, none"));
        return Optional.empty();
    }

    private static void requireFor(Fields f, OverflowRule rule, OverflowRule.Kind kind, String key) {
        if (rule.kind() == kind && !f.has(key)) {
            f.problem(f.at(), f.what() + " with action: " + kind.word() + " needs '" + key + "'");
        }
    }

    static String fileStem(String file) {
        String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
