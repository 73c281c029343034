package org.numvert.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.numvert.routing.Organisation;
import org.numvert.store.SessionRepository;
import org.numvert.web.Role;

/** User management by administrators and the audit trail it leaves, over real HTTP. */
class UsersApiHttpTest {
    private static final String PASSWORD = "Mot-de-passe-initial-1";

    private SecuredServer server;
    private Browser admin;

    @BeforeEach
    void start() throws Exception {
        server = SecuredServer.start();
        admin = server.loggedIn("admin");
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void anAdministratorCreatesAnAgentWhoCanLogIn() throws Exception {
        HttpResponse<Buffer> created = admin.post("/api/users", new JsonObject().put("login", "Camille.Martin")
                .put("displayName", "Camille Martin").put("role", "agent").put("organisation", "adocc")
                .put("faqEditor", true).put("password", PASSWORD));

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.getHeader("Location")).isEqualTo("/api/users/camille.martin");
        JsonObject user = created.bodyAsJsonObject();
        assertThat(user.getString("login")).isEqualTo("camille.martin");
        assertThat(user.getString("agentId")).isEqualTo("camille.martin");
        assertThat(user.getString("organisation")).isEqualTo("ADOCC");
        assertThat(user.getBoolean("faqEditor")).isTrue();
        assertThat(created.bodyAsString()).doesNotContain(PASSWORD, "pbkdf2", "password");
        assertThat(admin.get("/api/users").bodyAsJsonArray().stream().map(o -> ((JsonObject) o).getString("login")))
                .contains("camille.martin", "admin");
        assertThat(admin.get("/api/users").bodyAsString()).doesNotContain("pbkdf2");

        Browser camille = server.browser();
        camille.login("camille.martin", PASSWORD);
        assertThat(camille.get("/api/me").bodyAsJsonObject().getBoolean("canEditFaq")).isTrue();
        assertThat(server.accounts.agents()).extracting(AgentAccount::login).contains("camille.martin");
    }

    @Test
    void badUsersAreRefusedWithTheirReason() throws Exception {
        JsonObject valid = new JsonObject().put("login", "lea").put("displayName", "Léa").put("role", "supervisor")
                .put("organisation", "REGION").put("password", PASSWORD);

        assertThat(error(admin.post("/api/users", valid.copy().put("login", "x y")), 400)).startsWith("login:");
        assertThat(error(admin.post("/api/users", valid.copy().put("role", "boss")), 400))
                .isEqualTo("role: one of [agent, supervisor, admin]");
        assertThat(error(admin.post("/api/users", without(valid, "organisation")), 400))
                .isEqualTo("organisation: required");
        assertThat(error(admin.post("/api/users", valid.copy().put("password", "court")), 400)).startsWith("password:");
        assertThat(error(admin.post("/api/users", valid.copy().put("password", "lea")), 400)).startsWith("password:");
        assertThat(error(admin.post("/api/users", valid.copy().put("role", "agent").put("agentId", "someone-else")), 400))
                .startsWith("agentId:");
        assertThat(error(admin.post("/api/users", valid.copy().put("faqEditor", "yes")), 400))
                .isEqualTo("faqEditor: must be true or false");
        assertThat(admin.post("/api/users", valid).statusCode()).isEqualTo(201);
        assertThat(error(admin.post("/api/users", valid), 409)).contains("already taken");
        assertThat(error(admin.put("/api/users/nobody", new JsonObject().put("displayName", "X")), 404))
                .contains("nobody");
    }

    @Test
    void editsChangeOnlyWhatIsGiven() throws Exception {
        JsonObject updated = admin.put("/api/users/sup-adocc", new JsonObject().put("displayName", "Inès (AD'OCC)")
                .put("agentId", "sup-adocc")).bodyAsJsonObject();

        assertThat(updated.getString("displayName")).isEqualTo("Inès (AD'OCC)");
        assertThat(updated.getString("role")).isEqualTo("supervisor");
        assertThat(updated.getString("organisation")).isEqualTo("ADOCC");
        assertThat(updated.getString("agentId")).isEqualTo("sup-adocc");
        JsonObject cleared = admin.put("/api/users/sup-adocc", new JsonObject().putNull("agentId")).bodyAsJsonObject();
        assertThat(cleared.getString("agentId")).isNull();
        assertThat(error(admin.put("/api/users/sup-region", new JsonObject().put("agentId", "agent-region")), 409))
                .contains("agent id already taken");
    }

