package org.numvert.app;

import ch.qos.logback.classic.Level;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.numvert.routing.AgentId;
import org.numvert.routing.Organisation;
import org.numvert.store.AuditRecord;
import org.numvert.store.AuditRepository;
import org.numvert.store.Database;
import org.numvert.store.Migrations;
import org.numvert.web.ApiException;
import org.numvert.web.Role;
import org.numvert.web.security.AccountDetails;
import org.numvert.web.security.Accounts;
import org.numvert.web.security.PasswordHasher;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code users list|add|passwd|disable|enable|token}: manages users on the database of a stopped
 * service (a running service holds the database; use the admin page then). Secrets (a generated
 * password, a token) are printed once, alone on standard output; messages go to standard error.
 * Exit codes: 0 done, 1 refused (unknown user, taken login, database in use), 2 usage or configuration.
 */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = "Manage users and their API tokens (stop the service first).",
        subcommands = {UsersCommand.ListUsers.class, UsersCommand.Add.class, UsersCommand.Passwd.class,
            UsersCommand.Disable.class, UsersCommand.Enable.class, UsersCommand.Token.class})
final class UsersCommand implements Runnable {
    private static final String ACTOR = "cli";

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a sub-command is required");
    }

    /** What every sub-command shares: where the data is, and how it reaches the accounts. */
    abstract static class UsersTask implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--data-dir", paramLabel = "DIR", description = "Data directory (dataDir).")
        Path dataDir;

        @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (YAML or JSON).")
        Path configFile;

        /** The work on the accounts; returns the exit code. */
        abstract int run(Accounts accounts, AuditRepository audit);

        /** Whether this sub-command may create the database (the first administrator of a new installation). */
        boolean createsDatabase() {
            return false;
        }

        @Override
        public Integer call() {
            quietLogs();
            NumvertConfig config;
            try {
                config = ConfigLoader.load(Optional.ofNullable(configFile), System.getenv(), overrides());
            } catch (ConfigException e) {
                err().println(e.getMessage());
                return Main.EXIT_CONFIG;
            }
            if (!createsDatabase() && !Files.isDirectory(config.databaseDir())) {
                err().println("no database in " + config.databaseDir() + ": check --data-dir (or start the service once)");
                return 1;
            }
            Database database;
            try {
                database = Database.openFile(config.databaseDir());
                Migrations.fromClasspath(database).migrate();
            } catch (RuntimeException e) {
                err().println("cannot open the database in " + config.databaseDir()
                        + " (is numvert running? stop it first): " + e.getMessage());
                return 1;
            }
            try (database) {
                Accounts accounts = Accounts.open(database, config.security(), PasswordHasher.production(),
                        Clock.systemUTC());
                return run(accounts, new AuditRepository(database));
            } catch (ApiException e) {
                err().println("refused: " + e.getMessage());
                return 1;
            }
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        PrintWriter err() {
            return spec.commandLine().getErr();
        }

        static void audit(AuditRepository audit, String action, String login, String detail) {
            audit.append(new AuditRecord(ACTOR, Optional.empty(), action, login, detail), Clock.systemUTC().instant());
        }

        private Map<String, String> overrides() {
            Map<String, String> overrides = new HashMap<>();
            if (dataDir != null) {
                overrides.put("dataDir", dataDir.toString());
            }
            return overrides;
        }

        /** The command's output is its answer: start-up chatter of the database stays out of it. */
        private static void quietLogs() {
            if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
                    instanceof ch.qos.logback.classic.Logger root) {
                root.setLevel(Level.WARN);
            }
        }
    }

    /** A sub-command that sets a password: read from standard input, or generated and printed once. */
    abstract static class PasswordTask extends UsersTask {
        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input"
                + " instead of generating one.")
        boolean passwordFromStdin;

        Optional<String> givenPassword() {
            if (!passwordFromStdin) {
                return Optional.empty();
            }
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                return Optional.ofNullable(line);
            } catch (IOException e) {
                throw ApiException.badRequest("cannot read the password from standard input: " + e.getMessage());
            }
        }

        void printGenerated(String login, String password) {
            err().println("password of " + login + " (shown once, keep it safe):");
            out().println(password);
        }
    }

    @Command(name = "list", description = "List the users.")
    static final class ListUsers extends UsersTask {
        @Override
        int run(Accounts accounts, AuditRepository audit) {
            out().printf("%-24s %-10s %-12s %-24s %-5s %-8s %s%n",
                    "LOGIN", "ROLE", "ORGANISATION", "AGENT", "FAQ", "ENABLED", "NAME");
            accounts.list().forEach(a -> out().printf("%-24s %-10s %-12s %-24s %-5s %-8s %s%n", a.login(),
                    a.role().name().toLowerCase(Locale.ROOT), a.details().organisation(),
                    a.details().agent().map(AgentId::value).orElse("-"), a.details().faqEditor() ? "yes" : "no",
                    a.enabled() ? "yes" : "no", a.details().displayName()));
            return 0;
        }
    }

    @Command(name = "add", description = "Create a user; prints its password once unless --password-stdin.")
    static final class Add extends PasswordTask {
        @CommandLine.Parameters(paramLabel = "LOGIN")
        String login;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "agent, supervisor or admin.")
        Role role;

        @Option(names = "--organisation", required = true, paramLabel = "ORG", description = "REGION or ADOCC.")
        Organisation organisation;

        @Option(names = "--name", paramLabel = "NAME", description = "Display name (default: the login).")
        String name;

        @Option(names = "--agent-id", paramLabel = "ID",
                description = "Routing agent this user is (an agent's is its login, the default).")
        String agentId;

        @Option(names = "--faq-editor", description = "May edit FAQ articles directly.")
        boolean faqEditor;

        @Override
        boolean createsDatabase() {
            return true;
        }

        @Override
        int run(Accounts accounts, AuditRepository audit) {
            Optional<AgentId> agent = Optional.ofNullable(agentId).map(AgentId::new)
                    .or(() -> role == Role.AGENT ? Optional.of(new AgentId(login.strip().toLowerCase(Locale.ROOT))) : Optional.empty());
            Optional<String> given = givenPassword();
            String password = given.orElseGet(Accounts::generatedPassword);
            var account = accounts.create(login, new AccountDetails(
                    name == null ? login : name, role, organisation, faqEditor, agent), password);
            audit(audit, "user.create", account.login(), "role=" + role.name().toLowerCase(Locale.ROOT) + " organisation="
                    + organisation);
            err().println("user " + account.login() + " created");
            if (given.isEmpty()) {
                printGenerated(account.login(), password);
            }
            return 0;
        }
    }

    @Command(name = "passwd", description = "Set a user's password; prints it once unless --password-stdin.")
    static final class Passwd extends PasswordTask {
        @CommandLine.Parameters(paramLabel = "LOGIN")
        String login;

        @Override
        int run(Accounts accounts, AuditRepository audit) {
            String user = accounts.require(login).login();
            Optional<String> given = givenPassword();
            String password = given.orElseGet(Accounts::generatedPassword);
            accounts.setPassword(user, password);
            audit(audit, "user.password", user, "password reset");
            err().println("password of " + user + " changed; its sessions are closed");
            if (given.isEmpty()) {
                printGenerated(user, password);
            }
            return 0;
        }
    }

    @Command(name = "disable", description = "Disable a user: its sessions and tokens stop working.")
    static final class Disable extends UsersTask {
        @CommandLine.Parameters(paramLabel = "LOGIN")
        String login;

        @Override
        int run(Accounts accounts, AuditRepository audit) {
            String user = accounts.setEnabled(login, false).login();
            audit(audit, "user.disable", user, null);
            err().println("user " + user + " disabled");
            return 0;
        }
    }

    @Command(name = "enable", description = "Enable a disabled user again.")
    static final class Enable extends UsersTask {
        @CommandLine.Parameters(paramLabel = "LOGIN")
        String login;

        @Override
        int run(Accounts accounts, AuditRepository audit) {
            String user = accounts.setEnabled(login, true).login();
            audit(audit, "user.enable", user, null);
            err().println("user " + user + " enabled");
            return 0;
        }
    }

    @Command(name = "token", description = "Make a personal API token for a user and print it once.")
    static final class Token extends UsersTask {
        @CommandLine.Parameters(paramLabel = "LOGIN")
        String login;

        @Option(names = "--name", paramLabel = "NAME", defaultValue = "cli",
                description = "What the token is for (default: ${DEFAULT-VALUE}).")
        String name;

        @Override
        int run(Accounts accounts, AuditRepository audit) {
            String user = accounts.require(login).login();
            var issued = accounts.tokens().issue(user, name);
            audit(audit, "token.create", user, issued.token().name());
            err().println("token " + issued.token().id() + " for " + user + " (shown once, keep it safe):");
            out().println(issued.secret());
            return 0;
        }
    }
}
