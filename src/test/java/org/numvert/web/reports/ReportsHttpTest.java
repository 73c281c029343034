package org.numvert.web.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.numvert.records.IvrExit;
import org.numvert.routing.AgentId;
import org.numvert.routing.AgentProfile;
import org.numvert.routing.CallId;
import org.numvert.routing.CallerNumber;
import org.numvert.routing.EndedBy;
import org.numvert.routing.GroupId;
import org.numvert.routing.HotlineId;
import org.numvert.routing.Organisation;
import org.numvert.routing.OverflowAction;
import org.numvert.routing.PauseReason;
import org.numvert.routing.RoutingEvent;
import org.numvert.routing.SkillGroup;

/**
 * The records over real HTTP after a short morning of real engine traffic: access rights, JSON,
 * CSV for a French spreadsheet, the previous calls of a caller, the queue_log export.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsHttpTest {
    static final Instant NINE = Instant.parse("2026-05-11T07:00:00Z"); // 09:00 in Paris
    static final GroupId AIDES = new GroupId("entreprises-aides");
    static final GroupId TRANSPORT = new GroupId("transport-info");
    static final String DAY = "from=2026-05-11&to=2026-05-11";

    private RecordsServer server;

    @BeforeAll
    void morning() throws Exception {
        server = new RecordsServer(NINE);
        morningOf(server);
    }

    /** Two groups, two agents, four calls (answered in time, answered late, abandoned, ringing). */
    static void morningOf(RecordsServer server) throws Exception {
        server.deliver(new RoutingEvent.GroupConfigured(new SkillGroup(AIDES, new HotlineId("entreprises"),
                        "Aides; subventions \"PME\"", 20, 10, 0, 0, true, List.of(Organisation.REGION, Organisation.ADOCC),
                        List.of())),
                new RoutingEvent.GroupConfigured(new SkillGroup(TRANSPORT, new HotlineId("transport"), "Transport",
                        20, 0, 0, 0, true, List.of(Organisation.REGION), List.of())),
                agent("agent-adocc", Organisation.ADOCC, AIDES), agent("agent-region", Organisation.REGION, TRANSPORT),
                new RoutingEvent.AgentLoggedIn(new AgentId("agent-adocc")), new RoutingEvent.AgentReady(new AgentId("agent-adocc")),
                new RoutingEvent.AgentLoggedIn(new AgentId("agent-region")), new RoutingEvent.AgentReady(new AgentId("agent-region")));
        server.recorder.ivrEntered(new CallId("c1"), new HotlineId("entreprises"), CallerNumber.of("+33612345678"));
        server.recorder.ivrLeft(new CallId("c1"), IvrExit.QUEUED, AIDES.value());
        server.deliver(entered("c1", AIDES, "0612345678"), entered("c2", TRANSPORT, "0499887766"));
        server.advance(Duration.ofSeconds(8));
        server.deliver(new RoutingEvent.OfferAnswered(new CallId("c1"), new AgentId("agent-adocc")));
        server.advance(Duration.ofSeconds(22));
        server.deliver(new RoutingEvent.OfferAnswered(new CallId("c2"), new AgentId("agent-region")));
        server.advance(Duration.ofSeconds(60));
        server.deliver(new RoutingEvent.CallEnded(new CallId("c1"), EndedBy.CALLER),
                new RoutingEvent.WrapUpEnded(new AgentId("agent-adocc"), "subvention"));
        server.advance(Duration.ofSeconds(60));
        server.deliver(new RoutingEvent.CallEnded(new CallId("c2"), EndedBy.AGENT),
                new RoutingEvent.AgentPaused(new AgentId("agent-region"), PauseReason.LUNCH), entered("c3", TRANSPORT, null));
        server.advance(Duration.ofSeconds(12));
        server.deliver(new RoutingEvent.CallEnded(new CallId("c3"), EndedBy.CALLER));
        server.advance(Duration.ofSeconds(18));
        server.deliver(new RoutingEvent.AgentReady(new AgentId("agent-region")), entered("c4", AIDES, "06 12 34 56 78"));
    }

    private static RoutingEvent agent(String id, Organisation organisation, GroupId group) {
        return new RoutingEvent.AgentConfigured(new AgentProfile(new AgentId(id), "Agent " + id, organisation,
                "PJSIP/" + id, Map.of(group, 3)));
    }

    private static RoutingEvent entered(String call, GroupId group, String caller) {
        return new RoutingEvent.CallEntered(new CallId(call), new HotlineId(group.value().split("-")[0]), group, 0,
                CallerNumber.of(caller), "", List.of("1"), new OverflowAction.None());
    }

    @AfterAll
    void close() throws Exception {
        server.close();
    }

    @Test
    void callsAreListedWithMaskedCallersAndParisTimes() throws Exception {
        JsonObject page = server.get("sup-region", "/api/calls?" + DAY).bodyAsJsonObject();

        assertThat(page.getLong("total")).isEqualTo(4);
        JsonObject c1 = page.getJsonArray("calls").getJsonObject(0);
        assertThat(c1.getString("id")).isEqualTo("c1");
        assertThat(c1.getString("hotline")).isEqualTo("entreprises");
        assertThat(c1.getString("group")).isEqualTo("entreprises-aides");
        assertThat(c1.getString("enteredAt")).isEqualTo("2026-05-11T09:00:00+02:00");
        assertThat(c1.getString("answeredAt")).isEqualTo("2026-05-11T09:00:08+02:00");
        assertThat(c1.getString("endedAt")).isEqualTo("2026-05-11T09:01:30+02:00");
        assertThat(c1.getString("outcome")).isEqualTo("answered");
        assertThat(c1.getString("agent")).isEqualTo("agent-adocc");
        assertThat(c1.getString("caller")).isEqualTo("••••••••78");
        assertThat(c1.getString("wrapUpCode")).isEqualTo("subvention");
        assertThat(page.encode()).doesNotContain("0612345678", "12345678");
        JsonArray abandoned = server.get("sup-region", "/api/calls?" + DAY + "&outcome=abandoned").bodyAsJsonObject()
                .getJsonArray("calls");
        assertThat(abandoned).hasSize(1);
        assertThat(abandoned.getJsonObject(0).getString("caller")).isEqualTo("masqué");
        JsonObject second = server.get("sup-region", "/api/calls?" + DAY + "&limit=1&offset=1").bodyAsJsonObject();
        assertThat(second.getLong("total")).isEqualTo(4);
        assertThat(second.getJsonArray("calls")).singleElement()
                .satisfies(c -> assertThat(((JsonObject) c).getString("id")).isEqualTo("c2"));
    }

    @Test
    void groupFiguresFollowTheDefinitions() throws Exception {
        JsonArray rows = server.get("sup-region", "/api/reports/groups?" + DAY + "&interval=1d").bodyAsJsonObject()
                .getJsonArray("rows");

        assertThat(rows).hasSize(2);
        JsonObject transport = rows.getJsonObject(1);
        assertThat(transport.getString("group")).isEqualTo("transport-info");
        assertThat(transport.getString("start")).isEqualTo("2026-05-11T00:00:00+02:00");
        assertThat(transport.getLong("offered")).isEqualTo(2);
        assertThat(transport.getLong("answered")).isEqualTo(1);
        assertThat(transport.getLong("abandoned")).isEqualTo(1);
        assertThat(transport.getDouble("serviceLevel")).isEqualTo(0.0);
        assertThat(transport.getDouble("abandonRate")).isEqualTo(0.5);
        assertThat(transport.getDouble("asa")).isEqualTo(30.0);
        assertThat(transport.getDouble("aht")).isEqualTo(120.0);
        JsonObject aides = rows.getJsonObject(0);
        assertThat(aides.getDouble("serviceLevel")).isEqualTo(1.0);
        assertThat(aides.getDouble("aht")).isEqualTo(82.0);
        assertThat(server.get("sup-region", "/api/reports/groups?" + DAY).bodyAsJsonObject().getJsonArray("rows"))
                .as("15-minute rows, empty ones included").hasSize(2 * 96);
    }

    @Test
    void agentFiguresSplitPausesByReason() throws Exception {
        JsonArray rows = server.get("sup-region", "/api/reports/agents?" + DAY + "&interval=1d").bodyAsJsonObject()
                .getJsonArray("rows");

        JsonObject region = rows.stream().map(JsonObject.class::cast)
                .filter(r -> r.getString("agent").equals("agent-region")).findFirst().orElseThrow();
        assertThat(region.getLong("handled")).isEqualTo(1);
        assertThat(region.getDouble("talk")).isEqualTo(120.0);
        assertThat(region.getJsonObject("pauses").getMap()).containsOnly(Map.entry("lunch", 30.0));
        assertThat(region.getDouble("paused")).isEqualTo(30.0);
        assertThat(region.getString("organisation")).isEqualTo("REGION");
    }

    @Test
    void csvIsForAFrenchSpreadsheet() throws Exception {
        HttpResponse<Buffer> response = server.get("sup-region", "/api/reports/groups?" + DAY + "&interval=1d&format=csv");

        assertThat(response.getHeader("content-type")).isEqualTo("text/csv; charset=utf-8");
        assertThat(response.getHeader("content-disposition")).contains("numvert-groups-2026-05-11.csv");
        byte[] bytes = response.body().getBytes();
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        String[] lines = new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertThat(lines[0]).startsWith("group;label;hotline;start;end;offered;answered;");
        assertThat(lines[1]).startsWith("entreprises-aides;\"Aides; subventions \"\"PME\"\"\";entreprises;"
                + "2026-05-11 00:00:00;2026-05-12 00:00:00;2;1;1;0;0;0;0;1;");
        assertThat(lines[2]).startsWith("transport-info;Transport;transport;2026-05-11 00:00:00;2026-05-12 00:00:00;"
                + "2;1;0;1;0;0;0;0;0,5;30;120;30;1;");
        assertThat(lines).hasSize(3);
        HttpResponse<Buffer> negotiated = server.await(server.request(HttpMethod.GET, "sup-region",
                "/api/reports/hotlines?" + DAY + "&interval=1d").putHeader("Accept", "text/csv").send());
        assertThat(negotiated.bodyAsString()).startsWith("\uFEFFhotline;start;end;offered;");
    }

    @Test
    void theCallsExportHasEveryCallAndAgentsHaveAColumnPerPause() throws Exception {
        String calls = server.get("sup-region", "/api/calls?" + DAY + "&format=csv").bodyAsString();
        assertThat(calls.split("\r\n")).hasSize(5);
        assertThat(calls).contains("c1;1;inbound;entreprises;entreprises-aides;2026-05-11 09:00:00;2026-05-11 09:00:08;")
                .doesNotContain("0612345678");

        String agents = server.get("sup-region", "/api/reports/agents?" + DAY + "&interval=1d&format=csv").bodyAsString();
        assertThat(agents.split("\r\n")[0]).endsWith(";occupancy;pause:lunch");
    }

    @Test
    void badParametersAreFourHundredsNamingThem() throws Exception {
        Map<String, String> cases = Map.of(
                "/api/calls?from=yesterday", "from:",
                "/api/calls?limit=0", "limit:",
                "/api/calls?offset=-1", "offset:",
                "/api/calls?outcome=lost", "outcome:",
                "/api/reports/groups?interval=2h", "interval:",
                "/api/reports/groups?from=2026-05-11&to=2026-05-10", "to:",
                "/api/reports/groups?from=2026-01-01&to=2026-05-01&interval=15m", "to:",
                "/api/reports/agents?format=xml", "format:",
                "/api/reports/summary?date=11/05/2026", "date:");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            HttpResponse<Buffer> response = server.get("sup-region", c.getKey());
            assertThat(response.statusCode()).as(c.getKey()).isEqualTo(400);
            assertThat(response.bodyAsJsonObject().getString("error")).as(c.getKey()).startsWith(c.getValue());
        }
    }

    @Test
    void onlySupervisorsReadReportsAndAdoccOnlyItsOwn() throws Exception {
        for (String uri : List.of("/api/calls", "/api/reports/groups", "/api/reports/agents", "/api/reports/hotlines",
                "/api/reports/summary", "/api/reports/queue-log", "/api/records/status")) {
            assertThat(server.get(null, uri).statusCode()).as(uri).isEqualTo(401);
            assertThat(server.get("agent-region", uri).statusCode()).as(uri).isEqualTo(403);
        }
        JsonObject adocc = server.get("sup-adocc", "/api/calls?" + DAY).bodyAsJsonObject();
        assertThat(adocc.getLong("total")).isEqualTo(2);
        assertThat(adocc.getJsonArray("calls").stream().map(c -> ((JsonObject) c).getString("group")))
                .containsOnly("entreprises-aides");
        assertThat(server.get("sup-adocc", "/api/reports/groups?" + DAY + "&interval=1d").bodyAsJsonObject()
                .getJsonArray("rows")).extracting(r -> ((JsonObject) r).getString("group"))
                .containsExactly("entreprises-aides");
        assertThat(server.get("sup-adocc", "/api/reports/groups?group=transport-info").statusCode()).isEqualTo(403);
        assertThat(server.get("sup-adocc", "/api/calls?group=transport-info").statusCode()).isEqualTo(403);
        assertThat(server.get("sup-adocc", "/api/reports/agents?" + DAY + "&interval=1d").bodyAsJsonObject()
                .getJsonArray("rows")).extracting(r -> ((JsonObject) r).getString("agent"))
                .containsExactly("agent-adocc");
        assertThat(server.get("sup-adocc", "/api/reports/queue-log?" + DAY).bodyAsString())
                .contains("|c1|entreprises-aides|").doesNotContain("transport-info", "agent-region");
        assertThat(server.get("admin", "/api/calls?" + DAY).bodyAsJsonObject().getLong("total")).isEqualTo(4);
    }

    @Test
    void anAgentSeesTheCallersEarlierCallsOfTheDayForItsOwnCallOnly() throws Exception {
        JsonObject previous = server.get("agent-adocc", "/api/calls/c4/previous").bodyAsJsonObject();

        assertThat(previous.getJsonArray("calls")).singleElement().satisfies(call -> {
            assertThat(((JsonObject) call).getString("id")).isEqualTo("c1");
            assertThat(((JsonObject) call).getString("wrapUpCode")).isEqualTo("subvention");
        });
        assertThat(server.get("agent-region", "/api/calls/c4/previous").statusCode()).isEqualTo(403);
        assertThat(server.get("sup-adocc", "/api/calls/c4/previous").statusCode()).isEqualTo(200);
        assertThat(server.get("agent-adocc", "/api/calls/c1/previous").statusCode()).as("over").isEqualTo(404);
    }

    @Test
    void queueLogLinesFollowAsterisksFormat() throws Exception {
        String log = server.get("sup-region", "/api/reports/queue-log?" + DAY).bodyAsString();

        long nine = NINE.getEpochSecond();
        assertThat(log.lines()).contains(
                nine + "|c1|entreprises-aides|NONE|ENTERQUEUE||" + RecordsServer.KEYS.keyOf(CallerNumber.of("0612345678"))
                        .substring(0, 12) + "|1",
                (nine + 8) + "|c1|entreprises-aides|agent-adocc|CONNECT|8|c1|8",
                (nine + 90) + "|c1|entreprises-aides|agent-adocc|COMPLETECALLER|8|82|1",
                (nine + 150) + "|c2|transport-info|agent-region|COMPLETEAGENT|30|120|1",
                (nine + 162) + "|c3|transport-info|NONE|ABANDON|1|1|12",
                nine + "|NONE|NONE|agent-adocc|AGENTLOGIN|agent-adocc",
                (nine + 150) + "|NONE|NONE|agent-region|PAUSEALL|lunch");
    }

    @Test
    void theSummaryPageAndItsChartsAreServedToSupervisors() throws Exception {
        HttpResponse<Buffer> page = server.get("sup-region", "/reports");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.bodyAsString()).contains("/assets/reports.js").doesNotContain("<script>", "style=");
        assertThat(server.get("agent-region", "/reports").statusCode()).isEqualTo(403);
        HttpResponse<Buffer> echarts = server.get("sup-region", ReportsPage.ECHARTS_PATH + "echarts.esm.min.js");
        assertThat(echarts.statusCode()).isEqualTo(200);
        assertThat(echarts.getHeader("content-type")).contains("javascript");
        assertThat(server.get(null, ReportsPage.ECHARTS_PATH + "echarts.esm.min.js").statusCode()).isEqualTo(401);

        JsonObject summary = server.get("sup-region", "/api/reports/summary?date=2026-05-11&hotline=transport")
                .bodyAsJsonObject();
        assertThat(summary.getJsonArray("hotlines")).containsExactly("entreprises", "transport");
        assertThat(summary.getJsonObject("total").getLong("offered")).isEqualTo(2);
        assertThat(summary.getJsonArray("hours")).hasSize(24);
    }
}
