package org.numvert.web.security;

import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

/**
 * Headers on every response: a Content-Security-Policy without inline scripts or styles (pages
 * load their scripts and styles from {@code /assets}), no framing, no MIME sniffing, no referrer
 * beyond the origin, HSTS under TLS; dynamic answers are not cached (they carry personal data).
 */
final class SecurityHeaders implements Handler<RoutingContext> {
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none';"
            + " form-action 'self'; frame-ancestors 'none'";

    private final boolean tls;

    SecurityHeaders(boolean tls) {
        this.tls = tls;
    }

    @Override
    public void handle(RoutingContext ctx) {
        MultiMap headers = ctx.response().headers();
        headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .set("X-Content-Type-Options", "nosniff")
                .set("X-Frame-Options", "DENY")
                .set("Referrer-Policy", "same-origin")
                .set("Cross-Origin-Opener-Policy", "same-origin")
                .set("Permissions-Policy", "camera=(), geolocation=(), microphone=()");
        if (tls) {
            headers.set("Strict-Transport-Security", "max-age=31536000");
        }
        if (!ctx.normalizedPath().startsWith("/assets/")) {
            headers.set("Cache-Control", "no-store");
        }
        ctx.next();
    }
}
