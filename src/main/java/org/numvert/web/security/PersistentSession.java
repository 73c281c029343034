package org.numvert.web.security;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.auth.prng.VertxContextPRNG;
import io.vertx.ext.web.sstore.AbstractSession;
import java.time.Instant;
import java.util.Optional;
import org.numvert.store.StoredSession;

/**
 * A session of {@link DatabaseSessionStore}: Vert.x's session with its attributes serialised to
 * bytes (Vert.x's own format, as its clustered store does) and a memory of what the database holds,
 * so that a request which changed nothing only pushes the session's end back, at most once a minute.
 * One instance per request: not shared between threads.
 */
final class PersistentSession extends AbstractSession {
    /** When the stored row was last written; empty for a session not (yet) in the database. */
    private Optional<Instant> storedAccess = Optional.empty();

    PersistentSession(VertxContextPRNG prng, long timeout, int length) {
        super(prng, timeout, length);
    }

    /** The session {@code id} as read from its row. */
    static PersistentSession restore(VertxContextPRNG prng, String id, StoredSession row) {
        PersistentSession session = new PersistentSession(prng);
        session.setId(id);
        session.setTimeout(row.idleMillis());
        session.setLastAccessed(row.lastAccessed().toEpochMilli());
        session.setVersion(row.version());
        session.readDataFromBuffer(Buffer.buffer(row.data()));
        session.storedAccess = Optional.of(row.lastAccessed());
        return session;
    }

    private PersistentSession(VertxContextPRNG prng) {
        super(prng);
    }

    /** Whether the database holds this session under its current id. */
    boolean isStored() {
        return storedAccess.isPresent() && !isRegenerated();
    }

    /** Whether an attribute changed since the session was read or last written. */
    boolean dataChanged() {
        return checksum() != crc();
    }

    /** When the stored row was last written (only for {@link #isStored()} sessions). */
    Instant storedAccess() {
        return storedAccess.orElseThrow();
    }

    void markStored(Instant accessed) {
        storedAccess = Optional.of(accessed);
    }

    /** The row to write for this session, used at {@code accessed}. */
    StoredSession toRow(String idHash, Instant accessed) {
        Buffer data = Buffer.buffer();
        writeDataToBuffer(data);
        return new StoredSession(idHash, Optional.ofNullable(this.<String>get(SessionKeys.LOGIN)), data.getBytes(), version(),
                timeout(), accessed);
    }
}
