package org.numvert.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A personal API token as stored: its secret is not here, only a digest of it in the table.
 *
 * @param id    stable number, used to revoke the token
 * @param login the user the token authenticates as
 * @param name  what its owner called it ("export nocturne")
 */
public record StoredToken(long id, String login, String name, Instant createdAt,
        Optional<Instant> lastUsedAt, Optional<Instant> revokedAt) {

    public StoredToken {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(name, "name");
        lastUsedAt = Objects.requireNonNullElse(lastUsedAt, Optional.empty());
        revokedAt = Objects.requireNonNullElse(revokedAt, Optional.empty());
    }

    public boolean active() {
        return revokedAt.isEmpty();
    }
}
