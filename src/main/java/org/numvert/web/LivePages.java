package org.numvert.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The pages staff live in, static HTML whose ES modules call the APIs and listen to the streams:
 * {@code /poste} (the agent desktop, for users who take calls), {@code /wallboard} (the supervisor
 * wallboard) and {@code /faq/analytics} (what agents search). {@code /} sends each user to its
 * page: agents to the desktop, supervisors and administrators to the wallboard.
 *
 * <p>Roles are checked here, on the server, before a page is sent: a user without the role gets a
 * French 403 page (the APIs behind the pages check again). The charting library (ECharts, from its
 * WebJar) is served as an ES module under the authenticated {@code /assets/vendor/}.
 */
public final class LivePages implements Api {
    static final String DESK = "/poste";
    static final String WALLBOARD = "/wallboard";
    static final String FAQ_ANALYTICS = "/faq/analytics";
    static final String ECHARTS = "/assets/vendor/echarts.js";

    private static final String FORBIDDEN = """
            <!DOCTYPE html>
            <html lang="fr">
            <head><meta charset="utf-8"><title>Accès refusé – numvert</title>
            <link rel="stylesheet" href="/assets/public/numvert.css">
            <link rel="icon" href="/assets/public/favicon.svg" type="image/svg+xml"></head>
            <body><main class="page"><h1>Accès refusé</h1>
            <p>%s</p>
            <p><a href="/">Retour à l'accueil</a></p></main></body>
            </html>
            """;
    private static final String SUPERVISORS_ONLY = "Cette page est réservée aux superviseurs et aux administrateurs.";
    private static final String EDITORS_ONLY = "Cette page est réservée aux rédacteurs de la FAQ, aux superviseurs et aux administrateurs.";
    private static final String AGENTS_ONLY = "Le poste agent est réservé aux comptes qui prennent des appels.";

    private final String echartsModule;

    public LivePages() {
        this.echartsModule = "META-INF/resources/webjars/echarts/" + webJarVersion("org.webjars.npm", "echarts")
                + "/dist/echarts.esm.min.js";
    }

    @Override
    public void mount(Router router) {
        router.get("/").handler(this::home);
        router.get(DESK).handler(this::desk);
        router.get(WALLBOARD).handler(ctx -> supervisorPage(ctx, "webroot/pages/wallboard.html"));
        router.get(FAQ_ANALYTICS).handler(this::faqAnalytics);
        router.get(ECHARTS).handler(this::echarts);
    }

    /** Where a user lands: the desktop for agents, the wallboard for supervisors and administrators. */
    static String homeOf(Principal principal) {
        if (principal.role().atLeast(Role.SUPERVISOR)) {
            return WALLBOARD;
        }
        return principal.agent().isPresent() ? DESK : "/account";
    }

    private void home(RoutingContext ctx) {
        ctx.redirect(homeOf(Principal.required(ctx)));
    }

    private void desk(RoutingContext ctx) {
        if (Principal.required(ctx).agent().isEmpty()) {
            forbidden(ctx, AGENTS_ONLY);
            return;
        }
        page(ctx, "webroot/pages/desk.html");
    }

    private void supervisorPage(RoutingContext ctx, String resource) {
        if (!Principal.required(ctx).role().atLeast(Role.SUPERVISOR)) {
            forbidden(ctx, SUPERVISORS_ONLY);
            return;
        }
        page(ctx, resource);
    }

    /** Supervisors see what agents search; FAQ editors see at least the agents' remarks. */
    private void faqAnalytics(RoutingContext ctx) {
        if (!Principal.required(ctx).canEditFaq()) {
            forbidden(ctx, EDITORS_ONLY);
            return;
        }
        page(ctx, "webroot/pages/faq-analytics.html");
    }

    private void echarts(RoutingContext ctx) {
        Principal.required(ctx);
        ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "text/javascript; charset=utf-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "max-age=86400")
                .sendFile(echartsModule).onFailure(ctx::fail);
    }

    private static void page(RoutingContext ctx, String resource) {
        ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                .sendFile(resource).onFailure(ctx::fail);
    }

    private static void forbidden(RoutingContext ctx, String why) {
        ctx.response().setStatusCode(403).putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                .end(FORBIDDEN.formatted(why));
    }

    /** The version of a WebJar on the class path, from the Maven properties every WebJar carries. */
    static String webJarVersion(String groupId, String artifactId) {
        String resource = "META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties";
        try (InputStream in = LivePages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("WebJar " + groupId + ":" + artifactId + " is not on the class path");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
