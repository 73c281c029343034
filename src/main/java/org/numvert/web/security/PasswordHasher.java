package org.numvert.web.security;

import io.vertx.ext.auth.hashing.HashString;
import io.vertx.ext.auth.hashing.HashingStrategy;
import java.util.Base64;
import java.util.Map;

/**
 * Password hashing with PBKDF2-HMAC-SHA512 (vertx-auth-common), stored as a PHC-style string
 * {@code $pbkdf2$it=<iterations>$<salt>$<hash>} so that the cost can be raised later: a hash made
 * with fewer iterations than the current cost is re-hashed at the next successful login.
 *
 * <p>Blocking and CPU-heavy (a few hundred milliseconds at the production cost): run it on a
 * worker pool, never on an event loop. Thread-safe.
 */
public final class PasswordHasher {
    /** OWASP's recommendation for PBKDF2-HMAC-SHA512 (2023). */
    public static final int PRODUCTION_ITERATIONS = 210_000;

    private static final String ALGORITHM = "pbkdf2";
    private final HashingStrategy strategy = HashingStrategy.load();
    private final int iterations;
    /** A well-formed hash of no password (random salt and value): checked against for unknown logins, at the same cost. */
    private final String decoy;

    public PasswordHasher(int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive");
        }
        this.iterations = iterations;
        this.decoy = HashString.encode(strategy.get(ALGORITHM), costParams(),
                Base64.getEncoder().encodeToString(Secrets.salt()), Secrets.randomToken(64));
    }

    public static PasswordHasher production() {
        return new PasswordHasher(PRODUCTION_ITERATIONS);
    }

    public String hash(String password) {
        String salt = Base64.getEncoder().encodeToString(Secrets.salt());
        return strategy.hash(ALGORITHM, costParams(), salt, password);
    }

    private Map<String, String> costParams() {
        return Map.of("it", String.valueOf(iterations));
    }

    /** Whether {@code password} is the one {@code hash} was made from (constant-time comparison). */
    public boolean matches(String hash, String password) {
        return hash != null && password != null && strategy.verify(hash, password);
    }

    /** Spends the time of a check and answers false: for unknown or disabled logins. */
    public boolean matchesNothing(String password) {
        strategy.verify(decoy, password == null ? "" : password);
        return false;
    }

    /** Whether {@code hash} was made with another algorithm or another cost than the current one. */
    public boolean outdated(String hash) {
        HashString parsed = new HashString(hash);
        return !ALGORITHM.equals(parsed.id()) || !String.valueOf(iterations).equals(parsed.param("it"));
    }
}
