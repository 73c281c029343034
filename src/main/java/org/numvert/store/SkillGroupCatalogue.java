package org.numvert.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.numvert.routing.EscalationStep;
import org.numvert.routing.GroupId;
import org.numvert.routing.HotlineId;
import org.numvert.routing.Organisation;
import org.numvert.routing.SkillGroup;

/**
 * The skill-group catalogue ({@code ivr-scripts/skill-groups.yaml}) read in full: the seed of
 * the stored groups (the IVR only reads their ids) and the wrap-up codes per hotline (top-level
 * {@code wrapUpCodes:}, which the IVR ignores). Pure: parses text, reads no file.
 */
public record SkillGroupCatalogue(List<StoredGroup> groups, Map<HotlineId, List<WrapUpCode>> wrapUpCodes) {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> GROUP_KEYS = Set.of("id", "hotline", "label", "slTargetSeconds",
            "serviceLevelGoal", "wrapUpSeconds", "maxWaitSeconds", "maxQueueLength", "joinWhenEmpty",
            "organisations", "escalation");
    private static final Set<String> STEP_KEYS = Set.of("afterSeconds", "minProficiency", "alsoGroups");

    public SkillGroupCatalogue {
        groups = List.copyOf(groups);
        wrapUpCodes = Map.copyOf(wrapUpCodes);
    }

    public static final SkillGroupCatalogue EMPTY = new SkillGroupCatalogue(List.of(), Map.of());

    /**
     * Reads the catalogue's text.
     *
     * @throws IllegalArgumentException naming the first wrong entry ({@code groups[2].slTargetSeconds: …})
     */
    public static SkillGroupCatalogue parse(String yaml) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid YAML: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.path("groups").isArray()) {
            throw new IllegalArgumentException("groups: a list of skill groups is required");
        }
        List<StoredGroup> groups = new ArrayList<>();
        for (int i = 0; i < root.get("groups").size(); i++) {
            groups.add(group(root.get("groups").get(i), "groups[" + i + "]"));
        }
        return new SkillGroupCatalogue(groups, wrapUpCodes(root.path("wrapUpCodes")));
    }

    private static StoredGroup group(JsonNode node, String where) {
        checkKeys(node, GROUP_KEYS, where);
        GroupId id = new GroupId(text(node, "id", where, null));
        List<Organisation> organisations = new ArrayList<>();
        for (JsonNode org : list(node, "organisations", where)) {
            organisations.add(organisation(org.asText(), where + ".organisations"));
        }
        List<EscalationStep> steps = new ArrayList<>();
        List<JsonNode> escalation = list(node, "escalation", where);
        for (int i = 0; i < escalation.size(); i++) {
            steps.add(step(escalation.get(i), where + ".escalation[" + i + "]"));
        }
        HotlineId hotline = new HotlineId(text(node, "hotline", where, null));
        String label = text(node, "label", where, id.value());
        int[] limits = {number(node, "slTargetSeconds", where, 20), number(node, "wrapUpSeconds", where, 30),
            number(node, "maxWaitSeconds", where, 0), number(node, "maxQueueLength", where, 0),
            number(node, "serviceLevelGoal", where, StoredGroup.DEFAULT_GOAL_PERCENT)};
        try {
            SkillGroup group = new SkillGroup(id, hotline, label, limits[0], limits[1], limits[2], limits[3],
                    node.path("joinWhenEmpty").asBoolean(true),
                    organisations.isEmpty() ? List.of(Organisation.REGION) : organisations, steps);
            return new StoredGroup(group, limits[4]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    private static EscalationStep step(JsonNode node, String where) {
        checkKeys(node, STEP_KEYS, where);
        List<GroupId> also = list(node, "alsoGroups", where).stream().map(g -> new GroupId(g.asText())).toList();
        int after = number(node, "afterSeconds", where, 0);
        int proficiency = number(node, "minProficiency", where, 1);
        try {
            return new EscalationStep(after, proficiency, also);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    private static Map<HotlineId, List<WrapUpCode>> wrapUpCodes(JsonNode node) {
        Map<HotlineId, List<WrapUpCode>> codes = new LinkedHashMap<>();
        if (node.isMissingNode() || node.isNull()) {
            return codes;
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("wrapUpCodes: a mapping of hotline to codes is required");
        }
        Iterator<Map.Entry<String, JsonNode>> hotlines = node.fields();
        while (hotlines.hasNext()) {
            Map.Entry<String, JsonNode> hotline = hotlines.next();
            String where = "wrapUpCodes." + hotline.getKey();
            List<WrapUpCode> list = new ArrayList<>();
            for (JsonNode code : list(node, hotline.getKey(), "wrapUpCodes")) {
                list.add(new WrapUpCode(text(code, "code", where, null), text(code, "label", where, null)));
            }
            codes.put(new HotlineId(hotline.getKey()), List.copyOf(list));
        }
        return codes;
    }

    private static void checkKeys(JsonNode node, Set<String> known, String where) {
        if (!node.isObject()) {
            throw new IllegalArgumentException(where + ": a mapping is required");
        }
        node.fieldNames().forEachRemaining(key -> {
            if (!known.contains(key)) {
                throw new IllegalArgumentException(where + "." + key + ": unknown key");
            }
        });
    }

    private static String text(JsonNode node, String key, String where, String otherwise) {
        JsonNode value = node.path(key);
        if (value.isMissingNode() || value.isNull() || value.asText().isBlank()) {
            if (otherwise == null) {
                throw new IllegalArgumentException(where + "." + key + ": required");
            }
            return otherwise;
        }
        return value.asText().strip();
    }

    private static int number(JsonNode node, String key, String where, int otherwise) {
        JsonNode value = node.path(key);
        if (value.isMissingNode() || value.isNull()) {
            return otherwise;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            throw new IllegalArgumentException(where + "." + key + ": a whole number is required");
        }
        return value.asInt();
    }

    private static List<JsonNode> list(JsonNode node, String key, String where) {
        JsonNode value = node.path(key);
        if (value.isMissingNode() || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new IllegalArgumentException(where + "." + key + ": a list is required");
        }
        List<JsonNode> items = new ArrayList<>();
        value.forEach(items::add);
        return items;
    }

    private static Organisation organisation(String name, String where) {
        try {
            return Organisation.valueOf(name.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": REGION or ADOCC, not '" + name + "'", e);
        }
    }
}
