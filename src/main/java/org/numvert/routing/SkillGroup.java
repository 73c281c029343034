package org.numvert.routing;

import java.util.List;
import java.util.Objects;

/**
 * A skill group's routing parameters. Stored in the database, editable live (a change arrives as
 * {@link RoutingEvent.GroupConfigured}); seeded from {@code ivr-scripts/skill-groups.yaml}.
 *
 * @param id               group name, unique across hotlines
 * @param hotline          the hotline the group belongs to
 * @param label            French label for pages and reports
 * @param slTargetSeconds  service-level threshold T (DESIGN.md, default 20)
 * @param wrapUpSeconds    default wrap-up time after a call of this group
 * @param maxWaitSeconds   after this wait the call's overflow action applies (0 = no limit)
 * @param maxQueueLength   a call arriving when this many wait overflows at once (0 = no limit)
 * @param joinWhenEmpty    whether a call may join when no agent of the group is logged in
 * @param organisations    organisations that staff the group (an AD'OCC supervisor acts on
 *                         groups its organisation staffs)
 * @param escalation       steps that widen the set of eligible agents as the call waits
 */
public record SkillGroup(
        GroupId id,
        HotlineId hotline,
        String label,
        int slTargetSeconds,
        int wrapUpSeconds,
        int maxWaitSeconds,
        int maxQueueLength,
        boolean joinWhenEmpty,
        List<Organisation> organisations,
        List<EscalationStep> escalation) {

    public SkillGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(hotline, "hotline");
        label = label == null || label.isBlank() ? id.value() : label;
        if (slTargetSeconds <= 0) {
            throw new IllegalArgumentException("slTargetSeconds must be positive: " + slTargetSeconds);
        }
        if (wrapUpSeconds < 0 || maxWaitSeconds < 0 || maxQueueLength < 0) {
            throw new IllegalArgumentException("negative limit in group " + id);
        }
        organisations = List.copyOf(organisations == null ? List.of() : organisations);
        escalation = List.copyOf(escalation == null ? List.of() : escalation);
    }

    /** A group with the default parameters of DESIGN.md (SL 20 s, wrap-up 30 s, no limits). */
    public static SkillGroup withDefaults(GroupId id, HotlineId hotline) {
        return new SkillGroup(id, hotline, id.value(), 20, 30, 0, 0, true,
                List.of(Organisation.REGION), List.of());
    }
}
