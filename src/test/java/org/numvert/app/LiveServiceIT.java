package org.numvert.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.vertx.core.json.JsonObject;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.numvert.testing.ServiceProcess;

/**
 * The shaded jar on its embedded default, as a newcomer runs it: simulated calls flow through the
 * real IVR scripts to the simulated agents, figures and meters move, and agents' routing states
 * survive SIGTERM and a restart.
 */
class LiveServiceIT {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Map<String, String> BUSY = Map.of("NUMVERT_SIM_CALLS_PER_HOUR", "3600",
            "NUMVERT_SIM_PROMPT_SPEED", "20");

    @TempDir
    Path workDir;

    @Test
    void callsFlowOnTheEmbeddedDefaultAndAgentStatesSurviveARestart() throws Exception {
        try (ServiceProcess service = ServiceProcess.start(workDir, BUSY)) {
            JsonObject health = new JsonObject(service.awaitHealthy());
            assertThat(health.getJsonObject("checks").getJsonObject("pbx").getString("detail"))
                    .startsWith("simulated PBX");
            Session admin = Session.login(service.port(), "admin", password("admin"));
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> total(admin.get("/api/groups"), "answered") > 0);
            assertThat(total(admin.get("/api/groups"), "offered")).isPositive();
            assertThat(admin.get("/metrics").body()).contains("numvert_sim_callers_in_progress",
                    "numvert_calls_offered_total{group=", "numvert_agents{state=\"READY\"}");
            String answered = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> new JsonObject(admin.get("/api/calls?outcome=answered&limit=1").body())
                            .getJsonArray("calls"), calls -> !calls.isEmpty()).getJsonObject(0).getString("id");
            assertThat(admin.send("POST", "/api/agents/agent-region-1/wrapup", new JsonObject()
                    .put("note", "Note du superviseur").put("call", answered).encode()).statusCode()).isEqualTo(200);
            assertThat(new JsonObject(admin.get("/api/calls?outcome=answered&limit=1").body()).getJsonArray("calls")
                    .getJsonObject(0).getString("note")).as("wrap-up notes kept in the records")
                    .isEqualTo("Note du superviseur");

            Session region = Session.login(service.port(), "agent-region-1", password("agent-region-1"));
            assertThat(region.send("POST", "/api/agents/agent-region-1/state",
                    "{\"state\": \"PAUSED\", \"reason\": \"lunch\"}").statusCode()).isEqualTo(200);
            assertThat(admin.send("PUT", "/api/agents/agent-adocc-1", "{\"skills\": {}}").statusCode())
                    .isEqualTo(200);
            Session adocc = Session.login(service.port(), "agent-adocc-1", password("agent-adocc-1"));
            assertThat(adocc.send("POST", "/api/agents/agent-adocc-1/state", "{\"state\": \"READY\"}")
                    .statusCode()).isEqualTo(200);

            assertThat(service.terminate()).isIn(0, 143);
            assertThat(service.output()).contains("simulated PBX started", "numvert stopped")
                    .doesNotContain("ERROR");
        }

        try (ServiceProcess again = ServiceProcess.start(workDir, BUSY)) {
            again.awaitHealthy();
            Session admin = Session.login(again.port(), "admin", password("admin"));
            JsonObject region = new JsonObject(admin.get("/api/agents/agent-region-1/state").body());
            assertThat(region.getString("state")).isEqualTo("PAUSED");
            assertThat(region.getString("reason")).isEqualTo("lunch");
            assertThat(new JsonObject(admin.get("/api/agents/agent-adocc-1/state").body()).getString("state"))
                    .isEqualTo("READY");
            assertThat(new JsonObject(admin.get("/api/agents/agent-region-2/state").body()).getString("state"))
                    .isEqualTo("LOGGED_OUT");
            assertThat(again.output()).contains("2 logged in again");
            again.terminate();
        }
    }

    private String password(String login) throws Exception {
        return Files.readAllLines(workDir.resolve("data/demo-accounts.txt")).stream()
                .filter(l -> l.startsWith(login + " ")).findFirst().orElseThrow().split(" ")[1];
    }

    private static long total(HttpResponse<String> groups, String figure) {
        return new JsonObject(groups.body()).getJsonArray("groups").stream()
                .mapToLong(g -> ((JsonObject) g).getJsonObject("today").getLong(figure)).sum();
    }

    /** A browser-like session: cookie, CSRF token. */
    private record Session(HttpClient client, int port, String csrf) {
        static Session login(int port, String login, String password) throws Exception {
            HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
            String page = client.send(HttpRequest.newBuilder(uri(port, "/login")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher csrf = CSRF.matcher(page);
            assertThat(csrf.find()).isTrue();
            String form = "login=" + encode(login) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
            HttpResponse<String> posted = client.send(HttpRequest.newBuilder(uri(port, "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(posted.statusCode()).isEqualTo(303);
            String me = client.send(HttpRequest.newBuilder(uri(port, "/api/me")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            return new Session(client, port, new JsonObject(me).getString("csrfToken"));
        }

        HttpResponse<String> get(String path) throws Exception {
            return client.send(HttpRequest.newBuilder(uri(port, path)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> send(String method, String path, String json) throws Exception {
            return client.send(HttpRequest.newBuilder(uri(port, path)).header("Content-Type", "application/json")
                    .header("X-CSRF-Token", csrf).method(method, HttpRequest.BodyPublishers.ofString(json)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        private static URI uri(int port, String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
