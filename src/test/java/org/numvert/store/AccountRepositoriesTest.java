package org.numvert.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.numvert.routing.AgentId;
import org.numvert.routing.Organisation;

/** Users, tokens, login failures and the audit trail on a real (in-memory) HSQLDB. */
class AccountRepositoriesTest {
    private static final Instant T0 = Instant.parse("2025-03-10T08:00:00.123Z");

    private final Database database = Database.openMemory("accounts-" + UUID.randomUUID());
    private final UserRepository users = new UserRepository(database);

    AccountRepositoriesTest() {
        Migrations.fromClasspath(database).migrate();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void usersRoundTripAndTheirKeysAreUnique() {
        StoredUser agent = user("agent-1", "AGENT", Optional.of(new AgentId("agent-1")));
        users.insert(agent);
        users.insert(user("sup-1", "SUPERVISOR", Optional.empty()));
        users.insert(user("sup-2", "SUPERVISOR", Optional.empty()));

        assertThat(users.find("agent-1")).contains(agent);
        assertThat(users.list()).extracting(StoredUser::login).containsExactly("agent-1", "sup-1", "sup-2");
        assertThat(users.agents()).extracting(StoredUser::login).containsExactly("agent-1");
        assertThat(users.count()).isEqualTo(3);
        assertThat(users.countEnabled("SUPERVISOR")).isEqualTo(2);
        assertThatThrownBy(() -> users.insert(user("agent-1", "AGENT", Optional.empty())))
                .isInstanceOf(DuplicateKeyException.class);
        assertThatThrownBy(() -> users.insert(user("other", "AGENT", Optional.of(new AgentId("agent-1")))))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(users.update(user("nobody", "AGENT", Optional.empty()))).isFalse();
        assertThat(agent.toString()).doesNotContain("hash");
    }

    @Test
    void tokensAreFoundByDigestUntilRevoked() {
        users.insert(user("agent-1", "AGENT", Optional.empty()));
        ApiTokenRepository tokens = new ApiTokenRepository(database);

        StoredToken token = tokens.insert("agent-1", "export", "digest-1", T0);
        tokens.markUsed(token.id(), T0.plusSeconds(60));

        assertThat(tokens.findActive("digest-1")).get().extracting(StoredToken::lastUsedAt)
                .isEqualTo(Optional.of(T0.plusSeconds(60)));
        assertThat(tokens.activeOf("agent-1")).extracting(StoredToken::name).containsExactly("export");
        assertThat(tokens.revoke("someone-else", token.id(), T0)).isFalse();
        assertThat(tokens.revoke("agent-1", token.id(), T0)).isTrue();
        assertThat(tokens.findActive("digest-1")).isEmpty();
        assertThat(tokens.activeOf("agent-1")).isEmpty();
        assertThat(tokens.revoke("agent-1", token.id(), T0)).isFalse();
    }

    @Test
    void loginFailuresAreCountedInTheirWindowAndForgotten() {
        LoginFailureRepository failures = new LoginFailureRepository(database);
        failures.record("key-a", "10.0.0.1", T0, T0.minusSeconds(900));
        failures.record("key-a", "10.0.0.2", T0.plusSeconds(10), T0.minusSeconds(900));
        failures.record("key-b", "10.0.0.1", T0.plusSeconds(20), T0.minusSeconds(900));

        assertThat(failures.ofLogin("key-a", T0)).isEqualTo(new LoginFailureRepository.FailureCount(2, Optional.of(T0)));
        assertThat(failures.ofLogin("key-a", T0.plusSeconds(5)).count()).isEqualTo(1);
        assertThat(failures.ofAddress("10.0.0.1", T0).count()).isEqualTo(2);
        failures.clear("key-a");
        assertThat(failures.ofLogin("key-a", T0).count()).isZero();
        assertThat(failures.ofAddress("10.0.0.1", T0).count()).isEqualTo(1);
        failures.record("key-c", "10.0.0.9", T0.plusSeconds(2000), T0.plusSeconds(1000));
        assertThat(failures.ofAddress("10.0.0.1", T0).count()).as("old failures forgotten").isZero();
    }

    @Test
    void auditEntriesComeNewestFirstPerOrganisation() {
        AuditRepository audit = new AuditRepository(database);
        audit.append(new AuditRecord("sup-r", Optional.of(Organisation.REGION), "agent.pause", "agent-1", "pause"), T0);
        audit.append(new AuditRecord("sup-a", Optional.of(Organisation.ADOCC), "crisis.on", "entreprises", null), T0);
        audit.append(new AuditRecord("cli", Optional.empty(), "user.create", "agent-2", null), T0.plusSeconds(1));

        assertThat(audit.latest(Optional.empty(), 0, 10)).extracting(e -> e.record().actor())
                .containsExactly("cli", "sup-a", "sup-r");
        assertThat(audit.latest(Optional.of(Organisation.ADOCC), 0, 10)).extracting(e -> e.record().action())
                .containsExactly("crisis.on");
        AuditEntry newest = audit.latest(Optional.empty(), 0, 1).get(0);
        assertThat(newest.occurredAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(newest.record().organisation()).isEmpty();
        assertThat(audit.latest(Optional.empty(), newest.id(), 10)).hasSize(2);
    }

    private static StoredUser user(String login, String role, Optional<AgentId> agent) {
        return new StoredUser(login, "User " + login, role, Organisation.REGION, false, agent, "$pbkdf2$hash", true,
                T0, T0, T0);
    }
}
