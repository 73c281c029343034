package org.numvert.web.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.numvert.routing.Organisation;
import org.numvert.web.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The accounts a newcomer logs in with on the embedded default (simulated PBX): agents of both
 * organisations, an FAQ editor, a supervisor of each organisation and an administrator. Made only
 * when there is no user at all; their random passwords are written once to
 * {@code <dataDir>/demo-accounts.txt}, readable by its owner only, one account per line:
 * {@code login password role organisation}.
 *
 * <p>Blocking (hashing, database, file): run it on a worker, at start-up.
 */
public final class DemoAccounts {
    public static final String FILE_NAME = "demo-accounts.txt";
    /**
     * Hashing cost of the demo passwords until their first login (then the full cost): they are
     * random (93 bits) and in clear in the demo file, so a high cost would only slow the first start.
     */
    static final int DEMO_ITERATIONS = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(DemoAccounts.class);

    /** Who they are: login and details. Agents' agent ids are their logins. */
    static final List<Demo> ACCOUNTS = List.of(
            new Demo("agent-region-1", AccountDetails.agent("agent-region-1", "Agent Région 1", Organisation.REGION)),
            new Demo("agent-region-2", AccountDetails.agent("agent-region-2", "Agent Région 2", Organisation.REGION)),
            new Demo("agent-region-3", AccountDetails.agent("agent-region-3", "Agent Région 3", Organisation.REGION)),
            new Demo("agent-region-4", AccountDetails.agent("agent-region-4", "Agent Région 4", Organisation.REGION)),
            new Demo("agent-adocc-1", AccountDetails.agent("agent-adocc-1", "Agent AD'OCC 1", Organisation.ADOCC)),
            new Demo("agent-adocc-2", AccountDetails.agent("agent-adocc-2", "Agent AD'OCC 2", Organisation.ADOCC)),
            new Demo("redacteur-faq", AccountDetails.agent("redacteur-faq", "Rédacteur FAQ", Organisation.REGION)
                    .withFaqEditor(true)),
            new Demo("superviseur-region", new AccountDetails("Superviseur Région", Role.SUPERVISOR,
                    Organisation.REGION, false, Optional.empty())),
            new Demo("superviseur-adocc", new AccountDetails("Superviseur AD'OCC", Role.SUPERVISOR,
                    Organisation.ADOCC, false, Optional.empty())),
            new Demo("admin", new AccountDetails("Administrateur", Role.ADMIN, Organisation.REGION, false,
                    Optional.empty())));

    private DemoAccounts() {
    }

    /**
     * Creates the demo accounts when there is no user at all, and writes their file.
     *
     * @return the file written, or empty when users existed already
     */
    public static Optional<Path> createIfNoUsers(Accounts accounts, Path dataDir) throws IOException {
        if (!accounts.none()) {
            return Optional.empty();
        }
        PasswordHasher demoHasher = new PasswordHasher(DEMO_ITERATIONS);
        List<String> lines = new ArrayList<>();
        List<Runnable> creations = new ArrayList<>();
        for (Demo demo : ACCOUNTS) {
            String password = Secrets.password();
            lines.add(String.join(" ", demo.login(), password, demo.details().role().name().toLowerCase(Locale.ROOT),
                    demo.details().organisation().name()));
            creations.add(() -> accounts.createDemo(demo.login(), demo.details(), password, demoHasher));
        }
        Path target = dataDir.resolve(FILE_NAME);
        Path written = writeOwnerOnly(dataDir, lines);
        try {
            creations.forEach(Runnable::run);
            Files.move(written, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(written);
        }
        LOG.info("{} demo accounts created; their passwords are in {}", ACCOUNTS.size(), target.toAbsolutePath());
        return Optional.of(target);
    }

    /** A file that only its owner can read, made with those rights (never readable by others, even briefly). */
    private static Path writeOwnerOnly(Path dir, List<String> lines) throws IOException {
        Path file;
        try {
            file = Files.createTempFile(dir, "demo-accounts-", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            file = Files.createTempFile(dir, "demo-accounts-", ".tmp");
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    record Demo(String login, AccountDetails details) {
    }
}
