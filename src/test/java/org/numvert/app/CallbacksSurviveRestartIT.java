package org.numvert.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.numvert.testing.ServiceProcess;

/**
 * The shaded jar: callbacks promised to callers survive a clean stop and a crash. A first run,
 * busy and without agents, collects callback tasks and is stopped (SIGTERM); a second one,
 * quiet and still without agents, shows the same tasks waiting in their groups and is killed
 * (SIGKILL); a third one, with simulated agents, calls the customers back.
 */
class CallbacksSurviveRestartIT {
    private static final Map<String, String> BUSY_UNSTAFFED = Map.of("NUMVERT_SIM_CALLS_PER_HOUR", "7200",
            "NUMVERT_SIM_PROMPT_SPEED", "40", "NUMVERT_SIM_AGENTS", "0");
    private static final Map<String, String> QUIET_UNSTAFFED = Map.of("NUMVERT_SIM_CALLS_PER_HOUR", "0",
            "NUMVERT_SIM_AGENTS", "0");
    private static final Map<String, String> QUIET_STAFFED = Map.of("NUMVERT_SIM_CALLS_PER_HOUR", "0");

    @TempDir
    Path workDir;

    @Test
    void callbackTasksComeBackAfterAStopAndACrashAndAreMade() throws Exception {
        String token = supervisorToken();
        int owed;
        try (ServiceProcess first = ServiceProcess.start(workDir, BUSY_UNSTAFFED)) {
            first.awaitHealthy();
            overflowWhenUnstaffed(first, token);
            owed = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> callbacksWaiting(first, token), n -> n >= 3);
            assertThat(first.terminate()).isIn(0, 143);
        }

        Set<String> carried;
        int givenUp;
        try (ServiceProcess second = ServiceProcess.start(workDir, QUIET_UNSTAFFED)) {
            second.awaitHealthy();
            carried = calls(second, token, "callback_carried");
            assertThat(carried).hasSizeGreaterThanOrEqualTo(owed);
            // A task whose number the records no longer hold is given up, not queued.
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                    .until(() -> callbacksWaiting(second, token) + givenUp(second, token, carried) == carried.size());
            givenUp = givenUp(second, token, carried);
            assertThat(callbacksWaiting(second, token)).isPositive();
            assertThat(second.output()).contains(carried.size() + " callback task(s) of earlier runs given back")
                    .doesNotContain("ERROR");
            second.kill();
        }

        try (ServiceProcess third = ServiceProcess.start(workDir, QUIET_STAFFED)) {
            third.awaitHealthy();
            await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(500))
                    .until(() -> calls(third, token, "callback_made"), made -> made.stream().anyMatch(carried::contains));
            assertThat(calls(third, token, "interrupted")).doesNotContainAnyElementsOf(carried);
            assertThat(third.output()).contains((carried.size() - givenUp) + " callback task(s) of earlier runs given back");
            third.terminate();
        }
    }

    /**
     * Every group refuses callers while none of its agents is there: with no agent, callers
     * overflow at once, and those of the entreprises hotline are offered a callback (60 % take it).
     */
    private static void overflowWhenUnstaffed(ServiceProcess service, String token) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (Object group : new JsonObject(service.get("/api/groups", token).body()).getJsonArray("groups")) {
            String id = ((JsonObject) group).getString("id");
            HttpResponse<String> saved = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + service.port() + "/api/groups/" + id))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"joinWhenEmpty\": false}"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        }
    }

    private String supervisorToken() throws Exception {
        ServiceProcess.Finished added = ServiceProcess.run(workDir, Map.of(), "users", "add", "chef", "--role",
                "admin", "--organisation", "REGION");
        assertThat(added.exitCode()).as(added.output()).isEqualTo(0);
        ServiceProcess.Finished made = ServiceProcess.run(workDir, Map.of(), "users", "token", "chef",
                "--name", "callbacks-it");
        assertThat(made.exitCode()).as(made.output()).isEqualTo(0);
        Matcher found = Pattern.compile("nvt_[A-Za-z0-9_-]{43}").matcher(made.output());
        assertThat(found.find()).isTrue();
        return found.group();
    }

    /** How many of {@code carried} the service gave up (no number to call back). */
    private static int givenUp(ServiceProcess service, String token, Set<String> carried) throws Exception {
        Set<String> failed = calls(service, token, "callback_failed");
        failed.retainAll(carried);
        return failed.size();
    }

    /** Callback tasks waiting in their groups' queues or for their retry, all groups together. */
    private static int callbacksWaiting(ServiceProcess service, String token) throws Exception {
        return new JsonObject(service.get("/api/groups", token).body()).getJsonArray("groups").stream()
                .map(JsonObject.class::cast).mapToInt(g -> g.getInteger("callbacksWaiting")
                        + g.getInteger("callbacksToRetry")).sum();
    }

    /** The ids of today's callback tasks with {@code outcome}, every run. */
    private static Set<String> calls(ServiceProcess service, String token, String outcome) throws Exception {
        Set<String> ids = new TreeSet<>();
        new JsonObject(service.get("/api/calls?limit=500&outcome=" + outcome, token).body()).getJsonArray("calls")
                .stream().map(JsonObject.class::cast).filter(c -> "callback".equalsIgnoreCase(c.getString("kind")))
                .forEach(c -> ids.add(c.getString("id")));
        return ids;
    }
}