    @Test
    void disablingAUserEndsItsSessionsAndAdministratorsCannotLockThemselvesOut() throws Exception {
        Browser agent = server.loggedIn("agent-region");
        SessionRepository sessions = new SessionRepository(server.database);
        String stored = DatabaseSessionStore.digest(agent.cookie);
        assertThat(sessions.find(stored, Instant.now())).isPresent();

        assertThat(admin.delete("/api/users/agent-region").statusCode()).isEqualTo(204);
        assertThat(sessions.find(stored, Instant.now())).as("its sessions deleted at once").isEmpty();
        assertThat(agent.get("/api/me").statusCode()).isEqualTo(401);
        assertThat(server.browser().submitLogin("agent-region", SecuredServer.passwordOf("agent-region")).statusCode())
                .isEqualTo(401);
        assertThat(admin.get("/api/users/agent-region").bodyAsJsonObject().getBoolean("enabled")).isFalse();
        assertThat(admin.put("/api/users/agent-region", new JsonObject().put("enabled", true)).statusCode()).isEqualTo(200);
        assertThat(server.browser().submitLogin("agent-region", SecuredServer.passwordOf("agent-region")).statusCode())
                .isEqualTo(303);

        assertThat(error(admin.delete("/api/users/admin"), 409)).contains("your own account");
        assertThat(error(admin.put("/api/users/admin", new JsonObject().put("role", "agent")), 409))
                .contains("your own administrator role");
    }

    @Test
    void theLastAdministratorStaysOne() {
        server.accounts.create("admin2", new AccountDetails("Admin 2", Role.ADMIN, Organisation.REGION, false,
                Optional.empty()), PASSWORD);
        server.accounts.setEnabled("admin2", false);

        assertThatThrownBy(() -> server.accounts.setEnabled("admin", false))
                .hasMessageContaining("last enabled administrator");
    }

    @Test
    void anAdministratorResetsPasswordsAndRevokesTokens() throws Exception {
        Browser agent = server.loggedIn("agent-adocc");
        String token = server.tokenFor("agent-adocc");

        assertThat(admin.post("/api/users/agent-adocc/password", new JsonObject().put("password", PASSWORD))
                .statusCode()).isEqualTo(204);
        assertThat(agent.get("/api/me").statusCode()).isEqualTo(401);
        server.browser().login("agent-adocc", PASSWORD);

        JsonArray tokens = admin.get("/api/users/agent-adocc/tokens").bodyAsJsonArray();
        assertThat(tokens).hasSize(1);
        long id = tokens.getJsonObject(0).getLong("id");
        assertThat(admin.delete("/api/users/agent-adocc/tokens/" + id).statusCode()).isEqualTo(204);
        Browser script = server.browser();
        script.bearer = token;
        assertThat(script.get("/api/me").statusCode()).isEqualTo(401);
        assertThat(admin.delete("/api/users/admin/tokens/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void supervisorsReadTheirOrganisationsAuditEntriesAdministratorsAll() throws Exception {
        admin.post("/api/users", new JsonObject().put("login", "nouvel-agent").put("displayName", "Nouvel agent")
                .put("role", "agent").put("organisation", "ADOCC").put("password", PASSWORD));
        Browser adocc = server.loggedIn("sup-adocc");
        adocc.post("/api/me/tokens", new JsonObject().put("name", "tableau"));
        Browser region = server.loggedIn("sup-region");

        List<String> all = actions(admin.get("/api/audit"));
        assertThat(all).containsExactly("token.create by sup-adocc", "user.create by admin");
        assertThat(actions(region.get("/api/audit"))).containsExactly("user.create by admin");
        assertThat(actions(adocc.get("/api/audit"))).containsExactly("token.create by sup-adocc");
        JsonObject entry = admin.get("/api/audit?limit=1").bodyAsJsonObject().getJsonArray("entries").getJsonObject(0);
        assertThat(entry.getString("target")).isEqualTo("sup-adocc");
        assertThat(actions(admin.get("/api/audit?before=" + entry.getLong("id")))).containsExactly("user.create by admin");
        assertThat(server.loggedIn("agent-region").get("/api/audit").statusCode()).isEqualTo(403);
        assertThat(error(admin.get("/api/audit?limit=0"), 400)).startsWith("limit:");
    }

    private static JsonObject without(JsonObject json, String key) {
        JsonObject copy = json.copy();
        copy.remove(key);
        return copy;
    }

    private static List<String> actions(HttpResponse<Buffer> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        return response.bodyAsJsonObject().getJsonArray("entries").stream().map(JsonObject.class::cast)
                .map(e -> e.getString("action") + " by " + e.getString("actor")).toList();
    }

    private static String error(HttpResponse<Buffer> response, int status) {
        assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(status);
        return response.bodyAsJsonObject().getString("error");
    }
}
