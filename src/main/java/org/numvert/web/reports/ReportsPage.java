package org.numvert.web.reports;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.StaticHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.numvert.web.Api;
import org.numvert.web.Principal;
import org.numvert.web.Role;

/**
 * {@code GET /reports}: the daily summary per hotline (French page, supervisors), and the charting
 * library it uses, Apache ECharts from its WebJar, under the authenticated assets
 * ({@code /assets/vendor/echarts/}). The page loads its script and styles from {@code /assets}:
 * no inline script or style, as the Content-Security-Policy requires.
 */
public final class ReportsPage implements Api {
    static final String ECHARTS_PATH = "/assets/vendor/echarts/";
    private static final String FORBIDDEN = """
            <!DOCTYPE html>
            <html lang="fr">
            <head><meta charset="utf-8"><title>Accès refusé – numvert</title>
            <link rel="stylesheet" href="/assets/public/numvert.css"></head>
            <body><main class="page"><h1>Accès refusé</h1>
            <p>Cette page est réservée aux superviseurs.</p>
            <p><a href="/">Retour à l'accueil</a></p></main></body>
            </html>
            """;

    @Override
    public void mount(Router router) {
        router.get("/reports").handler(ctx -> {
            if (!Principal.required(ctx).role().atLeast(Role.SUPERVISOR)) {
                ctx.response().setStatusCode(403).putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                        .end(FORBIDDEN);
                return;
            }
            ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                    .sendFile("webroot/pages/reports.html").onFailure(ctx::fail);
        });
        router.route(ECHARTS_PATH + "*").handler(StaticHandler.create(echartsDist()).setMaxAgeSeconds(86_400));
    }

    /** The WebJar's {@code dist} folder, whatever the version the build resolved. */
    static String echartsDist() {
        Properties properties = new Properties();
        try (InputStream in = ReportsPage.class.getResourceAsStream(
                "/META-INF/maven/org.webjars.npm/echarts/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the echarts WebJar is not on the classpath");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the echarts WebJar's version", e);
        }
        return "META-INF/resources/webjars/echarts/" + properties.getProperty("version") + "/dist";
    }
}
