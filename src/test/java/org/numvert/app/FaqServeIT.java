package org.numvert.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.numvert.faq.Feedback;
import org.numvert.store.Database;
import org.numvert.store.FaqActivityRepository;
import org.numvert.testing.ServiceProcess;

/**
 * The FAQ in the shaded jar: kb/ imported at first start, the index health check and meters,
 * the index reused at restart and rebuilt when it is unreadable, agents' votes counted again at
 * start, a clean stop on SIGTERM.
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
            assertThat(service.get("/api/faq/search?q=masques").statusCode()).isEqualTo(401);
            assertThat(service.terminate()).isIn(0, 143);
            assertThat(service.output()).contains("first start: imported", "15 created").doesNotContain("ERROR");
        }

        ServiceProcess.Finished made = ServiceProcess.run(workDir, Map.of(), "users", "token", "admin", "--name", "faq-it");
        assertThat(made.exitCode()).as(made.output()).isEqualTo(0);
        Matcher found = Pattern.compile("nvt_[A-Za-z0-9_-]{43}").matcher(made.output());
        assertThat(found.find()).isTrue();
        String token = found.group();
        // agents' verdicts recorded before a restart: without them "confinement" ranks trains-ter first
        try (Database database = Database.openFile(workDir.resolve("data/db"))) {
            FaqActivityRepository activity = new FaqActivityRepository(database);
            for (String agent : List.of("bob", "chloe", "dan", "eve")) {
                activity.recordFeedback(new Feedback("formation-distance", 1, true, agent, Instant.now(), null));
            }
            // and the words an agent searched with: none of them is in the article's text
            activity.recordFeedback(new Feedback("ordinateurs-lyceens", 1, true, "bob", Instant.now(), null,
                    "un pc pour mon ptit"));
            // older than faq.phrasingDays (365 by default): forgotten at start
            activity.recordFeedback(new Feedback("masques", 1, true, "bob", Instant.now().minus(Duration.ofDays(400)),
                    null, "zorglub en tissu"));
        }

        try (ServiceProcess again = ServiceProcess.start(workDir, Map.of())) {
            again.awaitHealthy();
            assertThat(again.output()).doesNotContain("first start: imported").doesNotContain("rebuilding");
            JsonObject found2 = new JsonObject(again.get("/api/faq/search?q=masque", token).body());
            assertThat(found2.getInteger("total")).isPositive();
            JsonObject voted = new JsonObject(again.get("/api/faq/search?q=confinement", token).body());
            assertThat(voted.getJsonArray("hits").getJsonObject(0).getString("id"))
                    .as("the votes recorded are counted again at start").isEqualTo("formation-distance");
            JsonObject learned = new JsonObject(again.get("/api/faq/search?q=" + "un%20pc%20pour%20mon%20ptit", token).body());
            assertThat(learned.getJsonArray("hits").getJsonObject(0).getString("id"))
                    .as("the phrasings recorded are indexed again at start").isEqualTo("ordinateurs-lyceens");
            assertThat(new JsonObject(again.get("/api/faq/search?q=zorglub", token).body()).getInteger("total"))
                    .as("old phrasings are forgotten").isZero();
            assertThat(again.output()).contains("1 old phrasings forgotten");
            assertThat(again.get("/metrics", token).body())
                    .contains("numvert_faq_searches_total").doesNotContain("numvert_faq_searches_total 0.0");
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
