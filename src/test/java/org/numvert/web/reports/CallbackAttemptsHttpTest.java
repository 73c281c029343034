package org.numvert.web.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.numvert.routing.AgentId;
import org.numvert.routing.AgentProfile;
import org.numvert.routing.CallId;
import org.numvert.routing.CallerNumber;
import org.numvert.routing.GroupId;
import org.numvert.routing.HotlineId;
import org.numvert.routing.Organisation;
import org.numvert.routing.OverflowAction;
import org.numvert.routing.RoutingEvent;
import org.numvert.routing.SkillGroup;

/** A callback given up after three attempts, as supervisors read it over HTTP. */
class CallbackAttemptsHttpTest {
    private static final Instant NINE = Instant.parse("2026-05-11T07:00:00Z"); // 09:00 in Paris
    private static final GroupId AIDES = new GroupId("entreprises-aides");
    private static final AgentId AGENT = new AgentId("agent-region");
    private static final CallId TASK = new CallId("c1-cb");
    private static final String DAY = "from=2026-05-11&to=2026-05-11";

    private final RecordsServer server;

    CallbackAttemptsHttpTest() throws Exception {
        server = new RecordsServer(NINE);
    }

    @AfterEach
    void close() throws Exception {
        server.close();
    }

    @Test
    void aCallbackGivenUpIsListedWithItsAttemptsAndIsNoCallbackMade() throws Exception {
        server.deliver(new RoutingEvent.GroupConfigured(new SkillGroup(AIDES, new HotlineId("entreprises"), "Aides", 20, 10,
                        0, 0, true, List.of(Organisation.REGION), List.of())),
                new RoutingEvent.AgentConfigured(new AgentProfile(AGENT, "Agent", Organisation.REGION, "PJSIP/1001",
                        Map.of(AIDES, 3))),
                new RoutingEvent.AgentLoggedIn(AGENT),
                new RoutingEvent.CallEntered(new CallId("c1"), new HotlineId("entreprises"), AIDES, 0,
                        CallerNumber.of("0612345678"), "", List.of(), new OverflowAction.None()),
                new RoutingEvent.CallbackRequested(new CallId("c1"), CallerNumber.of("0612345678")),
                new RoutingEvent.AgentReady(AGENT));
        for (String reason : List.of("BUSY", "NOANSWER", "BUSY")) {
            server.advance(Duration.ofSeconds(5));
            server.deliver(new RoutingEvent.OfferAnswered(TASK, AGENT));
            server.advance(Duration.ofSeconds(25));
            server.deliver(new RoutingEvent.CallbackFailed(TASK, reason));
            server.advance(Duration.ofMinutes(10));
            server.deliver(new RoutingEvent.Tick());
        }

        JsonArray failed = server.get("sup-region", "/api/calls?" + DAY + "&outcome=callback_failed").bodyAsJsonObject()
                .getJsonArray("calls");
        JsonArray hotlines = server.get("sup-region", "/api/reports/hotlines?" + DAY + "&interval=1d").bodyAsJsonObject()
                .getJsonArray("rows");

        assertThat(failed).hasSize(1);
        JsonObject task = failed.getJsonObject(0);
        assertThat(task.getString("id")).isEqualTo("c1-cb");
        assertThat(task.getString("kind")).isEqualTo("callback");
        assertThat(task.getInteger("attempts")).isEqualTo(3);
        assertThat(task.getString("callbackResult")).isEqualTo("BUSY");
        assertThat(task.getString("answeredAt")).isNull();
        assertThat(task.getString("endedAt")).isEqualTo("2026-05-11T09:21:30+02:00");
        assertThat(hotlines).extracting(row -> ((JsonObject) row).getLong("callbacksMade")).containsExactly(0L);
    }
}
