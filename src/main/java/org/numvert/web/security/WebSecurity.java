package org.numvert.web.security;

import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.SessionHandler;
import io.vertx.ext.web.handler.StaticHandler;
import java.time.Clock;
import org.numvert.store.Database;
import org.numvert.web.Api;
import org.numvert.web.AuditApi;
import org.numvert.web.AuditTrail;
import org.numvert.web.Principal;
import org.numvert.web.Role;

/**
 * Everything that stands in front of the other APIs; mount it FIRST (after the body handler):
 * security headers, the session (cookie {@code HttpOnly}, {@code SameSite=Lax}, {@code Secure}
 * under TLS; kept in the database by {@link DatabaseSessionStore}, so a restart logs nobody out), authentication (every path but {@code /health}, the login page and
 * {@code /assets/public/}), CSRF protection, the role required by {@code /metrics} (supervisor),
 * and this package's pages and APIs. Routes mounted after it see a
 * {@link org.numvert.web.Principal} on every request.
 */
public final class WebSecurity implements Api {
    /** After every route but the final 404, so that a page helper's own {@code /} wins. */
    private static final int FALLBACK_ORDER = Integer.MAX_VALUE - 1;

    private final Vertx vertx;
    private final SecuritySettings settings;
    private final Database database;
    private final Accounts accounts;
    private final AuditTrail audit;
    private DatabaseSessionStore sessionStore;

    public WebSecurity(Vertx vertx, SecuritySettings settings, Database database, Accounts accounts,
            AuditTrail audit) {
        this.vertx = vertx;
        this.settings = settings;
        this.database = database;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** The session cookie's name: {@code __Host-} prefixed under TLS (bound to this host, Secure, path /). */
    public String sessionCookie() {
        return settings.secureCookies() ? "__Host-numvert-session" : "numvert-session";
    }

    @Override
    public void mount(Router router) {
        sessionStore = DatabaseSessionStore.start(vertx, database, Clock.systemUTC());
        SessionHandler sessions = SessionHandler.create(sessionStore)
                .setSessionCookieName(sessionCookie())
                .setCookieHttpOnlyFlag(true)
                .setCookieSecureFlag(settings.secureCookies())
                .setCookieSameSite(CookieSameSite.LAX)
                .setSessionTimeout(settings.sessionIdle().toMillis())
                .setMinLength(32)
                .setLazySession(true);
        WorkerExecutor passwordWorkers = vertx.createSharedWorkerExecutor("numvert-auth", 2);
        router.route().handler(new SecurityHeaders(settings.secureCookies()));
        router.route().handler(sessions);
        router.route().handler(new Authentication(database, accounts, sessionCookie()));
        router.route().handler(new CsrfProtection());
        router.get("/metrics").handler(ctx -> {
            Principal.requireRole(ctx, Role.SUPERVISOR);
            ctx.next();
        });
        new LoginPage(passwordWorkers, accounts, sessions, sessionCookie()).mount(router);
        new MeApi(database, passwordWorkers, accounts, audit, sessions).mount(router);
        new UsersApi(database, passwordWorkers, accounts, audit).mount(router);
        new AuditApi(audit).mount(router);
        new AccountPages().mount(router);
        router.route("/assets/*").handler(StaticHandler.create("webroot/assets").setMaxAgeSeconds(300));
        router.get("/").order(FALLBACK_ORDER).handler(ctx -> ctx.redirect("/account"));
    }

    /** Stops the periodic removal of ended sessions: call it once the HTTP server has stopped. */
    public void close() {
        if (sessionStore != null) {
            sessionStore.close();
            sessionStore = null;
        }
    }
}
