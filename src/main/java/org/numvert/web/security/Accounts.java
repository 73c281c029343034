package org.numvert.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.numvert.store.ApiTokenRepository;
import org.numvert.store.Database;
import org.numvert.store.DuplicateKeyException;
import org.numvert.store.LoginFailureRepository;
import org.numvert.store.SessionRepository;
import org.numvert.store.StoredUser;
import org.numvert.store.UserRepository;
import org.numvert.web.ApiException;
import org.numvert.web.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The users: creation, edits, passwords, logins (throttled) and their API tokens. Bad input fails
 * with an {@link ApiException} (400, 404 unknown login, 409 taken login or last administrator).
 * Passwords are only ever hashed here; they are never logged nor returned.
 *
 * <p>Blocking (database and password hashing): call on a worker pool, never on an event loop.
 * Thread-safe.
 */
public final class Accounts {
    private static final Logger LOG = LoggerFactory.getLogger(Accounts.class);

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final ApiTokens tokens;
    private final SessionRepository sessions;
    private final Clock clock;

    private Accounts(UserRepository users, PasswordHasher hasher, LoginThrottle throttle, ApiTokens tokens,
            SessionRepository sessions, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.hasher = hasher;
        this.throttle = throttle;
        this.tokens = tokens;
        this.clock = clock;
    }

    public static Accounts open(Database database, SecuritySettings settings, PasswordHasher hasher, Clock clock) {
        UserRepository users = new UserRepository(database);
        return new Accounts(users, hasher,
                new LoginThrottle(new LoginFailureRepository(database), settings, clock),
                new ApiTokens(new ApiTokenRepository(database), users, clock), new SessionRepository(database),
                clock);
    }

    /** A random password of about 93 bits (16 characters without look-alikes), for people to read and type. */
    public static String generatedPassword() {
        return Secrets.password();
    }

    public ApiTokens tokens() {
        return tokens;
    }

    public List<Account> list() {
        return users.list().stream().map(Account::of).toList();
    }

    public Optional<Account> find(String login) {
        return users.find(AccountRules.normalise(login)).map(Account::of);
    }

    public Account require(String login) {
        return find(login).orElseThrow(() -> ApiException.notFound("no user '" + AccountRules.normalise(login) + "'"));
    }

    /** Whether there is no user at all (first start). */
    public boolean none() {
        return users.count() == 0;
    }

    /** Enabled users that take calls, by login: the routing profiles to make. */
    public List<AgentAccount> agents() {
        return users.agents().stream().map(u -> new AgentAccount(u.agent().orElseThrow(), u.login(),
                u.displayName(), u.organisation())).toList();
    }

    public Account create(String login, AccountDetails details, String password) {
        String id = AccountRules.login(login);
        AccountRules.checkPassword(id, password);
        return insert(id, details, hasher.hash(password));
    }

    /**
     * Creates a demo account whose password was generated and is kept in clear in the demo file:
     * hashing it at {@code demoHasher}'s lower cost protects nothing less (anyone who can read the
     * database can read the file), and the hash is brought to the full cost at its first login.
     */
    Account createDemo(String login, AccountDetails details, String password, PasswordHasher demoHasher) {
        return insert(AccountRules.login(login), details, demoHasher.hash(password));
    }

    private Account insert(String id, AccountDetails details, String passwordHash) {
        AccountRules.check(id, details);
        Instant now = clock.instant();
        StoredUser user = new StoredUser(id, details.displayName().strip(), details.role().name(),
                details.organisation(), details.faqEditor(), details.agent(), passwordHash, true, now, now, now);
        try {
            users.insert(user);
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict("login or agent id already taken: " + id);
        }
        LOG.info("user created: user={} role={} organisation={}", id, details.role(), details.organisation());
        return Account.of(user);
    }

    public Account update(String login, AccountDetails details) {
        StoredUser current = stored(login);
        AccountRules.check(current.login(), details);
        if (current.enabled() && Role.valueOf(current.role()) == Role.ADMIN && details.role() != Role.ADMIN) {
            guardLastAdmin();
        }
        StoredUser updated = new StoredUser(current.login(), details.displayName().strip(), details.role().name(),
                details.organisation(), details.faqEditor(), details.agent(), current.passwordHash(),
                current.enabled(), current.credentialsChangedAt(), current.createdAt(), clock.instant());
        save(updated);
        LOG.info("user updated: user={} role={} organisation={}", updated.login(), details.role(),
                details.organisation());
        return Account.of(updated);
    }

