package org.numvert.web;

import java.util.Optional;
import java.util.function.Function;
import org.numvert.routing.AgentId;
import org.numvert.routing.AgentProfile;
import org.numvert.routing.GroupId;
import org.numvert.routing.Organisation;
import org.numvert.routing.SkillGroup;

/**
 * Who may watch and act on an agent: the agent itself, administrators and Region supervisors on
 * every agent, an AD'OCC supervisor on AD'OCC agents and on the agents skilled in a group AD'OCC
 * staffs ({@link Principal#oversees}).
 */
final class Oversight {
    private Oversight() {
    }

    static boolean oversees(Principal principal, AgentProfile agent, Function<GroupId, Optional<SkillGroup>> groups) {
        if (!principal.role().atLeast(Role.SUPERVISOR)) {
            return false;
        }
        if (principal.role() == Role.ADMIN || principal.organisation() == Organisation.REGION
                || agent.organisation() == principal.organisation()) {
            return true;
        }
        return agent.skills().keySet().stream()
                .map(groups).flatMap(Optional::stream)
                .anyMatch(principal::oversees);
    }

    static boolean isSelf(Principal principal, AgentId agent) {
        return principal.agent().filter(agent::equals).isPresent();
    }

    /** The principal if it is {@code agent} or oversees it; else 403. */
    static Principal requireSelfOrOversight(Principal principal, AgentProfile agent,
            Function<GroupId, Optional<SkillGroup>> groups) {
        if (isSelf(principal, agent.id()) || oversees(principal, agent, groups)) {
            return principal;
        }
        throw principal.role().atLeast(Role.SUPERVISOR)
                ? ApiException.forbidden("agent " + agent.id() + " is not overseen by " + principal.organisation())
                : ApiException.forbidden("an agent may only act on itself");
    }
}
