package org.numvert.web.security;

import java.time.Duration;
import java.util.Objects;

/**
 * How sessions and login throttling behave.
 *
 * @param secureCookies      cookies are {@code Secure} (and the session cookie {@code __Host-}
 *                           prefixed): the service is served over TLS
 * @param sessionIdle        a session unused this long is forgotten
 * @param loginMaxFailures   failed logins for one login within {@code failureWindow} before its
 *                           logins are refused until the oldest failure leaves the window
 * @param addressMaxFailures the same for one client address, whatever the logins
 * @param failureWindow      how long a failure counts
 */
public record SecuritySettings(boolean secureCookies, Duration sessionIdle, int loginMaxFailures,
        int addressMaxFailures, Duration failureWindow) {

    public static final Duration DEFAULT_SESSION_IDLE = Duration.ofHours(10);
    public static final int DEFAULT_LOGIN_MAX_FAILURES = 5;
    public static final int DEFAULT_ADDRESS_MAX_FAILURES = 20;
    public static final Duration DEFAULT_FAILURE_WINDOW = Duration.ofMinutes(15);

    public SecuritySettings {
        Objects.requireNonNull(sessionIdle, "sessionIdle");
        Objects.requireNonNull(failureWindow, "failureWindow");
        if (loginMaxFailures < 1 || addressMaxFailures < 1) {
            throw new IllegalArgumentException("failure limits must be positive");
        }
    }

    public static SecuritySettings defaults(boolean secureCookies) {
        return new SecuritySettings(secureCookies, DEFAULT_SESSION_IDLE, DEFAULT_LOGIN_MAX_FAILURES,
                DEFAULT_ADDRESS_MAX_FAILURES, DEFAULT_FAILURE_WINDOW);
    }
}
