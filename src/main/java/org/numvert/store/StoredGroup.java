package org.numvert.store;

import java.util.Objects;
import org.numvert.routing.GroupId;
import org.numvert.routing.SkillGroup;

/**
 * A skill group as stored: the engine's {@link SkillGroup} plus what only the pages need.
 *
 * @param serviceLevelGoalPercent the share of calls to answer within the group's threshold
 *                                ({@link SkillGroup#slTargetSeconds()}): the wallboard colours
 *                                the service level when it falls below (80 means 80/20 for T = 20 s)
 */
public record StoredGroup(SkillGroup group, int serviceLevelGoalPercent) {
    public static final int DEFAULT_GOAL_PERCENT = 80;

    public StoredGroup {
        Objects.requireNonNull(group, "group");
        if (serviceLevelGoalPercent < 1 || serviceLevelGoalPercent > 100) {
            throw new IllegalArgumentException("serviceLevelGoal must be 1..100: " + serviceLevelGoalPercent);
        }
    }

    public static StoredGroup withDefaultGoal(SkillGroup group) {
        return new StoredGroup(group, DEFAULT_GOAL_PERCENT);
    }

    public GroupId id() {
        return group.id();
    }
}
