package org.numvert.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.numvert.web.AgentApisHttpTest.error;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.numvert.routing.CallId;
import org.numvert.routing.CallerNumber;
import org.numvert.routing.GroupId;
import org.numvert.routing.HotlineId;
import org.numvert.routing.OverflowAction;
import org.numvert.routing.RoutingCommand;
import org.numvert.routing.RoutingEvent;
import org.numvert.routing.SupervisionMode;

/** The wallboard's groups, their settings, crisis mode and supervision, over real HTTP. */
class GroupsAndCrisisHttpTest {
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
    void groupsShowLiveAndTodaysFiguresToTheirSupervisors() throws Exception {
        server.engine.deliver(new RoutingEvent.CallEntered(new CallId("c1"), new HotlineId("entreprises"),
                new GroupId("entreprises-prets"), 0, CallerNumber.of("0467000000"), "pge", List.of("2", "1"),
                new OverflowAction.None()));

        await().atMost(Duration.ofSeconds(5)).until(() -> group("sup-region", "entreprises-prets")
                .getInteger("waiting") == 1);
        JsonObject prets = group("sup-region", "entreprises-prets");
        assertThat(prets.getString("label")).isEqualTo("Entreprises – prêts, avances remboursables et garanties");
        assertThat(prets.getInteger("slTargetSeconds")).isEqualTo(30);
        assertThat(prets.getDouble("serviceLevelGoal")).isEqualTo(0.8);
        assertThat(prets.getJsonObject("today").getInteger("offered")).isEqualTo(1);
        assertThat(prets.getJsonObject("today").getValue("serviceLevel")).isNull();
        assertThat(prets.getJsonObject("last15").getInteger("offered")).isEqualTo(1);
        assertThat(prets.getJsonObject("agents").getInteger("loggedOut")).isEqualTo(1);
        assertThat(prets.getDouble("longestWaitSeconds")).isGreaterThanOrEqualTo(0);

        List<String> adocc = ids(server.get("sup-adocc", "/api/groups").bodyAsJsonObject().getJsonArray("groups"));
        assertThat(adocc).containsExactlyInAnyOrder("entreprises-aides", "entreprises-prets", "entreprises-accueil",
                "crise-renfort");
        assertThat(ids(server.get("admin", "/api/groups").bodyAsJsonObject().getJsonArray("groups"))).hasSize(11);
        assertThat(server.get("agent-region", "/api/groups").statusCode()).isEqualTo(403);

        JsonObject intervals = server.get("sup-adocc", "/api/groups/entreprises-prets/intervals").bodyAsJsonObject();
        JsonArray list = intervals.getJsonArray("intervals");
        assertThat(list).isNotEmpty();
        JsonObject current = list.getJsonObject(list.size() - 1);
        assertThat(current.getInteger("offered")).isEqualTo(1);
        assertThat(current.getLong("to") - current.getLong("from")).isEqualTo(15 * 60_000L);
        assertThat(server.get("sup-adocc", "/api/groups/transport-info/intervals").statusCode()).isEqualTo(403);
        assertThat(server.get("sup-adocc", "/api/groups/nope/intervals").statusCode()).isEqualTo(404);
    }

    @Test
    void supervisorsChangeTheSettingsOfTheirGroupsAtOnce() throws Exception {
        HttpResponse<Buffer> changed = server.put("sup-adocc", "/api/groups/entreprises-prets", new JsonObject()
                .put("slTargetSeconds", 25).put("serviceLevelGoal", 0.9).put("wrapUpSeconds", 20)
                .put("escalation", new JsonArray().add(new JsonObject().put("afterSeconds", 60)
                        .put("minProficiency", 1).put("alsoGroups", new JsonArray().add("entreprises-aides")))));
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.bodyAsJsonObject().getInteger("slTargetSeconds")).isEqualTo(25);
        assertThat(changed.bodyAsJsonObject().getDouble("serviceLevelGoal")).isEqualTo(0.9);
        await().atMost(Duration.ofSeconds(5)).until(() -> group("admin", "entreprises-prets")
                .getInteger("wrapUpSeconds") == 20);
        assertThat(server.roster.group(new GroupId("entreprises-prets")).orElseThrow().group().escalation())
                .hasSize(1);

