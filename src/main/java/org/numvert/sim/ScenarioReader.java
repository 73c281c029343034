package org.numvert.sim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.numvert.routing.EscalationStep;
import org.numvert.routing.GroupId;
import org.numvert.routing.OverflowAction;

/**
 * Reads a scenario file (JSON) and validates it completely: every problem is reported at once,
 * each naming its field ({@code groups[1].slTargetSeconds: must be between 1 and 3600: 0}),
 * and unknown keys are errors.
 */
public final class ScenarioReader {
    /** Monday 6 January 2025, 08:00 in Paris: a working day without a clock change. */
    static final Instant DEFAULT_START = Instant.parse("2025-01-06T07:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ScenarioReader() {
    }

    public static Scenario read(Path file) throws ScenarioException {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new ScenarioException(List.of(file + ": cannot be read (" + e.getMessage() + ")"));
        }
        return parse(text, file.toString());
    }

    public static Scenario parse(String json, String source) throws ScenarioException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ScenarioException(List.of(source + ": not valid JSON at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()
                    + ": " + e.getOriginalMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new ScenarioException(List.of(source + ": must be a JSON object"));
        }
        List<String> problems = new ArrayList<>();
        Scenario scenario = scenario(new JsonFields(root, "", problems));
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return scenario;
    }

    private static Scenario scenario(JsonFields f) {
        int duration = f.integer("durationMinutes", null, 1, 10_000_000);
        int warmup = f.integer("warmupMinutes", 0, 0, 10_000_000);
        if (warmup >= duration) {
            f.problem("warmupMinutes", "must be shorter than durationMinutes");
        }
        int sl = f.integer("serviceLevelSeconds", 20, 1, 3600);
        int wrapUp = f.integer("wrapUpSeconds", 30, 0, 3600);
        Distribution handle = distribution(f, "handleTimeSeconds", true);
        Optional<Distribution> patience = Optional.ofNullable(distribution(f, "patienceSeconds", false));
        Defaults defaults = new Defaults(sl, wrapUp, handle, patience);
        List<JsonNode> groupNodes = f.array("groups", true);
        Set<String> names = groupNames(groupNodes, f);
        List<Scenario.Group> groups = each(f, "groups", groupNodes, g -> group(g, defaults, names));
        List<Scenario.AgentPool> agents = each(f, "agents", f.array("agents", true),
                ScenarioReader::agents);
        List<Scenario.Arrivals> arrivals = each(f, "arrivals", f.array("arrivals", true),
                a -> arrivals(a, names));
        Scenario scenario = new Scenario(duration, warmup,
                f.integer("ringTimeoutSeconds", 15, 1, 600),
                f.number("answerDelaySeconds", 0, 0, 600),
                f.number("callbackAcceptance", 0, 0, 1),
                start(f), f.integer("seed", 1, 0, Integer.MAX_VALUE), groups, agents, arrivals);
        f.rejectUnknown();
        return scenario;
    }

    private static <T> List<T> each(JsonFields parent, String key, List<JsonNode> nodes,
            Function<JsonFields, T> read) {
        List<T> items = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            items.add(read.apply(JsonFields.element(nodes.get(i), key + "[" + i + "]",
                    parent.problems())));
        }
        return items;
    }

    private record Defaults(int sl, int wrapUp, Distribution handle, Optional<Distribution> patience) {
    }

    private static Set<String> groupNames(List<JsonNode> nodes, JsonFields f) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode name = nodes.get(i).get("name");
            if (name != null && name.isTextual() && !names.add(name.asText())) {
                f.problem("groups[" + i + "].name", "duplicate group '" + name.asText() + "'");
            }
        }
        if (nodes.isEmpty() && f.has("groups")) {
            f.problem("groups", "must name at least one group");
        }
        return names;
    }

    private static Scenario.Group group(JsonFields f, Defaults d, Set<String> names) {
        String name = f.text("name", null);
        int sl = f.integer("slTargetSeconds", d.sl(), 1, 3600);
        int wrapUp = f.integer("wrapUpSeconds", d.wrapUp(), 0, 3600);
        int maxWait = f.integer("maxWaitSeconds", 0, 0, 86_400);
        int maxQueue = f.integer("maxQueueLength", 0, 0, 1_000_000);
        boolean joinWhenEmpty = f.bool("joinWhenEmpty", true);
        OverflowAction overflow = overflow(f, names, name);
        List<EscalationStep> steps = escalation(f, names);
        Distribution handle = Optional.ofNullable(distribution(f, "handleTimeSeconds", false))
                .orElse(d.handle());
        Optional<Distribution> patience = Optional.ofNullable(distribution(f, "patienceSeconds", false))
                .or(d::patience);
        f.rejectUnknown();
        return new Scenario.Group(name == null ? "?" : name, sl, wrapUp, maxWait, maxQueue,
                joinWhenEmpty, overflow, steps, handle, patience);
    }

    private static OverflowAction overflow(JsonFields f, Set<String> names, String self) {
        String value = f.text("overflow", "none");
        switch (value) {
            case "none":
                return new OverflowAction.None();
            case "voicemail":
                return new OverflowAction.Voicemail();
            case "callback":
                return new OverflowAction.CallbackOffer();
            case "closed":
                return new OverflowAction.ClosedMessage();
            default:
                if (!names.contains(value) || value.equals(self)) {
                    f.problem("overflow", "must be none, voicemail, callback, closed or another "
                            + "declared group: '" + value + "'");
                    return new OverflowAction.None();
                }
                return new OverflowAction.ToGroup(new GroupId(value));
        }
    }

    private static List<EscalationStep> escalation(JsonFields f, Set<String> names) {
        List<EscalationStep> steps = new ArrayList<>();
        List<JsonNode> nodes = f.array("escalation", false);
        for (int i = 0; i < nodes.size(); i++) {
            JsonFields step = JsonFields.element(nodes.get(i), f.path("escalation[" + i + "]"),
                    problemsOf(f));
            int after = step.integer("afterSeconds", null, 0, 86_400);
            int min = step.integer("minProficiency", 1, 1, 5);
            List<GroupId> also = new ArrayList<>();
            List<JsonNode> alsoNodes = step.array("alsoGroups", false);
            for (int j = 0; j < alsoNodes.size(); j++) {
                String name = alsoNodes.get(j).asText();
                if (!names.contains(name)) {
                    step.problem("alsoGroups[" + j + "]", "unknown group '" + name + "'");
                } else {
                    also.add(new GroupId(name));
                }
            }
            step.rejectUnknown();
            steps.add(new EscalationStep(after, min, also));
        }
        return steps;
    }

    private static Scenario.AgentPool agents(JsonFields f) {
        int count = f.integer("count", null, 1, 100_000);
        Map<String, Integer> skills = new LinkedHashMap<>();
        JsonFields skillFields = f.object("skills");
        if (skillFields == null) {
            f.problem("skills", "required (group name: proficiency 1-5)");
        } else {
            skillNames(f.get("skills")).forEach(name ->
                    skills.put(name, skillFields.integer(name, null, 1, 5)));
            if (skills.isEmpty()) {
                f.problem("skills", "must name at least one group");
            }
        }
        String name = f.text("name", "agent");
        Optional<Scenario.Shift> shift = Optional.ofNullable(f.object("shift")).map(s -> {
            Scenario.Shift value = new Scenario.Shift(s.integer("startMinute", 0, 0, 10_000_000),
                    s.integer("endMinute", null, 1, 10_000_000));
            if (value.endMinute() <= value.startMinute()) {
                s.problem("endMinute", "must be after startMinute");
            }
            s.rejectUnknown();
            return value;
        });
        f.rejectUnknown();
        return new Scenario.AgentPool(count, skills, name, shift);
    }

    private static List<String> skillNames(JsonNode skills) {
        List<String> names = new ArrayList<>();
        skills.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Scenario.Arrivals arrivals(JsonFields f, Set<String> names) {
        String group = f.text("group", null);
        if (group != null && !names.contains(group)) {
            f.problem("group", "unknown group '" + group + "' (declare it in groups)");
        }
        double perHour = f.number("perHour", 0, 0, 1_000_000);
        List<Double> profile = new ArrayList<>();
        List<JsonNode> nodes = f.array("profile", false);
        for (int i = 0; i < nodes.size(); i++) {
            if (!nodes.get(i).isNumber() || nodes.get(i).doubleValue() < 0) {
                f.problem("profile[" + i + "]", "must be a number of calls per hour, 0 or more");
            } else {
                profile.add(nodes.get(i).doubleValue());
            }
        }
        if (!f.has("perHour") && nodes.isEmpty()) {
            f.problem("perHour", "required (or a profile of calls per hour, hour by hour)");
        }
        int priority = f.integer("priority", 0, -100, 100);
        f.rejectUnknown();
        return new Scenario.Arrivals(group, perHour, profile, priority);
    }

    /** A number (constant seconds) or {"mean", "distribution", "sd"}. */
    private static Distribution distribution(JsonFields f, String key, boolean required) {
        JsonNode node = f.get(key);
        if (node == null) {
            if (required) {
                f.problem(key, "required");
                return Distribution.constant(1);
            }
            return null;
        }
        if (node.isNumber()) {
            return node.doubleValue() > 0 ? Distribution.constant(node.doubleValue())
                    : invalid(f, key, "must be positive");
        }
        JsonFields d = f.object(key);
        if (d == null) {
            return Distribution.constant(1);
        }
        double mean = d.number("mean", -1, 0.001, 1_000_000);
        if (!d.has("mean")) {
            d.problem("mean", "required");
        }
        String kind = d.text("distribution", "exponential");
        double sd = d.number("sd", mean, 0, 1_000_000);
        d.rejectUnknown();
        return switch (kind) {
            case "exponential" -> Distribution.exponential(mean);
            case "lognormal" -> new Distribution(Distribution.Kind.LOGNORMAL, mean, sd);
            case "constant" -> Distribution.constant(mean);
            default -> invalid(d, "distribution", "must be exponential, lognormal or constant: '"
                    + kind + "'");
        };
    }

    private static Distribution invalid(JsonFields f, String key, String message) {
        f.problem(key, message);
        return Distribution.constant(1);
    }

    private static Instant start(JsonFields f) {
        String value = f.text("start", "");
        if (value.isEmpty()) {
            return DEFAULT_START;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            f.problem("start", "must be a date-time with offset, like 2025-01-06T08:00:00+01:00");
            return DEFAULT_START;
        }
    }

    private static List<String> problemsOf(JsonFields f) {
        return f.problems();
    }
}
