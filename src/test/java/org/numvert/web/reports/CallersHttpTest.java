package org.numvert.web.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.numvert.store.AuditEntry;
import org.numvert.web.Principal;
import org.numvert.web.Role;

/** A caller's requests about their data over real HTTP: access, erasure, the audit trail, who may. */
class CallersHttpTest {
    private RecordsServer server;

    @BeforeEach
    void morning() throws Exception {
        server = new RecordsServer(ReportsHttpTest.NINE);
        ReportsHttpTest.morningOf(server);
    }

    @AfterEach
    void close() throws Exception {
        server.close();
    }

    @Test
    void aCallerSeesTheirCallsWhateverTheWritingOfTheirNumber() throws Exception {
        server.note("c1", "agent-adocc", "Dossier PME 42, rappeler M. Durand");
        server.advance(java.time.Duration.ofMinutes(1));
        server.note("c1", "agent-region", "Transféré aux aides");

        JsonObject found = server.post("sup-region", "/api/callers/lookup", new JsonObject().put("number", "+33 6 12 34 56 78"))
                .bodyAsJsonObject();

        assertThat(found.getJsonArray("calls")).extracting(c -> ((JsonObject) c).getString("id"))
                .containsExactly("c4", "c1");
        assertThat(found.getLong("events")).isEqualTo(3);
        assertThat(found.getJsonArray("calls").getJsonObject(1).getString("note"))
                .as("two agents' notes, newest first").isEqualTo("agent-region : Transféré aux aides\n"
                        + "agent-adocc : Dossier PME 42, rappeler M. Durand");
        assertThat(found.getString("reference")).startsWith("caller:").hasSize(19);
        assertThat(found.encode()).doesNotContain("12345678");
        assertThat(audit()).first().satisfies(entry -> {
            assertThat(entry.record().action()).isEqualTo("caller.lookup");
            assertThat(entry.record().target()).isEqualTo(found.getString("reference"));
            assertThat(entry.record().actor()).isEqualTo("sup-region");
            assertThat(entry.toString()).doesNotContain("612345678");
        });
    }

    @Test
    void erasureRemovesNumberKeyAndNotesEverywhereAndKeepsTheFigures() throws Exception {
        server.note("c1", "agent-adocc", "Dossier PME 42, rappeler M. Durand");
        server.note("c4", "agent-adocc", "Même dossier");
        server.note("c2", "agent-region", "Horaires donnés");
        String groupsBefore = server.get("sup-region", "/api/reports/groups?from=2026-05-11&interval=1d").bodyAsString();

        JsonObject erased = server.post("admin", "/api/callers/erase", new JsonObject().put("number", "0612345678"))
                .bodyAsJsonObject();

        assertThat(erased.getLong("calls")).isEqualTo(2);
        assertThat(erased.getLong("events")).isEqualTo(3);
        assertThat(erased.getLong("notes")).isEqualTo(2);
        assertThat(server.post("sup-region", "/api/callers/lookup", new JsonObject().put("number", "0612345678"))
                .bodyAsJsonObject().getJsonArray("calls")).isEmpty();
        JsonObject c1 = server.get("sup-region", "/api/calls?from=2026-05-11&limit=1").bodyAsJsonObject()
                .getJsonArray("calls").getJsonObject(0);
        assertThat(c1.getString("caller")).isEqualTo("effacé");
        assertThat(c1.getValue("note")).isNull();
        assertThat(server.get("sup-region", "/api/calls?from=2026-05-11").bodyAsJsonObject().getJsonArray("calls")
                .stream().map(JsonObject.class::cast).filter(c -> c.getString("note") != null)
                .map(c -> c.getString("id") + ": " + c.getString("note")).toList())
                .containsExactly("c2: Horaires donnés");
        assertThat(server.get("sup-region", "/api/reports/groups?from=2026-05-11&interval=1d").bodyAsString())
                .isEqualTo(groupsBefore);
        assertThat(audit()).filteredOn(entry -> entry.record().action().equals("caller.erase")).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.record().detail()).isEqualTo("2 call(s), 3 event(s), 2 note(s) erased");
                    assertThat(entry.record().target()).isEqualTo(erased.getString("reference"));
                });
    }

    @Test
    void onlyTheRegionsSupervisorsAndAdministratorsHandleRequests() throws Exception {
        JsonObject number = new JsonObject().put("number", "0612345678");
        assertThat(server.post("sup-adocc", "/api/callers/lookup", number).statusCode()).isEqualTo(403);
        assertThat(server.post("agent-region", "/api/callers/erase", number).statusCode()).isEqualTo(403);
        assertThat(server.post(null, "/api/callers/erase", number).statusCode()).isEqualTo(401);
        assertThat(server.post("sup-region", "/api/callers/lookup", new JsonObject().put("number", "hello"))
                .statusCode()).isEqualTo(400);
        assertThat(server.post("sup-region", "/api/callers/erase", new JsonObject()).statusCode()).isEqualTo(400);
        HttpResponse<Buffer> malformed = server.await(server.request(HttpMethod.POST, "sup-region", "/api/callers/lookup")
                .putHeader("content-type", "application/json").sendBuffer(Buffer.buffer("{\"number\":")));
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(server.get("sup-region", "/api/callers/lookup").statusCode()).as("no number in URLs").isEqualTo(404);
    }

    private List<AuditEntry> audit() throws Exception {
        return server.await(server.audit.visibleTo(new Principal("admin", Role.ADMIN,
                org.numvert.routing.Organisation.REGION, false, Optional.empty()), 0, 10));
    }
}
