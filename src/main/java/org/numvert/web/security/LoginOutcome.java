package org.numvert.web.security;

import java.time.Duration;

/** The answer to a login attempt: a normal outcome, not an exception. */
public sealed interface LoginOutcome {

    /** The password matched an enabled account. */
    record Success(Account account) implements LoginOutcome {
    }

    /** Unknown login, wrong password or disabled account: the caller cannot tell which. */
    record Refused() implements LoginOutcome {
    }

    /** Too many recent failures: not checked; try again after {@code retryAfter}. */
    record Throttled(Duration retryAfter) implements LoginOutcome {
    }
}
