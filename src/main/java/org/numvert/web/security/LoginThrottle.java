package org.numvert.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.numvert.store.LoginFailureRepository;
import org.numvert.store.LoginFailureRepository.FailureCount;

/**
 * Slows password guessing down: after {@code loginMaxFailures} failures for one login, or
 * {@code addressMaxFailures} from one client address, within the window, further attempts are
 * refused without checking the password until the oldest failure leaves the window. A sliding
 * window rather than a fixed lock-out: an attacker gets a few guesses per window, a user who
 * mistyped waits minutes, and nobody can lock an account for good.
 *
 * <p>Blocking (database): call on a worker. Logins are counted by a digest of the login as typed.
 */
final class LoginThrottle {
    private final LoginFailureRepository failures;
    private final SecuritySettings settings;
    private final Clock clock;

    LoginThrottle(LoginFailureRepository failures, SecuritySettings settings, Clock clock) {
        this.failures = failures;
        this.settings = settings;
        this.clock = clock;
    }

    /** How long to wait before trying again, when attempts are refused now. */
    Optional<Duration> blockedFor(String login, String address) {
        Instant now = clock.instant();
        Instant since = now.minus(settings.failureWindow());
        Optional<Duration> byLogin = wait(failures.ofLogin(key(login), since), settings.loginMaxFailures(), now);
        Optional<Duration> byAddress = wait(failures.ofAddress(address, since), settings.addressMaxFailures(), now);
        if (byLogin.isPresent() && byAddress.isPresent()) {
            return Optional.of(byLogin.get().compareTo(byAddress.get()) > 0 ? byLogin.get() : byAddress.get());
        }
        return byLogin.or(() -> byAddress);
    }

    void failed(String login, String address) {
        Instant now = clock.instant();
        failures.record(key(login), address, now, now.minus(settings.failureWindow()));
    }

    void succeeded(String login) {
        failures.clear(key(login));
    }

    private Optional<Duration> wait(FailureCount count, int max, Instant now) {
        if (count.count() < max || count.oldest().isEmpty()) {
            return Optional.empty();
        }
        Duration wait = Duration.between(now, count.oldest().get().plus(settings.failureWindow()));
        return Optional.of(wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
    }

    private static String key(String login) {
        return Secrets.sha256(AccountRules.normalise(login));
    }
}
