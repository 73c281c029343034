package org.numvert.web.security;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.Session;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.numvert.store.Database;
import org.numvert.web.ApiException;

/**
 * Who is calling: an {@code Authorization: Bearer} API token, else the session cookie. On success
 * the {@link org.numvert.web.Principal} is attached to the request; otherwise an API gets 401 JSON
 * (with {@code WWW-Authenticate: Bearer}) and a browser asking for a page is sent to the login
 * page. A session whose user was disabled or changed password since is ended here. The account is
 * read at every request, so a role change or a disabling takes effect at once.
 */
final class Authentication implements Handler<RoutingContext> {
    private static final String VIA_TOKEN = "numvert.viaToken";
    private static final String BEARER = "bearer ";

    private final Database database;
    private final Accounts accounts;
    private final String sessionCookie;

    Authentication(Database database, Accounts accounts, String sessionCookie) {
        this.database = database;
        this.accounts = accounts;
        this.sessionCookie = sessionCookie;
    }

    /** Whether the request was authenticated by an API token (no session, no CSRF token needed). */
    static boolean viaToken(RoutingContext ctx) {
        return Boolean.TRUE.equals(ctx.get(VIA_TOKEN));
    }

    @Override
    public void handle(RoutingContext ctx) {
        if (PublicPaths.isPublic(ctx.normalizedPath())) {
            ctx.next();
            return;
        }
        String authorization = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && !authorization.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
            refuse(ctx, "unsupported authorization scheme: use Bearer with a personal API token");
            return;
        }
        Future<Optional<Account>> found = authorization != null
                ? byToken(ctx, authorization.substring(BEARER.length()).strip())
                : bySession(ctx);
        found.onSuccess(account -> account.ifPresentOrElse(a -> {
            a.principal().attachTo(ctx);
            ctx.next();
        }, () -> refuse(ctx, "authentication required"))).onFailure(ctx::fail);
    }

    private Future<Optional<Account>> byToken(RoutingContext ctx, String secret) {
        ctx.put(VIA_TOKEN, true);
        return database.async(() -> accounts.tokens().authenticate(secret));
    }

    private Future<Optional<Account>> bySession(RoutingContext ctx) {
        if (ctx.request().getCookie(sessionCookie) == null || ctx.session() == null) {
            return Future.succeededFuture(Optional.empty());
        }
        Session session = ctx.session();
        String login = session.get(SessionKeys.LOGIN);
        Long stamp = session.get(SessionKeys.CREDENTIALS);
        if (login == null || stamp == null) {
            return Future.succeededFuture(Optional.empty());
        }
        return database.async(() -> accounts.find(login)
                .filter(a -> a.enabled() && a.credentialsChangedAt().toEpochMilli() == stamp))
                .onSuccess(account -> {
                    if (account.isEmpty()) {
                        session.destroy();
                    }
                });
    }

    private static void refuse(RoutingContext ctx, String reason) {
        if (wantsPage(ctx)) {
            ctx.response().setStatusCode(302).putHeader(HttpHeaders.LOCATION, PublicPaths.LOGIN + "?next="
                    + URLEncoder.encode(ctx.request().uri(), StandardCharsets.UTF_8)).end();
            return;
        }
        ctx.response().putHeader("WWW-Authenticate", "Bearer realm=\"numvert\"");
        ctx.fail(new ApiException(401, reason));
    }

    /** A browser navigating to a page (not a script calling an API). */
    private static boolean wantsPage(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        String accept = ctx.request().getHeader(HttpHeaders.ACCEPT);
        return (ctx.request().method() == HttpMethod.GET || ctx.request().method() == HttpMethod.HEAD)
                && !path.startsWith("/api/") && !path.equals("/metrics")
                && accept != null && accept.contains("text/html");
    }
}
