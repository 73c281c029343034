package org.numvert.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.core.buffer.Buffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HealthApiTest {
    private final Vertx vertx = Vertx.vertx();
    private final Map<String, HealthCheck> checks = new LinkedHashMap<>();
    private WebClient client;
    private int port;

    @BeforeEach
    void start() throws Exception {
        WebServer server = new WebServer(new HttpSettings("127.0.0.1", 0, null, null),
                List.of(new HealthApi("test-instance", checks)));
        await(vertx.deployVerticle(server));
        port = server.actualPort();
        client = WebClient.create(vertx);
    }

    @AfterEach
    void stop() throws Exception {
        await(vertx.close());
    }

    @Test
    void allUpIs200() throws Exception {
        checks.put("database", () -> Future.succeededFuture(HealthCheck.Status.up("file db")));
        checks.put("index", () -> Future.succeededFuture(HealthCheck.Status.up("120 articles")));

        HttpResponse<Buffer> response = get("/health");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject body = response.bodyAsJsonObject();
        assertThat(body.getString("status")).isEqualTo("UP");
        assertThat(body.getString("instance")).isEqualTo("test-instance");
        assertThat(body.getJsonObject("checks").getJsonObject("index").getString("detail"))
                .isEqualTo("120 articles");
    }

    @Test
    void oneDownOrFailingIs503() throws Exception {
        checks.put("database", () -> Future.succeededFuture(HealthCheck.Status.up("file db")));
        checks.put("pbx", () -> Future.succeededFuture(HealthCheck.Status.down("AMI reconnecting")));
        checks.put("index", () -> Future.failedFuture(new IllegalStateException("index unreadable")));

        HttpResponse<Buffer> response = get("/health");

        assertThat(response.statusCode()).isEqualTo(503);
        JsonObject checksJson = response.bodyAsJsonObject().getJsonObject("checks");
        assertThat(checksJson.getJsonObject("pbx").getString("status")).isEqualTo("DOWN");
        assertThat(checksJson.getJsonObject("index").getString("detail")).isEqualTo("index unreadable");
        assertThat(checksJson.getJsonObject("database").getString("status")).isEqualTo("UP");
    }

    @Test
    void unknownPathIsJson404() throws Exception {
        HttpResponse<Buffer> response = get("/nowhere");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.getHeader("content-type")).startsWith("application/json");
        assertThat(response.bodyAsJsonObject().getString("error")).isEqualTo("not found");
    }

    private HttpResponse<Buffer> get(String path) throws Exception {
        return await(client.get(port, "127.0.0.1", path).send());
    }

    private static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
