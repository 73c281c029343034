package org.numvert.web.security;

import io.vertx.ext.web.Session;

/** What a session holds: who logged in, when its credentials last changed, and its CSRF token. */
final class SessionKeys {
    static final String LOGIN = "numvert.login";
    /** The account's credentials-changed time (epoch ms) at login: a later password change voids the session. */
    static final String CREDENTIALS = "numvert.credentials";
    static final String CSRF = "numvert.csrf";

    private SessionKeys() {
    }

    /** The session's CSRF token, made on first use. */
    static String csrfToken(Session session) {
        return session.computeIfAbsent(CSRF, k -> Secrets.randomToken(32)).get(CSRF);
    }

    /** Marks the session as {@code account}'s, with a new CSRF token (at login). */
    static void signIn(Session session, Account account) {
        session.put(LOGIN, account.login());
        keepAfterPasswordChange(session, account);
        session.put(CSRF, Secrets.randomToken(32));
    }

    /** Keeps this session valid after its user changed its password (the others end). */
    static void keepAfterPasswordChange(Session session, Account account) {
        session.put(CREDENTIALS, account.credentialsChangedAt().toEpochMilli());
    }
}
