package org.numvert.records;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.numvert.store.CallLogRepository;
import org.numvert.store.CallSummaryRepository;
import org.numvert.store.CallSummaryRow;
import org.numvert.store.Database;
import org.numvert.store.RecordRun;
import org.numvert.store.RecordRunRepository;
import org.numvert.testing.ServiceProcess;

/**
 * The service killed with SIGKILL during simulated traffic, then restarted: every call the
 * records had acknowledged (committed, as {@code /api/records/status} and {@code /api/calls}
 * showed before the kill) is there, nothing is counted twice, and each run's summaries and
 * interval rows agree with its log.
 *
 * <p>What the engine reported before the kill (its Prometheus counters of offered and answered
 * calls) is in the records too once the records said they were written up to the events
 * appended when the counters were read.
 */
class RecordsDurabilityIT {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Map<String, String> BUSY = Map.of("NUMVERT_SIM_PROMPT_SPEED", "25");
    private static final String[] TRAFFIC = {"--sim-calls-per-hour", "5000", "--sim-agents", "25"};

    @TempDir
    Path workDir;

    private String token;

    @Test
    void whatWasAcknowledgedBeforeAKillIsThereOnceAfterTheRestart() throws Exception {
        Path data = workDir.resolve("data");
        Acknowledged before;
        try (ServiceProcess service = ServiceProcess.start(workDir, BUSY, TRAFFIC)) {
            service.awaitHealthy();
            token = supervisorToken(service.port(), data);
            before = acknowledgedUnderTraffic(service);
            service.kill();
        }
        try (ServiceProcess again = ServiceProcess.start(workDir, BUSY, TRAFFIC)) {
            again.awaitHealthy();
            await().atMost(Duration.ofSeconds(60)).until(() -> status(again).getLong("durable") > 50);
            assertThat(again.terminate()).isIn(0, 143);
            assertThat(again.output()).contains("records of run 1 (stopped without closing");
        }
        try (Database database = Database.openFile(data.resolve("db"))) {
            checkRecords(database, CallerKeys.load(data.resolve("caller-key")), before);
        }
    }

    /** What the service acknowledged while calls flowed: engine counters, calls listed, durable position. */
    private record Acknowledged(long offered, long answered, long durable, Map<String, JsonObject> calls) {
    }

    private Acknowledged acknowledgedUnderTraffic(ServiceProcess service) throws Exception {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> calls(service, "outcome=answered,abandoned").getLong("total") >= 10);
        String metrics = get(service, "/metrics").body();
        long appended = status(service).getLong("appended");
        await().atMost(Duration.ofSeconds(30)).until(() -> status(service).getLong("durable") >= appended);
        Map<String, JsonObject> listed = new HashMap<>();
        calls(service, "limit=1000").getJsonArray("calls").forEach(c -> {
            JsonObject call = (JsonObject) c;
            listed.put(call.getString("id"), call);
        });
        long durable = status(service).getLong("durable");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                .until(() -> status(service).getLong("appended") > durable);
        return new Acknowledged(sum(metrics, "numvert_calls_offered_total"), sum(metrics, "numvert_calls_answered_total"),
                durable, listed);
    }

    private static void checkRecords(Database database, CallerKeys keys, Acknowledged before) {
        RecordRun crashed = new RecordRunRepository(database).find(1).orElseThrow();
        assertThat(crashed.state()).isEqualTo(RecordRun.RECOVERED);
        assertThat(crashed.lastSeq()).isGreaterThanOrEqualTo(before.durable());
        RunReplay replay = new RunReplay(database, keys);
        assertThat(replay.check(1)).as("run 1: the log gap-free, rows as the log gives them").isEmpty();
        assertThat(replay.check(2)).as("run 2").isEmpty();
        assertThat(new RecordRunRepository(database).find(2).orElseThrow().state()).isEqualTo(RecordRun.STOPPED);

        Map<String, CallSummaryRow> run1 = new HashMap<>();
        new CallSummaryRepository(database).ofRun(1, "", 100_000).forEach(row -> run1.put(row.callId(), row));
        before.calls().forEach((id, listed) -> {
            CallSummaryRow stored = run1.get(id);
            assertThat(stored).as(id).isNotNull();
            if (!listed.getString("outcome").equals("in_progress")) {
                assertThat(stored.outcome().toLowerCase()).as(id).isEqualTo(listed.getString("outcome"));
            }
            if (listed.getString("answeredAt") != null) {
                assertThat(stored.answeredAt()).as(id).isNotNull();
            }
        });
        List<String> kinds = new CallLogRepository(database).read(1, 0, 1_000_000).stream()
                .map(row -> row.kind()).toList();
        assertThat(kinds.stream().filter("QUEUED"::equals).count()).isGreaterThanOrEqualTo(before.offered());
        assertThat(kinds.stream().filter("ANSWERED"::equals).count()).isGreaterThanOrEqualTo(before.answered());
        assertThat(new CallSummaryRepository(database).ofRun(2, "", 100_000))
                .extracting(CallSummaryRow::callId).doesNotContainAnyElementsOf(run1.keySet());
    }

    /** The demo supervisor logs in and makes an API token (it outlives the session and the restart). */
    private static String supervisorToken(int port, Path data) throws Exception {
        String password = Files.readAllLines(data.resolve("demo-accounts.txt")).stream()
                .filter(line -> line.startsWith("superviseur-region ")).findFirst().orElseThrow().split(" ")[1];
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(browser.send(
                HttpRequest.newBuilder(uri(port, "/login")).build(), HttpResponse.BodyHandlers.ofString()).body());
        assertThat(csrf.find()).isTrue();
        browser.send(HttpRequest.newBuilder(uri(port, "/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("login=superviseur-region&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                        + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.discarding());
        String session = new JsonObject(browser.send(HttpRequest.newBuilder(uri(port, "/api/me")).build(),
                HttpResponse.BodyHandlers.ofString()).body()).getString("csrfToken");
        String made = browser.send(HttpRequest.newBuilder(uri(port, "/api/me/tokens")).header("X-CSRF-Token", session)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"durability\"}")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return new JsonObject(made).getString("token");
    }

    private static URI uri(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private JsonObject status(ServiceProcess service) throws Exception {
        return new JsonObject(get(service, "/api/records/status").body());
    }

    private JsonObject calls(ServiceProcess service, String query) throws Exception {
        return new JsonObject(get(service, "/api/calls?" + query).body());
    }

    private HttpResponse<String> get(ServiceProcess service, String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                        + service.port() + path)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return response;
    }

    /** The sum of a Prometheus counter's series. */
    private static long sum(String metrics, String name) {
        Matcher m = Pattern.compile("^" + name + "\\{[^}]*} ([0-9.E+]+)$", Pattern.MULTILINE).matcher(metrics);
        double total = 0;
        while (m.find()) {
            total += Double.parseDouble(m.group(1));
        }
        return Math.round(total);
    }
}
