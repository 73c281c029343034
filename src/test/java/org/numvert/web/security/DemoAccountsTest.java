package org.numvert.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.numvert.routing.Organisation;
import org.numvert.store.Database;
import org.numvert.store.Migrations;
import org.numvert.store.UserRepository;
import org.numvert.web.Role;

class DemoAccountsTest {
    @TempDir
    Path dataDir;

    private final Database database = Database.openMemory("demo-" + UUID.randomUUID());
    private final Accounts accounts = open(database);

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void firstStartMakesAgentsOfBothOrganisationsSupervisorsAnEditorAndAnAdmin() throws Exception {
        Path file = DemoAccounts.createIfNoUsers(accounts, dataDir).orElseThrow();

        assertThat(file).isEqualTo(dataDir.resolve("demo-accounts.txt"));
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(10).allMatch(line -> line.matches("[a-z0-9-]+ [A-Za-z0-9]{16} (agent|supervisor|admin)"
                + " (REGION|ADOCC)"));
        assertThat(lines).filteredOn(l -> l.endsWith(" agent REGION")).hasSize(5);
        assertThat(lines).filteredOn(l -> l.endsWith(" agent ADOCC")).hasSize(2);
        assertThat(lines).filteredOn(l -> l.contains(" supervisor ")).hasSize(2);
        assertThat(lines).filteredOn(l -> l.contains(" admin ")).hasSize(1);
        assertThat(accounts.find("redacteur-faq").orElseThrow().details().faqEditor()).isTrue();
        assertThat(accounts.agents()).hasSize(7).allMatch(a -> a.agent().value().equals(a.login()));
        assertThat(accounts.agents()).filteredOn(a -> a.organisation() == Organisation.ADOCC).hasSize(2);
        assertThat(storedHash("admin")).startsWith("$pbkdf2$it=" + DemoAccounts.DEMO_ITERATIONS + "$");
        for (String line : lines) {
            String[] fields = line.split(" ");
            LoginOutcome outcome = accounts.login(fields[0], fields[1], "127.0.0.1");
            assertThat(outcome).isInstanceOf(LoginOutcome.Success.class);
            Account account = ((LoginOutcome.Success) outcome).account();
            assertThat(account.role()).isEqualTo(Role.valueOf(fields[2].toUpperCase()));
            assertThat(account.details().organisation()).isEqualTo(Organisation.valueOf(fields[3]));
        }
        assertThat(storedHash("admin")).as("full cost after the first login").startsWith("$pbkdf2$it=1000$");
        try (var listing = Files.list(dataDir)) {
            assertThat(listing).containsExactly(file);
        }
    }

    @Test
    void theFileIsWrittenOnceOnly() throws Exception {
        Path file = DemoAccounts.createIfNoUsers(accounts, dataDir).orElseThrow();
        String first = Files.readString(file);

        assertThat(DemoAccounts.createIfNoUsers(accounts, dataDir)).isEmpty();
        assertThat(Files.readString(file)).isEqualTo(first);
    }

    @Test
    void noDemoAccountsBesideExistingUsers() throws Exception {
        accounts.create("seule", new AccountDetails("Seule", Role.ADMIN, Organisation.REGION, false,
                Optional.empty()), "Un-mot-de-passe-sur");

        assertThat(DemoAccounts.createIfNoUsers(accounts, dataDir)).isEmpty();
        assertThat(dataDir.resolve(DemoAccounts.FILE_NAME)).doesNotExist();
        assertThat(accounts.list()).hasSize(1);
    }

    private String storedHash(String login) {
        return new UserRepository(database).find(login).orElseThrow().passwordHash();
    }

    private static Accounts open(Database database) {
        Migrations.fromClasspath(database).migrate();
        return Accounts.open(database, SecuritySettings.defaults(false), new PasswordHasher(1_000), Clock.systemUTC());
    }
}
