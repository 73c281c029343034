package org.numvert.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.numvert.routing.CallId;
import org.numvert.routing.CallerNumber;
import org.numvert.routing.EndedBy;
import org.numvert.routing.GroupId;
import org.numvert.routing.HotlineId;
import org.numvert.routing.OverflowAction;
import org.numvert.routing.RoutingEvent;

/** Agents, their state, the desk's call panel and wrap-up, over real HTTP with tokens. */
class AgentApisHttpTest {
    @TempDir
    Path kept;
    private LiveServer server;

    @BeforeEach
    void start() throws Exception {
        server = new LiveServer(kept);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void everyAgentApiNeedsAuthenticationAndTheRightRole() throws Exception {
        assertThat(server.get(null, "/api/agents").statusCode()).isEqualTo(401);
        assertThat(server.get("agent-region", "/api/agents").statusCode()).isEqualTo(403);
        assertThat(server.put("sup-region", "/api/agents/x", new JsonObject().put("organisation", "REGION"))
                .statusCode()).isEqualTo(403);
        assertThat(server.get("agent-region", "/api/agents/agent-adocc/state").statusCode()).isEqualTo(403);
        assertThat(server.post("agent-region", "/api/agents/agent-adocc/state", new JsonObject().put("state", "READY"))
                .statusCode()).isEqualTo(403);
        assertThat(server.get("sup-region", "/api/agents/nobody/state").statusCode()).isEqualTo(404);
    }

    @Test
    void supervisorsSeeTheAgentsTheyOversee() throws Exception {
        JsonArray all = server.get("sup-region", "/api/agents").bodyAsJsonObject().getJsonArray("agents");
        assertThat(ids(all)).containsExactlyInAnyOrder("agent-region", "agent-adocc");
        JsonObject adocc = all.stream().map(JsonObject.class::cast)
                .filter(a -> a.getString("id").equals("agent-adocc")).findFirst().orElseThrow();
        assertThat(adocc.getString("organisation")).isEqualTo("ADOCC");
        assertThat(adocc.getString("contact")).isEqualTo("PJSIP/agent-adocc");
        assertThat(adocc.getString("state")).isEqualTo("LOGGED_OUT");
        assertThat(adocc.getBoolean("simulated")).isFalse();
        assertThat(adocc.getJsonObject("skills").getInteger("entreprises-prets")).isEqualTo(4);

        server.put("admin", "/api/agents/agent-region", new JsonObject().put("skills",
                new JsonObject().put("formation-stagiaires", 4)));
        assertThat(ids(server.get("sup-adocc", "/api/agents").bodyAsJsonObject().getJsonArray("agents")))
                .containsExactly("agent-adocc");
    }

    @Test
    void anAdministratorCreatesAndEditsAProfileThatTakesEffectAtOnce() throws Exception {
        JsonObject body = new JsonObject().put("name", "Camille Martin").put("organisation", "REGION")
                .put("contact", "Local/0612345678@numvert-outbound")
                .put("skills", new JsonObject().put("transport-info", 5).put("transport-soignants", 3));

        HttpResponse<Buffer> created = server.put("admin", "/api/agents/cmartin", body);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.bodyAsJsonObject().getString("name")).isEqualTo("Camille Martin");
        assertThat(created.bodyAsJsonObject().getJsonObject("skills").getMap())
                .containsEntry("transport-info", 5).containsEntry("transport-soignants", 3);
        HttpResponse<Buffer> edited = server.put("admin", "/api/agents/cmartin",
                new JsonObject().put("skills", new JsonObject().put("transport-info", 2)));
        assertThat(edited.statusCode()).isEqualTo(200);
        assertThat(edited.bodyAsJsonObject().getString("contact")).isEqualTo("Local/0612345678@numvert-outbound");
        assertThat(server.roster.agent(new org.numvert.routing.AgentId("cmartin")).orElseThrow().skills())
                .containsOnlyKeys(new GroupId("transport-info"));

        assertThat(error(server.put("admin", "/api/agents/x", new JsonObject().put("name", "X"))))
                .isEqualTo("organisation: required for a new agent");
        assertThat(error(server.put("admin", "/api/agents/x", new JsonObject().put("organisation", "REGION")
                .put("skills", new JsonObject().put("nope", 3))))).isEqualTo("skills: unknown group 'nope'");
        assertThat(error(server.put("admin", "/api/agents/x", new JsonObject().put("organisation", "REGION")
                .put("skills", new JsonObject().put("transport-info", 7))))).contains("between 1 and 5");
        assertThat(error(server.put("admin", "/api/agents/x", new JsonObject().put("organisation", "CCI"))))
                .startsWith("organisation: one of");
    }

