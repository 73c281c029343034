package org.numvert.web.security;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.prng.VertxContextPRNG;
import io.vertx.ext.web.Session;
import io.vertx.ext.web.sstore.SessionStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.numvert.store.Database;
import org.numvert.store.SessionRepository;
import org.numvert.store.StoredSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sessions kept in the database ({@link SessionRepository}), so that a restart of the service logs
 * nobody out: agents in the middle of calls keep their pages. Ids are stored as SHA-256 digests.
 * A session that changed is written with an optimistic version check (like Vert.x's own stores: a
 * concurrent change fails the later write); an unchanged one only has its end pushed back, at most
 * once per {@link #TOUCH_INTERVAL}; a session whose row is gone (logout, user disabled) is never
 * written back. Ended sessions are removed every {@link #CLEANUP_PERIOD}.
 *
 * <p>Threading: every database call runs on the database workers ({@link Database#async}); the
 * returned futures complete on the caller's context.
 */
final class DatabaseSessionStore implements SessionStore {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseSessionStore.class);
    static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);
    static final Duration CLEANUP_PERIOD = Duration.ofMinutes(10);

    private final Database database;
    private final SessionRepository sessions;
    private final Clock clock;
    private Vertx vertx;
    private VertxContextPRNG random;
    private long cleanupTimer = -1;

    DatabaseSessionStore(Database database, Clock clock) {
        this.database = database;
        this.sessions = new SessionRepository(database);
        this.clock = clock;
    }

    /** A store started on {@code vertx}, removing ended sessions periodically. */
    static DatabaseSessionStore start(Vertx vertx, Database database, Clock clock) {
        DatabaseSessionStore store = new DatabaseSessionStore(database, clock);
        store.init(vertx, new JsonObject());
        return store;
    }

    @Override
    public SessionStore init(Vertx vertx, JsonObject options) {
        this.vertx = vertx;
        this.random = VertxContextPRNG.current(vertx);
        long period = CLEANUP_PERIOD.toMillis();
        cleanupTimer = vertx.setPeriodic(period, period, id -> removeEnded());
        return this;
    }

    /** Not found means not there: a single service, no replication delay to wait for. */
    @Override
    public long retryTimeout() {
        return 0;
    }

    @Override
    public Session createSession(long timeout) {
        return createSession(timeout, DEFAULT_SESSIONID_LENGTH);
    }

    @Override
    public Session createSession(long timeout, int length) {
        return new PersistentSession(random, timeout, length);
    }

    @Override
    public Future<Session> get(String id) {
        return database.async(() -> sessions.find(digest(id), clock.instant()))
                .map(row -> row.<Session>map(r -> PersistentSession.restore(random, id, r)).orElse(null));
    }

    @Override
    public Future<Void> delete(String id) {
        return database.async(() -> {
            sessions.delete(digest(id));
            return null;
        });
    }

    @Override
    public Future<Void> put(Session session) {
        PersistentSession stored = (PersistentSession) session;
        String idHash = digest(session.id());
        Instant accessed = clock.instant();
        if (stored.isStored() && !stored.dataChanged()) {
            if (Duration.between(stored.storedAccess(), accessed).compareTo(touchInterval(session)) < 0) {
                return Future.succeededFuture();
            }
            return database.async(() -> sessions.touch(idHash, accessed, session.timeout()))
                    .onSuccess(touched -> stored.markStored(accessed)).mapEmpty();
        }
        int expected = stored.version();
        boolean isNew = !stored.isStored();
        stored.incrementVersion();
        return database.async(() -> write(stored.toRow(idHash, accessed), expected, isNew)).compose(written -> {
            if (!written) {
                return Future.failedFuture(new IllegalStateException("session changed or ended meanwhile"));
            }
            stored.markStored(accessed);
            return Future.succeededFuture();
        });
    }

    @Override
    public Future<Void> clear() {
        return database.async(sessions::deleteAll).mapEmpty();
    }

    @Override
    public Future<Integer> size() {
        return database.async(() -> sessions.count(clock.instant()));
    }

    @Override
    public void close() {
        if (vertx != null && cleanupTimer >= 0) {
            vertx.cancelTimer(cleanupTimer);
            cleanupTimer = -1;
        }
    }

    /** Removes the sessions that ended; returns how many. */
    Future<Integer> removeEnded() {
        return database.async(() -> sessions.deleteExpired(clock.instant()))
                .onSuccess(removed -> LOG.debug("ended sessions removed: {}", removed))
                .onFailure(e -> LOG.warn("could not remove ended sessions", e));
    }

    static String digest(String sessionId) {
        return Secrets.sha256(sessionId);
    }

    private boolean write(StoredSession row, int expectedVersion, boolean isNew) {
        if (isNew) {
            sessions.insert(row);
            return true;
        }
        return sessions.update(row, expectedVersion);
    }

    private static Duration touchInterval(Session session) {
        Duration tenth = Duration.ofMillis(session.timeout() / 10);
        return tenth.compareTo(TOUCH_INTERVAL) < 0 ? tenth : TOUCH_INTERVAL;
    }
}
