package org.numvert.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.numvert.routing.AgentId;
import org.numvert.routing.Organisation;

/**
 * One row of {@code user_account}, as stored. The web layer turns it into an account with a typed
 * role; the store only knows the role's name.
 *
 * @param role                 the role's name (AGENT, SUPERVISOR, ADMIN)
 * @param agent                the routing agent this user is, if it takes calls
 * @param passwordHash         a PHC-style string ({@code $pbkdf2$it=...$salt$hash}); never shown
 * @param credentialsChangedAt when the password last changed: sessions opened before are void
 */
public record StoredUser(
        String login,
        String displayName,
        String role,
        Organisation organisation,
        boolean faqEditor,
        Optional<AgentId> agent,
        String passwordHash,
        boolean enabled,
        Instant credentialsChangedAt,
        Instant createdAt,
        Instant updatedAt) {

    public StoredUser {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(passwordHash, "passwordHash");
        agent = Objects.requireNonNullElse(agent, Optional.empty());
    }

    @Override
    public String toString() {
        return "StoredUser[" + login + ", " + role + ", " + organisation + (enabled ? "" : ", disabled") + "]";
    }
}
