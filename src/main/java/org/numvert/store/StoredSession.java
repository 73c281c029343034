package org.numvert.store;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of {@code web_session}: a page session as kept across restarts.
 *
 * @param idHash       SHA-256 (hex) of the session id, never the id itself
 * @param login        the signed-in user, if any
 * @param data         the session's attributes, serialised by the web layer
 * @param version      bumped at every change of {@code data} (optimistic concurrency)
 * @param idleMillis   the session ends when unused this long
 * @param lastAccessed when it was last used (as last written)
 */
public record StoredSession(String idHash, Optional<String> login, byte[] data, int version, long idleMillis,
        Instant lastAccessed) {

    public StoredSession {
        Objects.requireNonNull(idHash, "idHash");
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(lastAccessed, "lastAccessed");
    }

    /** When the session ends unless used again. */
    public Instant expiresAt() {
        return lastAccessed.plusMillis(idleMillis);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoredSession s && idHash.equals(s.idHash) && login.equals(s.login)
                && Arrays.equals(data, s.data) && version == s.version && idleMillis == s.idleMillis
                && lastAccessed.equals(s.lastAccessed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(idHash, login, Arrays.hashCode(data), version, idleMillis, lastAccessed);
    }

    @Override
    public String toString() {
        return "StoredSession[login=" + login.orElse("-") + ", version=" + version + ", lastAccessed="
                + lastAccessed + "]";
    }
}
