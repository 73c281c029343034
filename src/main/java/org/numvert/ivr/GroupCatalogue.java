package org.numvert.ivr;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The skill-group ids of the catalogue ({@code skill-groups.yaml}): the groups a script may route
 * to. Only {@code groups[].id} is read here; the other keys belong to the routing engine, which
 * reads the full catalogue to seed its groups.
 */
public final class GroupCatalogue {
    private GroupCatalogue() {
    }

    /** The ids, in catalogue order; problems (not a list, no id, duplicate id) are added. */
    public static Set<String> ids(ScriptNode root, List<Problem> problems) {
        Set<String> ids = new LinkedHashSet<>();
        Optional<ScriptNode> groups = root instanceof ScriptNode.Mapping
                ? ((ScriptNode.Mapping) root).entry("groups").map(ScriptNode.Entry::value)
                : Optional.empty();
        if (groups.isEmpty() || !(groups.get() instanceof ScriptNode.Sequence)) {
            problems.add(new Problem(root.at(), "the skill-group catalogue needs 'groups': a list of groups"));
            return ids;
        }
        Map<String, Position> seen = new HashMap<>();
        for (ScriptNode group : ((ScriptNode.Sequence) groups.get()).items()) {
            Optional<ScriptNode> id = group instanceof ScriptNode.Mapping
                    ? ((ScriptNode.Mapping) group).entry("id").map(ScriptNode.Entry::value)
                    : Optional.empty();
            if (id.isEmpty() || !(id.get() instanceof ScriptNode.Text)
                    || !ScriptParser.ID.matcher(((ScriptNode.Text) id.get()).value()).matches()) {
                problems.add(new Problem(group.at(), "each group needs an 'id' of lower-case words joined by '-'"));
                continue;
            }
            ScriptNode.Text text = (ScriptNode.Text) id.get();
            Position first = seen.putIfAbsent(text.value(), text.at());
            if (first != null) {
                problems.add(new Problem(text.at(), "duplicate group id '" + text.value() + "' (first at line "
                        + first.line() + ")"));
            }
            ids.add(text.value());
        }
        return ids;
    }
}
