package org.numvert.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.numvert.testing.ServiceProcess;

/** The shaded jar as an operator runs it: start, health, SIGTERM, restart, bad config (metrics: AccountsIT). */
class ServeIT {
    @TempDir
    Path workDir;

    @Test
    void servesHealthAndMetricsAndKeepsItsDataAcrossARestart() throws Exception {
        String instance;
        try (ServiceProcess service = ServiceProcess.start(workDir, Map.of())) {
            JsonObject health = new JsonObject(service.awaitHealthy());
            assertThat(health.getString("status")).isEqualTo("UP");
            assertThat(health.getJsonObject("checks").getJsonObject("database").getString("status"))
                    .isEqualTo("UP");
            instance = health.getString("instance");

            assertThat(service.get("/metrics").statusCode()).as("metrics need a supervisor's token").isEqualTo(401);

            assertThat(service.terminate()).isIn(0, 143);
            assertThat(service.output()).contains("numvert stopped").doesNotContain("ERROR");
        }
        assertThat(Files.exists(workDir.resolve("data/db/numvert.lck"))).isFalse();

        try (ServiceProcess again = ServiceProcess.start(workDir, Map.of())) {
            JsonObject health = new JsonObject(again.awaitHealthy());
            assertThat(health.getString("instance")).isEqualTo(instance);
            assertThat(again.output()).contains("0 migration(s) applied now");
            again.terminate();
        }
    }

    @Test
    void invalidConfigurationExitsWithCode2NamingEveryBadKey() throws Exception {
        Path config = workDir.resolve("bad.yaml");
        Files.writeString(config, "http:\n  port: huit\nami:\n  host: pbx\n  secret: do-not-print-me\n  prot: 5038\n");

        ServiceProcess.Finished result = ServiceProcess.run(workDir, Map.of("NUMVERT_SIM_AGENTS", "lots"),
                "serve", "--config", config.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.output()).contains("http.port", "ami.prot: unknown key", "sim.agents")
                .doesNotContain("do-not-print-me");
    }
}
