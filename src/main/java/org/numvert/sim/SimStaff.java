package org.numvert.sim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.numvert.routing.AgentId;
import org.numvert.routing.AgentProfile;
import org.numvert.routing.GroupId;
import org.numvert.routing.Organisation;
import org.numvert.routing.SkillGroup;

/**
 * The simulated agents {@code sim-01} … of the simulated PBX: their main groups taken in turn so
 * that every group is served once there are as many agents as groups, a second skill in the other
 * groups of the same hotline their organisation staffs, and the crisis groups at a low level.
 * Organisations follow the main group (AD'OCC for the groups only AD'OCC staffs, alternately for
 * the shared ones). Deterministic: the same count and groups give the same agents.
 */
final class SimStaff {
    static final String PREFIX = "sim-";
    private static final String CRISIS_HOTLINE = "crise";

    private SimStaff() {
    }

    static AgentId id(int index) {
        return new AgentId(String.format("%s%02d", PREFIX, index + 1));
    }

    static Set<AgentId> ids(int count) {
        Set<AgentId> ids = new LinkedHashSet<>();
        for (int i = 0; i < count; i++) {
            ids.add(id(i));
        }
        return Set.copyOf(ids);
    }

    static List<AgentProfile> profiles(int count, List<SkillGroup> groups) {
        List<SkillGroup> sorted = groups.stream().sorted(Comparator.comparing(SkillGroup::id)).toList();
        List<SkillGroup> main = sorted.stream().filter(g -> !g.hotline().value().equals(CRISIS_HOTLINE)).toList();
        List<SkillGroup> served = main.isEmpty() ? sorted : main;
        List<AgentProfile> profiles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (served.isEmpty()) {
                profiles.add(new AgentProfile(id(i), name(i), Organisation.REGION, contact(i), Map.of()));
                continue;
            }
            SkillGroup primary = served.get(i % served.size());
            Organisation organisation = organisation(primary, i / served.size() + i);
            profiles.add(new AgentProfile(id(i), name(i), organisation, contact(i),
                    skills(primary, organisation, sorted, i)));
        }
        return profiles;
    }

    private static Organisation organisation(SkillGroup primary, int turn) {
        List<Organisation> staffing = primary.organisations();
        if (staffing.size() == 1) {
            return staffing.get(0);
        }
        return staffing.contains(Organisation.ADOCC) && turn % 2 == 1 ? Organisation.ADOCC : Organisation.REGION;
    }

    private static Map<GroupId, Integer> skills(SkillGroup primary, Organisation organisation, List<SkillGroup> all,
            int index) {
        Map<GroupId, Integer> skills = new HashMap<>();
        for (SkillGroup group : all) {
            if (!group.organisations().contains(organisation)) {
                continue;
            }
            if (group.hotline().value().equals(CRISIS_HOTLINE)) {
                skills.put(group.id(), 2);
            } else if (group.hotline().equals(primary.hotline())) {
                skills.put(group.id(), 2 + (index + group.id().value().length()) % 2);
            }
        }
        skills.put(primary.id(), 5 - index / Math.max(1, all.size()) % 2);
        return skills;
    }

    private static String name(int index) {
        return String.format("Agent simulé %02d", index + 1);
    }

    private static String contact(int index) {
        return String.format("SIM/%s%02d", PREFIX, index + 1);
    }
}