    @Test
    void supervisorsMoveAgentsBetweenTheGroupsTheyOversee() throws Exception {
        HttpResponse<Buffer> moved = server.put("sup-adocc", "/api/agents/agent-adocc/skills", new JsonObject()
                .put("skills", new JsonObject().put("entreprises-prets", 5).put("entreprises-aides", 2)));
        assertThat(moved.statusCode()).isEqualTo(200);
        assertThat(moved.bodyAsJsonObject().getJsonObject("skills").getMap())
                .containsOnlyKeys("entreprises-prets", "entreprises-aides");

        HttpResponse<Buffer> refused = server.put("sup-adocc", "/api/agents/agent-adocc/skills", new JsonObject()
                .put("skills", new JsonObject().put("entreprises-prets", 5).put("transport-info", 2)));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(error(refused)).contains("transport-info");
        assertThat(server.put("sup-region", "/api/agents/agent-adocc/skills", new JsonObject()).statusCode())
                .isEqualTo(400);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(server.get("admin", "/api/audit")
                .bodyAsJsonObject().getJsonArray("entries").encode()).contains("agent.skills"));
    }

    @Test
    void anAgentLogsInPausesAndLogsOutAndASupervisorForcesAPause() throws Exception {
        JsonObject ready = server.post("agent-region", "/api/agents/agent-region/state",
                new JsonObject().put("state", "READY")).bodyAsJsonObject();
        assertThat(ready.getString("state")).isEqualTo("READY");
        assertThat(ready.getValue("reason")).isNull();

        JsonObject lunch = server.post("agent-region", "/api/agents/agent-region/state",
                new JsonObject().put("state", "paused").put("reason", "lunch")).bodyAsJsonObject();
        assertThat(lunch.getString("state")).isEqualTo("PAUSED");
        assertThat(lunch.getString("reason")).isEqualTo("lunch");
        assertThat(lunch.getLong("since")).isPositive();

        JsonObject forced = server.post("sup-region", "/api/agents/agent-region/state",
                new JsonObject().put("state", "PAUSED")).bodyAsJsonObject();
        assertThat(forced.getString("reason")).isEqualTo("supervisor");
        assertThat(server.post("agent-region", "/api/agents/agent-region/state",
                new JsonObject().put("state", "LOGGED_OUT")).bodyAsJsonObject().getString("state"))
                .isEqualTo("LOGGED_OUT");

        assertThat(error(server.post("agent-region", "/api/agents/agent-region/state",
                new JsonObject().put("state", "ON_CALL")))).contains("READY, PAUSED or LOGGED_OUT");
        assertThat(error(server.post("agent-region", "/api/agents/agent-region/state",
                new JsonObject().put("state", "PAUSED").put("reason", "Pause café!")))).startsWith("reason:");
        assertThat(error(server.post("agent-region", "/api/agents/agent-region/state",
                new JsonObject().put("state", "PAUSED").put("reason", "phone-unreachable"))))
                .contains("set by the routing");
        assertThat(server.post("agent-region", "/api/agents/agent-region/state",
                new JsonObject().put("state", 3)).statusCode()).isEqualTo(400);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(server.get("admin", "/api/audit")
                .bodyAsJsonObject().getJsonArray("entries").encode()).contains("agent.pause"));
    }

    @Test
    void theDeskShowsTheOfferedCallMaskedAndTheAgentAnswersHangsUpAndWrapsUp() throws Exception {
        server.put("admin", "/api/agents/agent-region", new JsonObject().put("skills",
                new JsonObject().put("transport-info", 4)));
        callFrom("0612345678", "earlier-1");
        server.engine.deliver(new RoutingEvent.CallEnded(new CallId("earlier-1"), EndedBy.CALLER));
        server.post("agent-region", "/api/agents/agent-region/state", new JsonObject().put("state", "READY"));
        assertThat(error(server.post("agent-region", "/api/agents/agent-region/call/accept", new JsonObject())))
                .isEqualTo("no call is ringing for agent agent-region");

        callFrom("0612345678", "call-2");
        JsonObject ringing = server.get("agent-region", "/api/agents/agent-region/call").bodyAsJsonObject();
        JsonObject call = ringing.getJsonObject("call");
        assertThat(call.getString("id")).isEqualTo("call-2");
        assertThat(call.getString("phase")).isEqualTo("RINGING");
        assertThat(call.getString("caller")).isEqualTo("••••••••78").doesNotContain("0612");
        assertThat(call.getInteger("previousCallsToday")).isEqualTo(1);
        assertThat(call.getString("groupLabel")).isEqualTo("Transport – état du trafic et horaires");
        assertThat(call.getJsonArray("choices").getList()).containsExactly("2", "1");
        assertThat(call.getString("topic")).isEqualTo("trafic-trains");
        assertThat(call.getJsonArray("wrapUpCodes").encode()).contains("info-trafic");
        assertThat(ringing.getBoolean("desktopPhone")).isTrue();
        assertThat(ringing.encode()).doesNotContain("0612345678");

        assertThat(server.post("agent-region", "/api/agents/agent-region/call/accept", new JsonObject())
                .statusCode()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(5)).until(() -> phase().equals("TALKING"));
        assertThat(server.post("agent-adocc", "/api/agents/agent-region/call/hangup", new JsonObject())
                .statusCode()).isEqualTo(403);
        assertThat(server.post("agent-region", "/api/agents/agent-region/call/hangup", new JsonObject())
                .statusCode()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(5)).until(() -> phase().equals("WRAP_UP"));

        assertThat(error(server.post("agent-region", "/api/agents/agent-region/wrapup",
                new JsonObject().put("code", "info-aide")))).contains("unknown wrap-up code 'info-aide'");
        JsonObject done = server.post("agent-region", "/api/agents/agent-region/wrapup",
                new JsonObject().put("code", "info-trafic").put("note", "Horaires du TER donnés")).bodyAsJsonObject();
        assertThat(done.getJsonObject("agent").getString("state")).isEqualTo("READY");
        assertThat(done.getValue("call")).isNull();
        assertThat(server.notes).singleElement().satisfies(note -> {
            assertThat(note.call()).isEqualTo(new CallId("call-2"));
            assertThat(note.code()).contains("info-trafic");
            assertThat(note.note()).isEqualTo("Horaires du TER donnés");
        });
        assertThat(server.post("agent-region", "/api/agents/agent-region/wrapup", new JsonObject().put("code",
                "info-trafic")).statusCode()).isEqualTo(409);
    }

    @Test
    void aWrapUpNoteIsKeptInTheRecordsAndShownWithTheCallsAndTheCallersNextCall() throws Exception {
        server.put("admin", "/api/agents/agent-region", new JsonObject().put("skills",
                new JsonObject().put("transport-info", 4)));
        server.post("agent-region", "/api/agents/agent-region/state", new JsonObject().put("state", "READY"));
        callFrom("0612345678", "noted-1");
        await().atMost(Duration.ofSeconds(5)).until(() -> phase().equals("RINGING"));
        server.post("agent-region", "/api/agents/agent-region/call/accept", new JsonObject());
        await().atMost(Duration.ofSeconds(5)).until(() -> phase().equals("TALKING"));
        server.post("agent-region", "/api/agents/agent-region/call/hangup", new JsonObject());
        await().atMost(Duration.ofSeconds(5)).until(() -> phase().equals("WRAP_UP"));

        HttpResponse<Buffer> tooLong = server.post("agent-region", "/api/agents/agent-region/wrapup",
                new JsonObject().put("code", "info-trafic").put("note", "x".repeat(2_001)));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.bodyAsJsonObject().getString("error")).isEqualTo("note: at most 2000 characters");
        assertThat(phase()).as("still to wrap up").isEqualTo("WRAP_UP");
        server.post("agent-region", "/api/agents/agent-region/wrapup",
                new JsonObject().put("code", "info-trafic").put("note", "Horaires du TER donnés"));
        assertThat(server.post("agent-region", "/api/agents/agent-region/wrapup", new JsonObject().put("code",
                "info-trafic").put("note", "Horaires du TER; rappeler =lundi").put("call", "noted-1")).statusCode())
                .as("a correction afterwards").isEqualTo(200);

        callFrom("0612345678", "noted-2");
        await().atMost(Duration.ofSeconds(5)).until(() -> phase().equals("RINGING"));
        LiveServer.await(server.recorder.whenDurable(server.recorder.status().appended()));
        JsonArray previous = server.get("agent-region", "/api/calls/noted-2/previous").bodyAsJsonObject()
                .getJsonArray("calls");
        assertThat(previous).hasSize(1);
        assertThat(previous.getJsonObject(0).getString("id")).isEqualTo("noted-1");
        assertThat(previous.getJsonObject(0).getString("note")).isEqualTo("Horaires du TER; rappeler =lundi");
        JsonObject noted = server.get("sup-region", "/api/calls").bodyAsJsonObject().getJsonArray("calls").stream()
                .map(JsonObject.class::cast).filter(c -> c.getString("id").equals("noted-1")).findFirst().orElseThrow();
        assertThat(noted.getString("note")).isEqualTo("Horaires du TER; rappeler =lundi");
        assertThat(noted.getString("wrapUpCode")).isEqualTo("info-trafic");
        String csv = server.get("sup-region", "/api/calls?format=csv").bodyAsString();
        assertThat(csv.lines().findFirst().orElseThrow()).contains(";wrapUpCode;note;overflow;");
        assertThat(csv).contains(";info-trafic;\"Horaires du TER; rappeler =lundi\";");
    }

    @Test
    void wrapUpCodesAreServedPerHotline() throws Exception {
        JsonObject hotlines = server.get("agent-adocc", "/api/wrapup-codes").bodyAsJsonObject()
                .getJsonObject("hotlines");
        assertThat(hotlines.fieldNames()).contains("entreprises", "formation", "transport");
        assertThat(hotlines.getJsonArray("entreprises").getJsonObject(0).getString("code")).isEqualTo("info-aide");
        assertThat(hotlines.getJsonArray("entreprises").getJsonObject(0).getString("label"))
                .isEqualTo("Information sur une aide donnée");
    }

    @Test
    void anAgentAccountWithoutAProfileGetsOneOnFirstUse() throws Exception {
        server.accounts.create("agent-new", new org.numvert.web.security.AccountDetails("Nouvel agent", Role.AGENT,
                org.numvert.routing.Organisation.REGION, false,
                java.util.Optional.of(new org.numvert.routing.AgentId("agent-new"))), "agent-new-Secret-42");
        String token = server.accounts.tokens().issue("agent-new", "t").secret();

        HttpResponse<Buffer> state = LiveServer.await(server.client.get(server.port, "127.0.0.1",
                "/api/agents/agent-new/state").bearerTokenAuthentication(token).send());

        assertThat(state.statusCode()).isEqualTo(200);
        assertThat(state.bodyAsJsonObject().getString("state")).isEqualTo("LOGGED_OUT");
        assertThat(server.roster.agent(new org.numvert.routing.AgentId("agent-new")).orElseThrow().contact())
                .isEqualTo("PJSIP/agent-new");
    }

    private String phase() throws Exception {
        JsonObject call = server.get("agent-region", "/api/agents/agent-region/call").bodyAsJsonObject()
                .getJsonObject("call");
        return call == null ? "" : call.getString("phase");
    }

    private void callFrom(String number, String id) {
        server.engine.deliver(new RoutingEvent.CallEntered(new CallId(id), new HotlineId("transport"),
                new GroupId("transport-info"), 0, CallerNumber.of(number), "trafic-trains", List.of("2", "1"),
                new OverflowAction.None()));
    }

    private static List<String> ids(JsonArray agents) {
        return agents.stream().map(a -> ((JsonObject) a).getString("id")).toList();
    }

    static String error(HttpResponse<Buffer> response) {
        assertThat(response.statusCode()).as(response.bodyAsString()).isBetween(400, 499);
        return response.bodyAsJsonObject().getString("error");
    }
}
