package org.numvert.store;

import java.util.Objects;
import java.util.Optional;
import org.numvert.routing.Organisation;

/**
 * What a supervisor or an administrator did, for the audit trail.
 *
 * @param actor        the login of who did it ({@code cli} for the command line)
 * @param organisation the actor's organisation: supervisors read their organisation's entries
 * @param action       dotted lower-case verb, e.g. {@code user.create}, {@code agent.pause}
 * @param target       what it was done to (a login, an agent id, a group …), or null
 * @param detail       short human text (never a password or a token), or null
 */
public record AuditRecord(String actor, Optional<Organisation> organisation, String action, String target,
        String detail) {
    public AuditRecord {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        organisation = Objects.requireNonNullElse(organisation, Optional.empty());
    }
}
