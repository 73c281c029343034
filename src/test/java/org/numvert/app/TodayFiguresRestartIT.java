package org.numvert.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.numvert.testing.ServiceProcess;

/**
 * The shaded jar: the wallboard's "today" figures survive a clean stop and a start. A first run
 * takes simulated calls; with the simulated PBX busy, a second run shows them and adds its own; a
 * third one, without callers, shows every call of the day, as the call records count them.
 */
class TodayFiguresRestartIT {
    private static final Map<String, String> BUSY = Map.of("NUMVERT_SIM_CALLS_PER_HOUR", "7200",
            "NUMVERT_SIM_PROMPT_SPEED", "40");
    private static final Map<String, String> QUIET = Map.of("NUMVERT_SIM_CALLS_PER_HOUR", "0");

    @TempDir
    Path workDir;

    @Test
    void todaysFiguresContinueAfterARestart() throws Exception {
        try (ServiceProcess first = ServiceProcess.start(workDir, BUSY)) {
            first.awaitHealthy();
            assertThat(first.terminate()).isIn(0, 143);
        }
        ServiceProcess.Finished made = ServiceProcess.run(workDir, Map.of(), "users", "token", "admin",
                "--name", "today-it");
        assertThat(made.exitCode()).as(made.output()).isEqualTo(0);
        Matcher found = Pattern.compile("nvt_[A-Za-z0-9_-]{43}").matcher(made.output());
        assertThat(found.find()).isTrue();
        String token = found.group();

        Map<String, long[]> beforeStop;
        try (ServiceProcess second = ServiceProcess.start(workDir, BUSY)) {
            second.awaitHealthy();
            beforeStop = await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(500))
                    .until(() -> today(second, token), TodayFiguresRestartIT::someAnswered);
            assertThat(second.terminate()).isIn(0, 143);
            assertThat(second.output()).contains("interval row(s) of today restored").doesNotContain("ERROR");
        }

        try (ServiceProcess third = ServiceProcess.start(workDir, QUIET)) {
            third.awaitHealthy();
            Map<String, long[]> afterStart = today(third, token);
            assertThat(afterStart).containsOnlyKeys(beforeStop.keySet());
            beforeStop.forEach((group, figures) -> {
                assertThat(afterStart.get(group)[0]).as("offered in " + group).isGreaterThanOrEqualTo(figures[0]);
                assertThat(afterStart.get(group)[1]).as("answered in " + group).isGreaterThanOrEqualTo(figures[1]);
            });
            Map<String, long[]> recorded = recordedToday(third, token);
            afterStart.forEach((group, figures) -> assertThat(figures)
                    .as("wallboard and records agree on " + group + " (offered, answered, abandoned)")
                    .containsExactly(recorded.getOrDefault(group, new long[3])));
            third.terminate();
        }
    }

    private static boolean someAnswered(Map<String, long[]> figures) {
        return figures.values().stream().mapToLong(f -> f[1]).sum() > 0;
    }

    /** Offered, answered and abandoned today per group, as the wallboard's group tiles show them. */
    private static Map<String, long[]> today(ServiceProcess service, String token) throws Exception {
        Map<String, long[]> figures = new TreeMap<>();
        new JsonObject(service.get("/api/groups", token).body()).getJsonArray("groups").forEach(g -> {
            JsonObject today = ((JsonObject) g).getJsonObject("today");
            figures.put(((JsonObject) g).getString("id"), new long[] {today.getLong("offered"),
                    today.getLong("answered"), today.getLong("abandoned")});
        });
        return figures;
    }

    /** The same from the call records' report of today. */
    private static Map<String, long[]> recordedToday(ServiceProcess service, String token) throws Exception {
        Map<String, long[]> figures = new TreeMap<>();
        new JsonObject(service.get("/api/reports/groups?interval=1d", token).body()).getJsonArray("rows")
                .forEach(r -> {
                    JsonObject row = (JsonObject) r;
                    figures.put(row.getString("group"), new long[] {row.getLong("offered"), row.getLong("answered"),
                            row.getLong("abandoned")});
                });
        return figures;
    }
}
