package org.numvert.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Server-Sent Events: a snapshot on connect, then the engine's changes, and a clean end. */
class LiveStreamHttpTest {
    @TempDir
    Path kept;
    private LiveServer server;
    private HttpClient http;

    @BeforeEach
    void start() throws Exception {
        server = new LiveServer(kept);
        http = server.vertx.createHttpClient();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    /** An open stream: the events received so far. */
    private final class Stream {
        final StringBuffer text = new StringBuffer();
        final HttpClientResponse response;

        Stream(String login, String path) throws Exception {
            response = LiveServer.await(http.request(new RequestOptions().setMethod(HttpMethod.GET)
                    .setHost("127.0.0.1").setPort(server.port).setURI(path)
                    .putHeader("Authorization", "Bearer " + server.token(login)))
                    .compose(request -> request.send().map(received -> {
                        if (received.statusCode() == 200) {
                            received.handler(chunk -> text.append(chunk.toString()));
                        }
                        return received;
                    })));
        }

        /** The data of every event named {@code event}, in order. */
        List<JsonObject> events(String event) {
            List<JsonObject> found = new ArrayList<>();
            for (String block : text.toString().split("\n\n")) {
                if (block.startsWith("event: " + event + "\n")) {
                    found.add(new JsonObject(block.substring(block.indexOf("data: ") + 6)));
                }
            }
            return found;
        }
    }

    @Test
    void theWallboardStreamStartsWithASnapshotAndFollowsTheEngine() throws Exception {
        Stream stream = new Stream("sup-region", "/api/stream/wallboard");
        assertThat(stream.response.statusCode()).isEqualTo(200);
        assertThat(stream.response.getHeader("content-type")).startsWith("text/event-stream");
        await().atMost(Duration.ofSeconds(5)).until(() -> !stream.events("wallboard").isEmpty());
        JsonObject first = stream.events("wallboard").get(0);
        assertThat(first.getJsonArray("groups")).hasSize(11);
        assertThat(agentState(first, "agent-region")).isEqualTo("LOGGED_OUT");

        server.post("agent-region", "/api/agents/agent-region/state", new JsonObject().put("state", "READY"));

        await().atMost(Duration.ofSeconds(10)).until(() -> stream.events("wallboard").stream()
                .anyMatch(e -> "READY".equals(agentState(e, "agent-region"))));
    }

    @Test
    void anAdoccSupervisorsWallboardHasItsGroupsOnly() throws Exception {
        server.put("admin", "/api/agents/agent-region", new JsonObject().put("skills",
                new JsonObject().put("transport-info", 4)));
        Stream stream = new Stream("sup-adocc", "/api/stream/wallboard");
        await().atMost(Duration.ofSeconds(5)).until(() -> !stream.events("wallboard").isEmpty());

        JsonObject first = stream.events("wallboard").get(0);
        assertThat(first.getJsonArray("groups")).hasSize(4);
        assertThat(first.getJsonArray("agents").encode()).contains("agent-adocc").doesNotContain("\"agent-region\"");
        assertThat(new Stream("agent-adocc", "/api/stream/wallboard").response.statusCode()).isEqualTo(403);
    }

    @Test
    void theAgentsOwnStreamFollowsItsStateAndEndsCleanly() throws Exception {
        Stream stream = new Stream("agent-adocc", "/api/stream/me");
        await().atMost(Duration.ofSeconds(5)).until(() -> !stream.events("desk").isEmpty());
        assertThat(stream.events("desk").get(0).getJsonObject("agent").getString("state")).isEqualTo("LOGGED_OUT");

        server.post("agent-adocc", "/api/agents/agent-adocc/state", new JsonObject().put("state", "PAUSED")
                .put("reason", "training"));

        await().atMost(Duration.ofSeconds(10)).until(() -> stream.events("desk").stream()
                .anyMatch(e -> "training".equals(e.getJsonObject("agent").getString("reason"))));
        assertThat(new Stream("sup-region", "/api/stream/me").response.statusCode()).isEqualTo(403);
        assertThat(server.streams.openStreams()).isEqualTo(1);
        LiveServer.await(stream.response.request().connection().close());
        await().atMost(Duration.ofSeconds(10)).until(() -> server.streams.openStreams() == 0);
        int before = stream.text.length();
        server.post("agent-adocc", "/api/agents/agent-adocc/state", new JsonObject().put("state", "READY"));
        await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(2))
                .until(() -> stream.text.length() == before);
    }

    private static String agentState(JsonObject wallboard, String agent) {
        return wallboard.getJsonArray("agents").stream().map(JsonObject.class::cast)
                .filter(a -> a.getString("id").equals(agent)).findFirst().map(a -> a.getString("state")).orElse(null);
    }
}
