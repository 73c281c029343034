package org.numvert.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.numvert.store.AuditEntry;
import org.numvert.store.AuditRepository;
import org.numvert.store.Database;
import org.numvert.web.security.Accounts;
import org.numvert.web.security.LoginOutcome;
import org.numvert.web.security.PasswordHasher;
import org.numvert.web.security.SecuritySettings;
import picocli.CommandLine;

/** {@code users ...} run in-process on a data directory, as an operator would run it. */
class UsersCommandTest {
    @TempDir
    Path dataDir;

    @Test
    void addPrintsAGeneratedPasswordOnceAndTheUserCanLogIn() throws Exception {
        Result added = users("add", "Camille", "--role", "supervisor", "--organisation", "adocc", "--name", "Camille M.");

        assertThat(added.code()).isEqualTo(0);
        String password = added.out().strip();
        assertThat(password).matches("[A-Za-z0-9]{16}");
        assertThat(added.err()).contains("user camille created").doesNotContain(password);
        assertThat(login("camille", password)).isInstanceOf(LoginOutcome.Success.class);

        Result list = users("list");
        assertThat(list.code()).isEqualTo(0);
        assertThat(list.out()).contains("camille", "supervisor", "ADOCC", "Camille M.").doesNotContain(password);
    }

    @Test
    void passwordsCanComeFromStandardInput() throws Exception {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream("Mot-de-passe-choisi-1\n".getBytes(StandardCharsets.UTF_8)));
            Result added = users("add", "agent-7", "--role", "agent", "--organisation", "REGION", "--password-stdin");
            assertThat(added.code()).isEqualTo(0);
            assertThat(added.out()).isEmpty();
        } finally {
            System.setIn(stdin);
        }
        assertThat(login("agent-7", "Mot-de-passe-choisi-1")).isInstanceOf(LoginOutcome.Success.class);
        assertThat(users("list").out()).contains("agent-7").containsPattern("agent-7 +agent +REGION +agent-7 ");
    }

    @Test
    void passwdDisableEnableAndTokenActOnTheUser() throws Exception {
        users("add", "lea", "--role", "supervisor", "--organisation", "REGION");

        String password = users("passwd", "lea").out().strip();
        assertThat(login("lea", password)).isInstanceOf(LoginOutcome.Success.class);

        Result token = users("token", "lea", "--name", "supervision");
        assertThat(token.code()).isEqualTo(0);
        String secret = token.out().strip();
        assertThat(secret).startsWith("nvt_");
        assertThat(token.err()).doesNotContain(secret);
        assertThat(withAccounts(a -> a.tokens().of("lea")).get(0).name()).isEqualTo("supervision");

        assertThat(users("disable", "lea").code()).isEqualTo(0);
        assertThat(login("lea", password)).isInstanceOf(LoginOutcome.Refused.class);
        assertThat(users("enable", "lea").code()).isEqualTo(0);
        assertThat(login("lea", password)).isInstanceOf(LoginOutcome.Success.class);
        List<AuditEntry> audit = withAudit(a -> a.latest(Optional.empty(), 0, 20));
        assertThat(audit).extracting(e -> e.record().action()).containsExactly("user.enable", "user.disable",
                "token.create", "user.password", "user.create");
        assertThat(audit).allMatch(e -> e.record().actor().equals("cli"));
    }

    @Test
    void refusalsExitWith1AndUsageErrorsWith2() {
        Result noDatabase = users("list");
        assertThat(noDatabase.code()).isEqualTo(1);
        assertThat(noDatabase.err()).contains("no database in");
        assertThat(users("add", "solo", "--role", "admin", "--organisation", "REGION").code()).isEqualTo(0);
        assertThat(users("passwd", "nobody").code()).isEqualTo(1);
        assertThat(users("passwd", "nobody").err()).contains("no user 'nobody'");
        assertThat(users("token", "nobody").code()).isEqualTo(1);
        assertThat(users("add", "x!", "--role", "agent", "--organisation", "REGION").code()).isEqualTo(1);
        assertThat(users("add", "solo", "--role", "admin", "--organisation", "REGION").err()).contains("already taken");
        assertThat(users("disable", "solo").err()).contains("last enabled administrator");

        assertThat(users("add", "y", "--role", "boss", "--organisation", "REGION").code()).isEqualTo(2);
        assertThat(users("add", "y", "--role", "agent").code()).isEqualTo(2);
        assertThat(users().code()).isEqualTo(2);
        assertThat(run("users", "list", "--data-dir", dataDir.toString(), "--config",
                dataDir.resolve("missing.yaml").toString()).code()).isEqualTo(2);
    }

    private Result users(String... args) {
        String[] full = new String[args.length + 3];
        full[0] = "users";
        System.arraycopy(args, 0, full, 1, args.length);
        if (args.length == 0) {
            return run("users");
        }
        full[args.length + 1] = "--data-dir";
        full[args.length + 2] = dataDir.toString();
        return run(full);
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine().setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    private LoginOutcome login(String login, String password) throws Exception {
        return withAccounts(a -> a.login(login, password, "127.0.0.1"));
    }

    private <T> T withAccounts(Function<Accounts, T> work) throws Exception {
        try (Database database = Database.openFile(dataDir.resolve("db"))) {
            return work.apply(Accounts.open(database, SecuritySettings.defaults(false), new PasswordHasher(1_000),
                    Clock.systemUTC()));
        }
    }

    private <T> T withAudit(Function<AuditRepository, T> work) throws Exception {
        try (Database database = Database.openFile(dataDir.resolve("db"))) {
            return work.apply(new AuditRepository(database));
        }
    }

    private record Result(int code, String out, String err) {
    }
}
