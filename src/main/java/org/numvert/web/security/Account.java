package org.numvert.web.security;

import java.time.Instant;
import java.util.Objects;
import org.numvert.store.StoredUser;
import org.numvert.web.Principal;
import org.numvert.web.Role;

/** A user of the pages and APIs, without its password hash. */
public record Account(String login, AccountDetails details, boolean enabled, Instant credentialsChangedAt,
        Instant createdAt, Instant updatedAt) {

    public Account {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(details, "details");
    }

    static Account of(StoredUser user) {
        AccountDetails details = new AccountDetails(user.displayName(), Role.valueOf(user.role()),
                user.organisation(), user.faqEditor(), user.agent());
        return new Account(user.login(), details, user.enabled(), user.credentialsChangedAt(),
                user.createdAt(), user.updatedAt());
    }

    public Role role() {
        return details.role();
    }

    /** The user as every API sees it. */
    public Principal principal() {
        return new Principal(login, details.role(), details.organisation(), details.faqEditor(), details.agent());
    }
}
