package org.numvert.ivr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the keys of one mapping of a script, reporting as {@link Problem}s what is missing,
 * unknown, duplicated or of the wrong kind, each at its position. The allowed keys are declared
 * up front, so that a misspelt key is reported (with a suggestion) instead of silently ignored.
 */
final class Fields {
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,9}");

    private final ScriptNode.Mapping mapping;
    private final String what;
    private final List<Problem> problems;
    private final Set<String> allowed;

    private Fields(ScriptNode.Mapping mapping, String what, List<Problem> problems, Set<String> allowed) {
        this.mapping = mapping;
        this.what = what;
        this.problems = problems;
        this.allowed = allowed;
    }

    /**
     * The fields of {@code node}, which must be a mapping; reports duplicate and unknown keys.
     *
     * @param what how the mapping is named in problems ("node 'accueil'", "hours" …)
     */
    static Optional<Fields> of(ScriptNode node, String what, List<Problem> problems, Set<String> allowed) {
        if (!(node instanceof ScriptNode.Mapping)) {
            problems.add(new Problem(node.at(), what + " must be a mapping of 'key: value' lines, not "
                    + node.kind()));
            return Optional.empty();
        }
        ScriptNode.Mapping mapping = (ScriptNode.Mapping) node;
        Map<String, ScriptNode.Text> seen = new HashMap<>();
        for (ScriptNode.Entry entry : mapping.entries()) {
            ScriptNode.Text key = entry.key();
            ScriptNode.Text first = seen.putIfAbsent(key.value(), key);
            if (first != null) {
                problems.add(new Problem(key.at(), "duplicate key '" + key.value() + "' in " + what
                        + " (first at line " + first.at().line() + ")"));
            } else if (!allowed.contains(key.value())) {
                problems.add(new Problem(key.at(), "unknown key '" + key.value() + "' in " + what
                        + Spelling.hint(key.value(), allowed)));
            }
        }
        return Optional.of(new Fields(mapping, what, problems, allowed));
    }

    Position at() {
        return mapping.at();
    }

    String what() {
        return what;
    }

    boolean has(String key) {
        return node(key).isPresent();
    }

    Optional<ScriptNode> node(String key) {
        if (!allowed.contains(key)) {
            throw new IllegalArgumentException(key + " is not declared for " + what);
        }
        return mapping.entry(key).map(ScriptNode.Entry::value);
    }

    /** The key itself (for problems about the presence of a key). */
    Optional<ScriptNode.Text> key(String key) {
        return mapping.entry(key).map(ScriptNode.Entry::key);
    }

    Optional<ScriptNode.Text> text(String key) {
        Optional<ScriptNode> node = node(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (!(node.get() instanceof ScriptNode.Text)) {
            problem(node.get().at(), "'" + key + "' in " + what + " must be a single value, not " + node.get().kind());
            return Optional.empty();
        }
        ScriptNode.Text text = (ScriptNode.Text) node.get();
        if (text.value().isBlank()) {
            problem(text.at(), "'" + key + "' in " + what + " is empty");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    Optional<ScriptNode.Text> requiredText(String key) {
        if (!has(key)) {
            problem(mapping.at(), what + " has no '" + key + "'");
            return Optional.empty();
        }
        return text(key);
    }

    Optional<Ref> ref(String key) {
        return text(key).map(t -> new Ref(t.value().strip(), t.at()));
    }

    /** A single value or a list of values ({@code say: a} or {@code say: [a, b]}). */
    List<ScriptNode.Text> texts(String key) {
        Optional<ScriptNode> node = node(key);
        if (node.isEmpty()) {
            return List.of();
        }
        if (node.get() instanceof ScriptNode.Text) {
            return text(key).map(List::of).orElse(List.of());
        }
        if (!(node.get() instanceof ScriptNode.Sequence)) {
            problem(node.get().at(), "'" + key + "' in " + what + " must be a value or a list of values");
            return List.of();
        }
        List<ScriptNode.Text> texts = new ArrayList<>();
        for (ScriptNode item : ((ScriptNode.Sequence) node.get()).items()) {
            if (item instanceof ScriptNode.Text && !((ScriptNode.Text) item).value().isBlank()) {
                texts.add((ScriptNode.Text) item);
            } else {
                problem(item.at(), "each item of '" + key + "' in " + what + " must be a single value");
            }
        }
        return texts;
    }

    int integer(String key, int defaultValue, int min, int max) {
        Optional<ScriptNode.Text> text = text(key);
        if (text.isEmpty()) {
            return defaultValue;
        }
        String value = text.get().value().strip();
        if (!INTEGER.matcher(value).matches()) {
            problem(text.get().at(), "'" + key + "' in " + what + " must be a whole number, not '" + value + "'");
            return defaultValue;
        }
        int parsed = Integer.parseInt(value);
        if (parsed < min || parsed > max) {
            problem(text.get().at(), "'" + key + "' in " + what + " must be between " + min + " and " + max
                    + ", not " + parsed);
            return defaultValue;
        }
        return parsed;
    }

    boolean bool(String key, boolean defaultValue) {
        Optional<ScriptNode.Text> text = text(key);
        if (text.isEmpty()) {
            return defaultValue;
        }
        String value = text.get().value().strip().toLowerCase();
        if (value.equals("true") || value.equals("yes")) {
            return true;
        }
        if (value.equals("false") || value.equals("no")) {
            return false;
        }
        problem(text.get().at(), "'" + key + "' in " + what + " must be true or false, not '" + value + "'");
        return defaultValue;
    }

    void problem(Position at, String message) {
        problems.add(new Problem(at, message));
    }
}
