package org.numvert.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Reads typed configuration values by dotted key ({@code ami.host}) from three layers, highest
 * first: command-line overrides, environment variables ({@code NUMVERT_AMI_HOST}: the key in upper
 * snake case), then the configuration file; else the default.
 *
 * <p>Every bad value is recorded as a problem naming its key (never its value for secrets), so
 * that start-up can list all of them at once; keys present in the file but never read are
 * reported as unknown (a typo must not silently fall back to a default).
 */
final class ConfigReader {
    private final JsonNode file;
    private final Map<String, String> env;
    private final Map<String, String> overrides;
    private final List<String> problems = new ArrayList<>();
    private final Set<String> readKeys = new LinkedHashSet<>();

    ConfigReader(JsonNode file, Map<String, String> env, Map<String, String> overrides) {
        this.file = file;
        this.env = Map.copyOf(env);
        this.overrides = Map.copyOf(overrides);
    }

    /** {@code ami.host} becomes {@code NUMVERT_AMI_HOST}; {@code sim.callsPerHour} becomes {@code NUMVERT_SIM_CALLS_PER_HOUR}. */
    static String envName(String key) {
        return "NUMVERT_" + key.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replace('.', '_').toUpperCase();
    }

    String string(String key, String defaultValue) {
        return raw(key).orElse(defaultValue);
    }

    Optional<String> optionalString(String key) {
        return raw(key).filter(s -> !s.isBlank());
    }

    /** Like {@link #optionalString} but the value never appears in a problem or a log line. */
    Optional<String> secret(String key) {
        return optionalString(key);
    }

    int integer(String key, int defaultValue, int min, int max) {
        return parsed(key, defaultValue, Integer::parseInt, "a whole number", min, max);
    }

    double decimal(String key, double defaultValue, double min, double max) {
        return parsed(key, defaultValue, Double::parseDouble, "a number", min, max);
    }

    boolean bool(String key, boolean defaultValue) {
        Optional<String> value = raw(key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        String s = value.get().strip().toLowerCase();
        if (s.equals("true") || s.equals("false")) {
            return Boolean.parseBoolean(s);
        }
        problem(key, "must be true or false, not '" + value.get() + "'");
        return defaultValue;
    }

    Path path(String key, Path defaultValue) {
        return raw(key).filter(s -> !s.isBlank()).map(Path::of).orElse(defaultValue);
    }

    /** A list: a YAML sequence in the file, or a comma-separated string elsewhere. */
    List<String> list(String key, List<String> defaultValue) {
        readKeys.add(key);
        String layered = overrides.getOrDefault(key, env.get(envName(key)));
        if (layered != null) {
            return splitList(layered);
        }
        JsonNode node = node(key);
        if (node == null || node.isNull()) {
            return defaultValue;
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(item.asText()));
            return List.copyOf(items);
        }
        if (node.isValueNode()) {
            return splitList(node.asText());
        }
        problem(key, "must be a list");
        return defaultValue;
    }

    /** One value among {@code allowed} (case-insensitive), returned in lower case. */
    String oneOf(String key, String defaultValue, String... allowed) {
        String value = string(key, defaultValue).strip().toLowerCase();
        if (Arrays.asList(allowed).contains(value)) {
            return value;
        }
        problem(key, "must be one of " + String.join(", ", allowed) + ", not '" + value + "'");
        return defaultValue;
    }

    void problem(String key, String what) {
        problems.add(key + ": " + what);
    }

    /** Problems found so far, plus every file key that no section read. */
    List<String> problems() {
        List<String> all = new ArrayList<>(problems);
        Set<String> unknown = new TreeSet<>();
        collectLeafKeys(file, "", unknown);
        unknown.removeIf(this::wasRead);
        unknown.forEach(key -> all.add(key + ": unknown key"));
        return all;
    }

    private boolean wasRead(String leafKey) {
        return readKeys.stream().anyMatch(k -> leafKey.equals(k) || leafKey.startsWith(k + "."));
    }

    private <T extends Comparable<T>> T parsed(String key, T defaultValue,
            Function<String, T> parser, String kind, T min, T max) {
        Optional<String> value = raw(key);
        if (value.isEmpty() || value.get().isBlank()) {
            return defaultValue;
        }
        try {
            T parsed = parser.apply(value.get().strip());
            if (parsed.compareTo(min) < 0 || parsed.compareTo(max) > 0) {
                problem(key, "must be between " + min + " and " + max + ", not " + parsed);
                return defaultValue;
            }
            return parsed;
        } catch (NumberFormatException e) {
            problem(key, "must be " + kind + ", not '" + value.get() + "'");
            return defaultValue;
        }
    }

    private Optional<String> raw(String key) {
        readKeys.add(key);
        String layered = overrides.getOrDefault(key, env.get(envName(key)));
        if (layered != null) {
            return Optional.of(layered);
        }
        JsonNode node = node(key);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isValueNode()) {
            problem(key, "must be a single value");
            return Optional.empty();
        }
        return Optional.of(node.asText());
    }

    private JsonNode node(String key) {
        JsonNode node = file;
        for (String part : key.split("\\.")) {
            if (node == null || !node.isObject()) {
                return null;
            }
            node = node.get(part);
        }
        return node;
    }

    private static void collectLeafKeys(JsonNode node, String prefix, Set<String> out) {
        if (node == null || !node.isObject()) {
            if (!prefix.isEmpty()) {
                out.add(prefix);
            }
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
            collectLeafKeys(field.getValue(), key, out);
        }
    }

    private static List<String> splitList(String s) {
        return Arrays.stream(s.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }
}
