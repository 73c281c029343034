package org.numvert.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.numvert.store.ApiTokenRepository;
import org.numvert.store.StoredToken;
import org.numvert.store.UserRepository;
import org.numvert.web.ApiException;

/**
 * Personal API tokens for scripts and integrations ({@code Authorization: Bearer <token>}). A token
 * authenticates as its owner, with the owner's current role; it stops working when revoked or when
 * its owner is disabled. Only a SHA-256 digest of each token is stored: tokens are 256 random bits,
 * so a slow hash would add nothing, and the digest lets a request find its token at once.
 *
 * <p>Blocking (database): call on a worker. Thread-safe.
 */
public final class ApiTokens {
    /** Prefix that makes a leaked token recognisable (secret scanners, logs). */
    static final String PREFIX = "nvt_";
    private static final int NAME_MAX = 100;
    /** Last-use times are written at most this often per token, not at every request. */
    private static final Duration USE_RESOLUTION = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final UserRepository users;
    private final Clock clock;

    ApiTokens(ApiTokenRepository tokens, UserRepository users, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.clock = clock;
    }

    /** A new token for {@code login}; its secret is in the result and nowhere else. */
    public IssuedToken issue(String login, String name) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > NAME_MAX || label.chars().anyMatch(Character::isISOControl)) {
            throw ApiException.badRequest("name: 1 to " + NAME_MAX + " printable characters");
        }
        if (users.find(login).filter(u -> u.enabled()).isEmpty()) {
            throw ApiException.notFound("no enabled user '" + login + "'");
        }
        String secret = PREFIX + Secrets.randomToken(32);
        return new IssuedToken(tokens.insert(login, label, Secrets.sha256(secret), clock.instant()), secret);
    }

    /** {@code login}'s tokens that still work. */
    public List<StoredToken> of(String login) {
        return tokens.activeOf(login);
    }

    /** Revokes one of {@code login}'s tokens; 404 when it has no such token. */
    public void revoke(String login, long id) {
        if (!tokens.revoke(login, id, clock.instant())) {
            throw ApiException.notFound("no active token " + id + " for '" + login + "'");
        }
    }

    /** The enabled account that {@code secret} authenticates, if any. */
    Optional<Account> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Optional<StoredToken> token = tokens.findActive(Secrets.sha256(secret));
        Optional<Account> account = token.flatMap(t -> users.find(t.login()))
                .filter(u -> u.enabled()).map(Account::of);
        account.ifPresent(a -> markUsed(token.get()));
        return account;
    }

    private void markUsed(StoredToken token) {
        Instant now = clock.instant();
        if (token.lastUsedAt().map(last -> last.plus(USE_RESOLUTION).isBefore(now)).orElse(true)) {
            tokens.markUsed(token.id(), now);
        }
    }

    /** A token just made: {@code secret} is shown once to its owner and never again. */
    public record IssuedToken(StoredToken token, String secret) {
        @Override
        public String toString() {
            return "IssuedToken[" + token.id() + ", " + token.name() + "]";
        }
    }
}
