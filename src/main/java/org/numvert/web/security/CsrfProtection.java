package org.numvert.web.security;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.Session;
import java.util.Set;
import org.numvert.web.ApiException;

/**
 * CSRF protection for requests authenticated by the session cookie (synchronizer token): every
 * state-changing request (POST, PUT, PATCH, DELETE) must carry the session's token, in the
 * {@value #HEADER} header (JavaScript: from {@code GET /api/me}, field {@code csrfToken}) or in a
 * form field {@value #FIELD}. Requests with a bearer token need none: a browser never adds that
 * header by itself. A WebSocket handshake on a session must come from this site's own origin.
 */
final class CsrfProtection implements Handler<RoutingContext> {
    static final String HEADER = "X-CSRF-Token";
    static final String FIELD = "_csrf";
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @Override
    public void handle(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        if (Authentication.viaToken(ctx) || path.equals(PublicPaths.LOGIN) || path.equals(PublicPaths.LOGOUT)) {
            ctx.next();
            return;
        }
        if (isWebSocketHandshake(ctx) && !sameOrigin(ctx)) {
            ctx.fail(ApiException.forbidden("WebSocket from another origin"));
            return;
        }
        if (SAFE.contains(ctx.request().method()) || carriesToken(ctx)) {
            ctx.next();
            return;
        }
        ctx.fail(ApiException.forbidden("missing or wrong CSRF token: send the " + HEADER
                + " header with the csrfToken of GET /api/me"));
    }

    /** Whether the request carries its session's CSRF token. */
    static boolean carriesToken(RoutingContext ctx) {
        Session session = ctx.session();
        String expected = session == null ? null : session.get(SessionKeys.CSRF);
        String given = ctx.request().getHeader(HEADER);
        if (given == null) {
            given = ctx.request().getFormAttribute(FIELD);
        }
        return Secrets.same(expected, given);
    }

    private static boolean isWebSocketHandshake(RoutingContext ctx) {
        return "websocket".equalsIgnoreCase(ctx.request().getHeader(HttpHeaders.UPGRADE));
    }

    private static boolean sameOrigin(RoutingContext ctx) {
        String origin = ctx.request().getHeader(HttpHeaders.ORIGIN);
        String host = ctx.request().getHeader(HttpHeaders.HOST);
        if (origin == null || host == null) {
            return origin == null;
        }
        int scheme = origin.indexOf("://");
        return scheme > 0 && origin.substring(scheme + 3).equalsIgnoreCase(host);
    }
}
