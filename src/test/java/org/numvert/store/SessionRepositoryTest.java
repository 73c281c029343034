package org.numvert.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Page sessions on a real (in-memory) HSQLDB: kept, changed with a version check, ended. */
class SessionRepositoryTest {
    private static final Instant T0 = Instant.parse("2025-03-10T08:00:00.123Z");
    private static final long IDLE = Duration.ofHours(10).toMillis();

    private final Database database = Database.openMemory("sessions-" + UUID.randomUUID());
    private final SessionRepository sessions = new SessionRepository(database);

    SessionRepositoryTest() {
        Migrations.fromClasspath(database).migrate();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aSessionIsFoundByItsDigestUntilDeleted() {
        StoredSession session = session("h1", "agent-1", 0, T0);
        sessions.insert(session);

        assertThat(sessions.find("h1", T0.plusSeconds(1))).contains(session);
        assertThat(sessions.find("h2", T0.plusSeconds(1))).isEmpty();
        assertThat(sessions.count(T0)).isEqualTo(1);
        assertThatThrownBy(() -> sessions.insert(session("h1", "agent-2", 0, T0)))
                .isInstanceOf(DuplicateKeyException.class);

        sessions.delete("h1");
        assertThat(sessions.find("h1", T0.plusSeconds(1))).isEmpty();
    }

    @Test
    void anUpdateNeedsTheVersionItWasReadAt() {
        sessions.insert(new StoredSession("h1", Optional.empty(), new byte[] {1}, 0, IDLE, T0));
        StoredSession signedIn = session("h1", "agent-1", 1, T0.plusSeconds(5));

        assertThat(sessions.update(signedIn, 0)).isTrue();
        assertThat(sessions.update(session("h1", "agent-2", 1, T0.plusSeconds(6)), 0)).as("stale").isFalse();
        assertThat(sessions.find("h1", T0.plusSeconds(7))).contains(signedIn);
        assertThat(sessions.update(session("h9", "agent-1", 1, T0), 0)).as("never stored").isFalse();
        assertThat(sessions.find("h9", T0)).isEmpty();
    }

    @Test
    void aSessionEndsWhenIdleLongerThanItsTimeoutUnlessTouched() {
        sessions.insert(session("idle", "agent-1", 0, T0));
        sessions.insert(session("busy", "agent-2", 0, T0));
        Instant later = T0.plusMillis(IDLE - 1000);

        assertThat(sessions.touch("busy", later, IDLE)).isTrue();
        Instant end = T0.plusMillis(IDLE);
        assertThat(sessions.find("idle", end.minusMillis(1))).isPresent();
        assertThat(sessions.find("idle", end)).isEmpty();
        assertThat(sessions.touch("idle", end, IDLE)).as("an ended session is not revived").isFalse();
        assertThat(sessions.update(session("idle", "agent-1", 1, end), 0)).isFalse();
        assertThat(sessions.find("busy", end)).get().extracting(StoredSession::lastAccessed).isEqualTo(later);
        assertThat(sessions.count(end)).isEqualTo(1);

        assertThat(sessions.deleteExpired(end)).isEqualTo(1);
        assertThat(sessions.deleteExpired(end)).isZero();
        assertThat(sessions.find("busy", end)).isPresent();
    }

    @Test
    void allSessionsOfAUserEndTogether() {
        sessions.insert(session("a1", "agent-1", 0, T0));
        sessions.insert(session("a2", "agent-1", 0, T0));
        sessions.insert(session("b1", "agent-2", 0, T0));
        sessions.insert(new StoredSession("anonymous", Optional.empty(), new byte[0], 0, IDLE, T0));

        assertThat(sessions.deleteOf("agent-1")).isEqualTo(2);
        assertThat(sessions.find("a1", T0)).isEmpty();
        assertThat(sessions.find("a2", T0)).isEmpty();
        assertThat(sessions.find("b1", T0)).isPresent();
        assertThat(sessions.count(T0)).isEqualTo(2);
        assertThat(sessions.deleteAll()).isEqualTo(2);
    }

    private static StoredSession session(String idHash, String login, int version, Instant accessed) {
        return new StoredSession(idHash, Optional.of(login), new byte[] {0, 0, 0, (byte) version}, version, IDLE,
                accessed);
    }
}