        assertThat(server.put("sup-adocc", "/api/groups/transport-info", new JsonObject().put("wrapUpSeconds", 5))
                .statusCode()).isEqualTo(403);
        assertThat(server.put("sup-region", "/api/groups/transport-info",
                new JsonObject().put("organisations", new JsonArray().add("ADOCC"))).statusCode()).isEqualTo(403);
        assertThat(error(server.put("sup-region", "/api/groups/transport-info",
                new JsonObject().put("slTargetSeconds", 0)))).contains("between 1 and 600");
        assertThat(error(server.put("sup-region", "/api/groups/transport-info", new JsonObject().put("escalation",
                new JsonArray().add(new JsonObject().put("alsoGroups", new JsonArray().add("nope")))))))
                .contains("unknown group 'nope'");
        assertThat(server.put("sup-region", "/api/groups/nouveau", new JsonObject().put("hotline", "transport"))
                .statusCode()).isEqualTo(403);
        HttpResponse<Buffer> created = server.put("admin", "/api/groups/transport-groupes",
                new JsonObject().put("hotline", "transport").put("label", "Transport – groupes scolaires"));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(server.roster.groupIds()).contains("transport-groupes");
    }

    @Test
    void crisisModeIsSwitchedOnAndOffWithItsHistory() throws Exception {
        JsonObject state = server.get("sup-region", "/api/crisis").bodyAsJsonObject();
        assertThat(state.getJsonArray("active")).isEmpty();
        assertThat(state.getJsonArray("messages").encode()).contains("crise-sanitaire");
        assertThat(state.getJsonArray("hotlines").encode()).contains("\"id\":\"transport\"");

        HttpResponse<Buffer> on = server.post("sup-region", "/api/crisis", new JsonObject().put("scope", "transport")
                .put("message", "crise-intemperies").put("routing", new JsonObject().put("type", "GROUP")
                        .put("target", "crise-renfort")).put("durationMinutes", 120).put("reason", "tempête"));
        assertThat(on.statusCode()).isEqualTo(201);
        JsonObject switched = on.bodyAsJsonObject();
        assertThat(switched.getString("scope")).isEqualTo("transport");
        assertThat(switched.getJsonObject("routing").getString("target")).isEqualTo("crise-renfort");
        assertThat(switched.getString("switchedOnBy")).isEqualTo("sup-region");
        assertThat(Instant.parse(switched.getString("expiresAt"))).isAfter(Instant.now().plusSeconds(7_000));
        assertThat(server.get("sup-region", "/api/crisis").bodyAsJsonObject().getJsonArray("active")).hasSize(1);

        assertThat(error(server.post("sup-region", "/api/crisis", new JsonObject().put("scope", "transport")
                .put("message", "crise-inconnue").put("expiresAt", "2000-01-01T00:00:00Z"))))
                .contains("unknown crisis message 'crise-inconnue'", "the expiry must be in the future");
        assertThat(error(server.post("sup-region", "/api/crisis", new JsonObject().put("scope", "transport")
                .put("message", "crise-sanitaire")))).contains("durationMinutes");
        assertThat(server.post("sup-adocc", "/api/crisis", new JsonObject().put("scope", "*")
                .put("message", "crise-sanitaire").put("durationMinutes", 60)).statusCode()).isEqualTo(403);
        assertThat(server.post("sup-adocc", "/api/crisis", new JsonObject().put("scope", "transport")
                .put("message", "crise-sanitaire").put("durationMinutes", 60)).statusCode()).isEqualTo(403);
        assertThat(server.post("agent-region", "/api/crisis", new JsonObject()).statusCode()).isEqualTo(403);

        HttpResponse<Buffer> off = server.delete("sup-region", "/api/crisis/transport");
        assertThat(off.statusCode()).isEqualTo(200);
        assertThat(off.bodyAsJsonObject().getString("endedBy")).isEqualTo("sup-region");
        assertThat(server.delete("sup-region", "/api/crisis/transport").statusCode()).isEqualTo(404);
        JsonArray history = server.get("sup-region", "/api/crisis/history?scope=transport").bodyAsJsonObject()
                .getJsonArray("switches");
        assertThat(history).hasSize(1);
        assertThat(history.getJsonObject(0).getString("reason")).isEqualTo("tempête");
        assertThat(server.get("sup-region", "/api/crisis/history?limit=0").statusCode()).isEqualTo(400);
    }

    @Test
    void supervisionIsRefusedOnAPbxThatCannotAndAskedOfOneThatCan() throws Exception {
        server.put("admin", "/api/agents/agent-region", new JsonObject().put("skills",
                new JsonObject().put("transport-info", 4)));
        server.post("agent-region", "/api/agents/agent-region/state", new JsonObject().put("state", "READY"));
        server.engine.deliver(new RoutingEvent.CallEntered(new CallId("c9"), new HotlineId("transport"),
                new GroupId("transport-info"), 0, CallerNumber.of("0561000000"), "", List.of(),
                new OverflowAction.None()));
        await().atMost(Duration.ofSeconds(5)).until(() -> server.post("agent-region",
                "/api/agents/agent-region/call/accept", new JsonObject()).statusCode() == 204);
        JsonObject listen = new JsonObject().put("mode", "LISTEN");

        assertThat(error(server.post("sup-region", "/api/calls/c9/supervise", listen)))
                .contains("need Asterisk");
        server.pbx.supervision = true;
        assertThat(server.post("agent-region", "/api/calls/c9/supervise", listen).statusCode()).isEqualTo(403);
        assertThat(server.post("sup-adocc", "/api/calls/c9/supervise", listen).statusCode()).isEqualTo(403);
        assertThat(error(server.post("sup-region", "/api/calls/c9/supervise", new JsonObject().put("mode", "SPY"))))
                .startsWith("mode:");
        assertThat(server.post("sup-region", "/api/calls/none/supervise", listen).statusCode()).isEqualTo(404);
        await().atMost(Duration.ofSeconds(5)).until(() -> server.post("sup-region", "/api/calls/c9/supervise",
                new JsonObject().put("mode", "whisper")).statusCode() == 202);
        await().atMost(Duration.ofSeconds(5)).until(() -> server.pbx.commands.stream()
                .anyMatch(c -> c instanceof RoutingCommand.Supervise s && s.mode() == SupervisionMode.WHISPER
                        && s.supervisorContact().equals("PJSIP/sup-region")));
    }

    private JsonObject group(String login, String id) throws Exception {
        return server.get(login, "/api/groups").bodyAsJsonObject().getJsonArray("groups").stream()
                .map(JsonObject.class::cast).filter(g -> g.getString("id").equals(id)).findFirst().orElseThrow();
    }

    private static List<String> ids(JsonArray groups) {
        return groups.stream().map(g -> ((JsonObject) g).getString("id")).toList();
    }
}
