package org.numvert.web.security;

import java.util.Objects;
import java.util.Optional;
import org.numvert.routing.AgentId;
import org.numvert.routing.Organisation;
import org.numvert.web.Role;

/**
 * What an administrator sets about a user, besides its login and password.
 *
 * @param faqEditor may edit FAQ articles directly
 * @param agent     the routing agent this user is; an agent's is its login
 */
public record AccountDetails(String displayName, Role role, Organisation organisation, boolean faqEditor,
        Optional<AgentId> agent) {

    public AccountDetails {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(organisation, "organisation");
        agent = Objects.requireNonNullElse(agent, Optional.empty());
    }

    /** An agent of {@code organisation}: its agent id is its login. */
    public static AccountDetails agent(String login, String displayName, Organisation organisation) {
        return new AccountDetails(displayName, Role.AGENT, organisation, false, Optional.of(new AgentId(login)));
    }

    public AccountDetails withFaqEditor(boolean editor) {
        return new AccountDetails(displayName, role, organisation, editor, agent);
    }
}
