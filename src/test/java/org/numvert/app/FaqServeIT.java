package org.numvert.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.numvert.testing.ServiceProcess;

/**
 * The FAQ in the shaded jar: kb/ imported at first start, the index health check and meters,
 * the index reused at restart and rebuilt when it is unreadable, a clean stop on SIGTERM.
 */
class FaqServeIT {
    @TempDir
    Path workDir;

    @Test
    void importsKbAtFirstStartAndRebuildsAnUnreadableIndex() throws Exception {
        copyFixtureTo(workDir.resolve("kb"));
        try (ServiceProcess service = ServiceProcess.start(workDir, Map.of())) {
            JsonObject index = new JsonObject(service.awaitHealthy()).getJsonObject("checks").getJsonObject("index");
            assertThat(index.getString("status")).isEqualTo("UP");
            assertThat(index.getString("detail")).isEqualTo("15 articles");
            assertThat(service.get("/metrics").body()).contains("numvert_faq_searches_total");
            assertThat(service.get("/api/faq/search?q=masques").statusCode()).isEqualTo(401);
            assertThat(service.terminate()).isIn(0, 143);
            assertThat(service.output()).contains("first start: imported", "15 created").doesNotContain("ERROR");
        }

        try (ServiceProcess again = ServiceProcess.start(workDir, Map.of())) {
            again.awaitHealthy();
            assertThat(again.output()).doesNotContain("first start: imported").doesNotContain("rebuilding");
            again.terminate();
        }

        try (Stream<Path> files = Files.list(workDir.resolve("data/index"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
                Files.writeString(file, "damaged");
            }
        }
        try (ServiceProcess repaired = ServiceProcess.start(workDir, Map.of())) {
            JsonObject index = new JsonObject(repaired.awaitHealthy()).getJsonObject("checks").getJsonObject("index");
            assertThat(index.getString("detail")).isEqualTo("15 articles");
            assertThat(repaired.output()).contains("unreadable", "FAQ index rebuilt: 15 articles");
            repaired.terminate();
        }
    }

    private static void copyFixtureTo(Path kb) throws Exception {
        Path fixture = Path.of(Objects.requireNonNull(FaqServeIT.class.getResource("/faq/fixture")).toURI());
        Files.createDirectories(kb);
        try (Stream<Path> files = Files.list(fixture)) {
            for (Path file : files.toList()) {
                Files.copy(file, kb.resolve(file.getFileName()));
            }
        }
    }
}
