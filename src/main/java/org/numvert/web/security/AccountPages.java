package org.numvert.web.security;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.numvert.web.Principal;
import org.numvert.web.Role;

/**
 * The pages of this package, static HTML whose scripts call the APIs: {@code /account} (any user:
 * password, personal API tokens) and {@code /admin/users} (administrators: users and their
 * tokens). Others get a French 403 page.
 */
final class AccountPages {
    private static final String FORBIDDEN = """
            <!DOCTYPE html>
            <html lang="fr">
            <head><meta charset="utf-8"><title>Accès refusé – numvert</title>
            <link rel="stylesheet" href="/assets/public/numvert.css"></head>
            <body><main class="page"><h1>Accès refusé</h1>
            <p>Cette page est réservée aux administrateurs.</p>
            <p><a href="/">Retour à l'accueil</a></p></main></body>
            </html>
            """;

    void mount(Router router) {
        router.get("/account").handler(ctx -> page(ctx, "webroot/pages/account.html"));
        router.get("/admin/users").handler(ctx -> {
            if (!Principal.required(ctx).role().atLeast(Role.ADMIN)) {
                ctx.response().setStatusCode(403).putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                        .end(FORBIDDEN);
                return;
            }
            page(ctx, "webroot/pages/admin-users.html");
        });
    }

    private static void page(RoutingContext ctx, String resource) {
        Principal.required(ctx);
        ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                .sendFile(resource).onFailure(ctx::fail);
    }
}