    /** Disables (or enables again) a user: a disabled user's sessions and tokens stop working at once. */
    public Account setEnabled(String login, boolean enabled) {
        StoredUser current = stored(login);
        if (!enabled && current.enabled() && Role.valueOf(current.role()) == Role.ADMIN) {
            guardLastAdmin();
        }
        StoredUser updated = new StoredUser(current.login(), current.displayName(), current.role(),
                current.organisation(), current.faqEditor(), current.agent(), current.passwordHash(), enabled,
                current.credentialsChangedAt(), current.createdAt(), clock.instant());
        save(updated);
        if (!enabled) {
            sessions.deleteOf(updated.login());
        }
        LOG.info("user {}: user={}", enabled ? "enabled" : "disabled", updated.login());
        return Account.of(updated);
    }

    /** Sets a new password; the user's sessions opened before are void. */
    public void setPassword(String login, String password) {
        StoredUser current = stored(login);
        AccountRules.checkPassword(current.login(), password);
        save(withHash(current, hasher.hash(password), later(current.credentialsChangedAt())));
        LOG.info("password changed: user={}", current.login());
    }

    /** A user changes its own password, proving the current one (throttled like a login). */
    public void changePassword(String login, String currentPassword, String newPassword, String address) {
        StoredUser current = stored(login);
        Optional<Duration> wait = throttle.blockedFor(current.login(), address);
        if (wait.isPresent()) {
            throw new ApiException(429, "too many failed attempts; try again in " + wait.get().toSeconds() + " s");
        }
        if (!hasher.matches(current.passwordHash(), currentPassword)) {
            throttle.failed(current.login(), address);
            throw ApiException.badRequest("currentPassword: not the current password");
        }
        setPassword(current.login(), newPassword);
    }

    /** Checks a login and password, unless too many attempts failed recently. */
    public LoginOutcome login(String login, String password, String address) {
        String id = AccountRules.normalise(login);
        Optional<Duration> wait = throttle.blockedFor(id, address);
        if (wait.isPresent()) {
            LOG.warn("login throttled: address={} retryAfterSeconds={}", address, wait.get().toSeconds());
            return new LoginOutcome.Throttled(wait.get());
        }
        Optional<StoredUser> known = users.find(id);
        Optional<StoredUser> user = known.filter(StoredUser::enabled);
        boolean matches = user.isPresent()
                ? hasher.matches(user.get().passwordHash(), password)
                : hasher.matchesNothing(password);
        if (!matches) {
            throttle.failed(id, address);
            LOG.info("login refused: user={} address={}", known.map(StoredUser::login).orElse("(unknown)"), address);
            return new LoginOutcome.Refused();
        }
        throttle.succeeded(id);
        StoredUser found = user.get();
        if (hasher.outdated(found.passwordHash())) {
            found = withHash(found, hasher.hash(password), found.credentialsChangedAt());
            save(found);
        }
        LOG.info("login: user={} address={}", found.login(), address);
        return new LoginOutcome.Success(Account.of(found));
    }

    private StoredUser withHash(StoredUser user, String hash, Instant credentialsChangedAt) {
        return new StoredUser(user.login(), user.displayName(), user.role(), user.organisation(), user.faqEditor(),
                user.agent(), hash, user.enabled(), credentialsChangedAt, user.createdAt(), clock.instant());
    }

    /** Now, but strictly after {@code previous} (sessions compare it to the millisecond). */
    private Instant later(Instant previous) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Instant next = previous.truncatedTo(ChronoUnit.MILLIS).plusMillis(1);
        return now.isBefore(next) ? next : now;
    }

    private StoredUser stored(String login) {
        String id = AccountRules.normalise(login);
        return users.find(id).orElseThrow(() -> ApiException.notFound("no user '" + id + "'"));
    }

    private void save(StoredUser user) {
        try {
            if (!users.update(user)) {
                throw ApiException.notFound("no user '" + user.login() + "'");
            }
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict("agent id already taken: " + user.agent().map(Object::toString).orElse(""));
        }
    }

    private void guardLastAdmin() {
        if (users.countEnabled(Role.ADMIN.name()) <= 1) {
            throw ApiException.conflict("the last enabled administrator must stay one");
        }
    }
}
