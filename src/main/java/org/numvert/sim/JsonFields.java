package org.numvert.sim;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Typed, validated access to one JSON object of a scenario: each read names the field's path in
 * its problem, and {@link #rejectUnknown} reports keys nobody read (typos must not pass
 * silently).
 */
final class JsonFields {
    private final JsonNode node;
    private final String path;
    private final List<String> problems;
    private final List<String> known = new ArrayList<>();

    JsonFields(JsonNode node, String path, List<String> problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    String path(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    JsonNode get(String key) {
        known.add(key);
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? null : value;
    }

    boolean has(String key) {
        return get(key) != null;
    }

    int integer(String key, Integer fallback, int min, int max) {
        JsonNode value = get(key);
        if (value == null) {
            if (fallback == null) {
                problem(key, "required");
                return min;
            }
            return fallback;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            problem(key, "must be a whole number");
            return min;
        }
        return check(key, value.intValue(), min, max);
    }

    double number(String key, double fallback, double min, double max) {
        JsonNode value = get(key);
        if (value == null) {
            return fallback;
        }
        if (!value.isNumber()) {
            problem(key, "must be a number");
            return min;
        }
        double d = value.doubleValue();
        if (d < min || d > max) {
            problem(key, "must be between " + min + " and " + max + ": " + d);
            return min;
        }
        return d;
    }

    boolean bool(String key, boolean fallback) {
        JsonNode value = get(key);
        if (value == null) {
            return fallback;
        }
        if (!value.isBoolean()) {
            problem(key, "must be true or false");
            return fallback;
        }
        return value.booleanValue();
    }

    String text(String key, String fallback) {
        JsonNode value = get(key);
        if (value == null) {
            if (fallback == null) {
                problem(key, "required");
            }
            return fallback;
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            problem(key, "must be a non-empty string");
            return fallback;
        }
        return value.asText();
    }

    /** The elements of an array field (empty, with a problem, if it is not an array). */
    List<JsonNode> array(String key, boolean required) {
        JsonNode value = get(key);
        if (value == null) {
            if (required) {
                problem(key, "required");
            }
            return List.of();
        }
        if (!value.isArray()) {
            problem(key, "must be an array");
            return List.of();
        }
        List<JsonNode> items = new ArrayList<>();
        value.forEach(items::add);
        return items;
    }

    JsonFields object(String key) {
        JsonNode value = get(key);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            problem(key, "must be an object");
            return null;
        }
        return new JsonFields(value, path(key), problems);
    }

    static JsonFields element(JsonNode node, String path, List<String> problems) {
        if (!node.isObject()) {
            problems.add(path + ": must be an object");
            return new JsonFields(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                    .objectNode(), path, problems);
        }
        return new JsonFields(node, path, problems);
    }

    void rejectUnknown() {
        Set<String> read = Set.copyOf(known);
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!read.contains(name)) {
                problem(name, "unknown key");
            }
        }
    }

    List<String> problems() {
        return problems;
    }

    void problem(String key, String message) {
        problems.add(path(key) + ": " + message);
    }

    private int check(String key, int value, int min, int max) {
        if (value < min || value > max) {
            problem(key, "must be between " + min + " and " + max + ": " + value);
            return min;
        }
        return value;
    }
}
