package org.numvert.web.reports;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.numvert.records.Reports;
import org.numvert.routing.GroupId;
import org.numvert.routing.HotlineId;
import org.numvert.routing.Organisation;
import org.numvert.routing.SkillGroup;
import org.numvert.store.RecordGroup;
import org.numvert.web.ApiException;
import org.numvert.web.Principal;
import org.numvert.web.Role;

/**
 * What a supervisor may read in the records: administrators and Region supervisors everything;
 * an AD'OCC supervisor the groups AD'OCC staffs ({@link Principal#oversees}) and AD'OCC's agents.
 * Empty means "no restriction".
 */
final class Visibility {
    private Visibility() {
    }

    static Optional<Set<String>> groups(Principal principal, Reports.Directory directory) {
        if (unrestricted(principal)) {
            return Optional.empty();
        }
        return Optional.of(directory.groups().stream().filter(g -> principal.oversees(skillGroup(g)))
                .map(RecordGroup::id).collect(Collectors.toSet()));
    }

    static Optional<Set<String>> agents(Principal principal, Reports.Directory directory) {
        if (unrestricted(principal)) {
            return Optional.empty();
        }
        return Optional.of(directory.agents().stream().filter(a -> a.organisation() == principal.organisation())
                .map(a -> a.id()).collect(Collectors.toSet()));
    }

    /** {@code visible} narrowed to {@code only} when asked; 403 when {@code only} is not visible. */
    static Optional<Set<String>> narrowed(Optional<Set<String>> visible, Optional<String> only, String what) {
        if (only.isEmpty()) {
            return visible;
        }
        if (visible.isPresent() && !visible.get().contains(only.get())) {
            throw ApiException.forbidden(what + " " + only.get() + " is not yours to read");
        }
        return Optional.of(Set.of(only.get()));
    }

    private static boolean unrestricted(Principal principal) {
        return principal.role() == Role.ADMIN || principal.organisation() == Organisation.REGION;
    }

    private static SkillGroup skillGroup(RecordGroup g) {
        return new SkillGroup(new GroupId(g.id()), new HotlineId(g.hotline()), g.label(), g.slTargetSeconds(), 0, 0,
                0, true, List.copyOf(g.organisations()), List.of());
    }
}
