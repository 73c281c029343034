package org.numvert.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Session;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.numvert.store.Database;
import org.numvert.store.Migrations;
import org.numvert.store.SessionRepository;
import org.numvert.testing.TestClock;

/** The session store over a real (in-memory) HSQLDB: what a restart keeps, what ends a session. */
class DatabaseSessionStoreTest {
    private static final long HOUR = Duration.ofHours(1).toMillis();

    private final Vertx vertx = Vertx.vertx();
    private final TestClock clock = new TestClock(Instant.parse("2025-03-10T08:00:00Z"));
    private final Database database = Database.openMemory("sstore-" + UUID.randomUUID()).withWorkers(vertx);
    private final DatabaseSessionStore store;

    DatabaseSessionStoreTest() {
        Migrations.fromClasspath(database).migrate();
        store = store();
    }

    @AfterEach
    void close() throws Exception {
        store.close();
        await(vertx.close());
        database.close();
    }

    @Test
    void anotherStoreOnTheSameDatabaseReadsTheSessionBackAsItWas() throws Exception {
        Session session = signedIn("agent-1");
        session.put(SessionKeys.CREDENTIALS, 1_741_593_600_123L);
        await(store.put(session));

        DatabaseSessionStore restarted = store();
        Session read = await(restarted.get(session.id()));
        restarted.close();

        assertThat(read.id()).isEqualTo(session.id());
        assertThat(read.data()).isEqualTo(session.data());
        assertThat((Long) read.get(SessionKeys.CREDENTIALS)).isEqualTo(1_741_593_600_123L);
        assertThat(read.timeout()).isEqualTo(HOUR);
        SessionRepository rows = new SessionRepository(database);
        assertThat(rows.find(session.id(), clock.instant())).as("the id itself is not stored").isEmpty();
        assertThat(rows.find(DatabaseSessionStore.digest(session.id()), clock.instant())).get()
                .satisfies(row -> assertThat(row.login()).contains("agent-1"));
    }

    @Test
    void aChangeMadeMeanwhileByAnotherRequestFailsTheLaterWrite() throws Exception {
        Session session = signedIn("agent-1");
        await(store.put(session));
        Session first = await(store.get(session.id()));
        Session second = await(store.get(session.id()));

        first.put(SessionKeys.CSRF, "token-1");
        await(store.put(first));
        second.put(SessionKeys.CSRF, "token-2");

        assertThatThrownBy(() -> await(store.put(second))).hasMessageContaining("changed or ended");
        assertThat((String) await(store.get(session.id())).get(SessionKeys.CSRF)).isEqualTo("token-1");
    }

    @Test
    void aDeletedSessionIsNeverWrittenBack() throws Exception {
        Session session = signedIn("agent-1");
        await(store.put(session));
        Session changing = await(store.get(session.id()));
        Session reading = await(store.get(session.id()));

        await(store.delete(session.id()));
        changing.put(SessionKeys.CSRF, "late");
        clock.advance(Duration.ofMinutes(5));

        assertThatThrownBy(() -> await(store.put(changing))).hasMessageContaining("changed or ended");
        await(store.put(reading));
        assertThat(await(store.get(session.id()))).isNull();
    }

    @Test
    void anIdleSessionEndsUnlessUsedAndEndedOnesAreRemoved() throws Exception {
        Session busy = signedIn("agent-1");
        Session idle = signedIn("agent-2");
        await(store.put(busy));
        await(store.put(idle));

        clock.advance(Duration.ofMinutes(50));
        await(store.put(await(store.get(busy.id()))));
        clock.advance(Duration.ofMinutes(20));

        assertThat(await(store.get(idle.id()))).isNull();
        assertThat(await(store.get(busy.id()))).isNotNull();
        assertThat(await(store.size())).isEqualTo(1);
        assertThat(await(store.removeEnded())).isEqualTo(1);
        assertThat(await(store.removeEnded())).isZero();

        clock.advance(Duration.ofMinutes(41));
        assertThat(await(store.get(busy.id()))).isNull();
    }

    @Test
    void aUsersSessionsEndTogether() throws Exception {
        Session mine = signedIn("agent-1");
        Session other = signedIn("agent-2");
        await(store.put(mine));
        await(store.put(other));

        assertThat(new SessionRepository(database).deleteOf("agent-1")).isEqualTo(1);

        assertThat(await(store.get(mine.id()))).isNull();
        assertThat(await(store.get(other.id()))).isNotNull();
        await(store.clear());
        assertThat(await(store.size())).isZero();
    }

    private DatabaseSessionStore store() {
        DatabaseSessionStore created = new DatabaseSessionStore(database, clock);
        created.init(vertx, new JsonObject());
        return created;
    }

    private Session signedIn(String login) {
        Session session = store.createSession(HOUR, 32);
        session.put(SessionKeys.LOGIN, login);
        session.put(SessionKeys.CSRF, Secrets.randomToken(32));
        return session;
    }

    private static <T> T await(Future<T> future) throws Exception {
        try {
            return future.toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
