package org.numvert.store;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.numvert.routing.AgentId;
import org.numvert.routing.GroupId;
import org.numvert.routing.Organisation;
import org.numvert.routing.SkillGroup;

/**
 * The skills an agent gets when its profile is made on first sight, before a supervisor adjusts
 * them: an AD'OCC agent the business groups AD'OCC staffs (its own specialities best); a Region
 * agent one hotline as its main line and the next as a second line, in turn, so that a team of
 * Region agents covers training, transport and business between them. Crisis groups are left to
 * the supervisors.
 */
public final class StarterSkills {
    /** The hotline of the crisis reinforcement groups (catalogue convention). */
    public static final String CRISIS_HOTLINE = "crise";
    private static final String BUSINESS_HOTLINE = "entreprises";

    private StarterSkills() {
    }

    public static Map<GroupId, Integer> of(AgentId agent, Organisation organisation, Collection<SkillGroup> groups) {
        return organisation == Organisation.ADOCC ? adocc(groups) : region(agent, groups);
    }

    private static Map<GroupId, Integer> adocc(Collection<SkillGroup> groups) {
        Map<GroupId, Integer> skills = new HashMap<>();
        for (SkillGroup group : groups) {
            if (group.hotline().value().equals(BUSINESS_HOTLINE) && group.organisations().contains(Organisation.ADOCC)) {
                skills.put(group.id(), group.organisations().size() == 1 ? 4 : 3);
            }
        }
        return skills;
    }

    private static Map<GroupId, Integer> region(AgentId agent, Collection<SkillGroup> groups) {
        List<String> hotlines = groups.stream()
                .filter(g -> g.organisations().contains(Organisation.REGION))
                .map(g -> g.hotline().value())
                .filter(h -> !h.equals(CRISIS_HOTLINE))
                .distinct().sorted().toList();
        Map<GroupId, Integer> skills = new HashMap<>();
        if (hotlines.isEmpty()) {
            return skills;
        }
        int turn = Math.floorMod(agent.value().hashCode(), hotlines.size());
        String main = hotlines.get(turn);
        String second = hotlines.get((turn + 1) % hotlines.size());
        for (SkillGroup group : groups) {
            if (!group.organisations().contains(Organisation.REGION)) {
                continue;
            }
            if (group.hotline().value().equals(main)) {
                skills.put(group.id(), 4);
            } else if (group.hotline().value().equals(second)) {
                skills.put(group.id(), 2);
            }
        }
        return skills;
    }
}
