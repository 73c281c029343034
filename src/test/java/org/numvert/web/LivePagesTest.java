package org.numvert.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.numvert.ivr.ScriptLibrary;
import org.numvert.ivr.yaml.ScriptFiles;
import org.numvert.ivr.yaml.ScriptLoader;
import org.numvert.routing.AgentId;
import org.numvert.routing.Organisation;

/**
 * The pages' routes on a real HTTP server: each user lands on its page, the server refuses a page
 * to the wrong role with the French 403 page (not only the page's script), the charting library
 * is served from its WebJar, and {@code GET /api/site}. Who asks is set by a stand-in for the
 * authentication handler (header {@code X-Test-User: role[:agent[:editor]]}).
 */
class LivePagesTest {
    private final Vertx vertx = Vertx.vertx();
    private final AtomicBoolean supervision = new AtomicBoolean(false);
    private WebClient client;
    private int port;

    @BeforeEach
    void start() throws Exception {
        ScriptLibrary scripts = ScriptLoader.load("ivr-scripts", ScriptFiles.read(Path.of("ivr-scripts")), Map.of(),
                Set.of()).library().orElseThrow();
        Api signedIn = router -> router.route().handler(ctx -> {
            String user = ctx.request().getHeader("X-Test-User");
            if (user != null) {
                String[] parts = user.split(":");
                new Principal("test", Role.valueOf(parts[0].toUpperCase()), Organisation.REGION,
                        parts.length > 2 && parts[2].equals("editor"),
                        parts.length > 1 ? Optional.of(new AgentId(parts[1])) : Optional.empty()).attachTo(ctx);
            }
            ctx.next();
        });
        WebServer server = new WebServer(new HttpSettings("127.0.0.1", 0, null, null),
                List.of(signedIn, new SiteApi(() -> scripts, supervision::get), new LivePages()));
        await(vertx.deployVerticle(server));
        port = server.actualPort();
        client = WebClient.create(vertx, new WebClientOptions().setFollowRedirects(false));
    }

    @AfterEach
    void stop() throws Exception {
        await(vertx.close());
    }

    @Test
    void eachUserLandsOnItsPage() throws Exception {
        assertThat(get("/", "agent:agent-region-1").getHeader("Location")).isEqualTo("/poste");
        assertThat(get("/", "supervisor").getHeader("Location")).isEqualTo("/wallboard");
        assertThat(get("/", "admin").getHeader("Location")).isEqualTo("/wallboard");
        assertThat(get("/", "agent").getHeader("Location")).as("an agent account without routing agent").isEqualTo("/account");
    }

    @Test
    void theSupervisorPagesAreRefusedToAgentsByTheServer() throws Exception {
        for (String page : List.of("/wallboard", "/faq/analytics")) {
            HttpResponse<Buffer> refused = get(page, "agent:agent-region-1");
            assertThat(refused.statusCode()).as(page).isEqualTo(403);
            assertThat(refused.getHeader("Content-Type")).startsWith("text/html");
            assertThat(refused.bodyAsString()).contains("<html lang=\"fr\">", "Accès refusé", "superviseurs")
                    .doesNotContain("<script");

            HttpResponse<Buffer> served = get(page, "supervisor");
            assertThat(served.statusCode()).as(page).isEqualTo(200);
            assertThat(served.bodyAsString()).contains("<script type=\"module\" src=\"/assets/");
        }
        assertThat(get("/wallboard", "admin").statusCode()).isEqualTo(200);
        assertThat(get("/faq/analytics", "agent:redacteur-faq:editor").statusCode()).as("a FAQ editor").isEqualTo(200);
        assertThat(get("/wallboard", "agent:redacteur-faq:editor").statusCode()).isEqualTo(403);
    }

    @Test
    void theDesktopIsForUsersWhoTakeCalls() throws Exception {
        HttpResponse<Buffer> desk = get("/poste", "agent:agent-region-1");
        assertThat(desk.statusCode()).isEqualTo(200);
        assertThat(desk.bodyAsString()).contains("src=\"/assets/desk.js\"", "aria-live=\"assertive\"");
        HttpResponse<Buffer> refused = get("/poste", "supervisor");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.bodyAsString()).contains("Le poste agent est réservé");
    }

    @Test
    void noPageWithoutAUser() throws Exception {
        for (String path : List.of("/", "/poste", "/wallboard", "/faq/analytics", LivePages.ECHARTS, "/api/site")) {
            assertThat(get(path, null).statusCode()).as(path).isEqualTo(401);
        }
    }

    @Test
    void theChartLibraryIsServedAsAModuleFromItsWebJar() throws Exception {
        HttpResponse<Buffer> module = get(LivePages.ECHARTS, "supervisor");
        assertThat(module.statusCode()).isEqualTo(200);
        assertThat(module.getHeader("Content-Type")).startsWith("text/javascript");
        assertThat(module.bodyAsString()).contains("export");
        assertThat(LivePages.webJarVersion("org.webjars.npm", "echarts")).matches("\\d+\\.\\d+\\.\\d+");
    }

    @Test
    void theSiteNamesTheHotlinesAndSaysWhetherSupervisorsCanListen() throws Exception {
        JsonObject site = get("/api/site", "agent:agent-region-1").bodyAsJsonObject();
        assertThat(site.getJsonArray("hotlines").stream().map(h -> ((JsonObject) h).getString("id")))
                .containsExactly("entreprises", "formation", "transport");
        assertThat(site.getJsonArray("hotlines").getJsonObject(2).getString("label")).contains("Transport");
        assertThat(site.getJsonObject("supervision").getBoolean("available")).isFalse();
        assertThat(site.getJsonObject("supervision").getString("reason")).contains("PBX simulé");

        supervision.set(true);
        JsonObject asterisk = get("/api/site", "supervisor").bodyAsJsonObject().getJsonObject("supervision");
        assertThat(asterisk.getBoolean("available")).isTrue();
        assertThat(asterisk.getValue("reason")).isNull();
    }

    private HttpResponse<Buffer> get(String path, String user) throws Exception {
        var request = client.get(port, "127.0.0.1", path).putHeader("Accept", "text/html");
        if (user != null) {
            request.putHeader("X-Test-User", user);
        }
        return await(request.send());
    }

    private static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
