package org.numvert.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sessions and CSRF, bearer tokens, roles, and the signed-in user's own resource, over real HTTP. */
class ApiAccessHttpTest {
    private SecuredServer server;

    @BeforeEach
    void start() throws Exception {
        server = SecuredServer.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void meTellsWhoIsLoggedInWithTheCsrfTokenButNoSecret() throws Exception {
        Browser agent = server.loggedIn("agent-region");

        JsonObject me = agent.get("/api/me").bodyAsJsonObject();

        assertThat(me.getString("login")).isEqualTo("agent-region");
        assertThat(me.getString("role")).isEqualTo("agent");
        assertThat(me.getString("organisation")).isEqualTo("REGION");
        assertThat(me.getString("agentId")).isEqualTo("agent-region");
        assertThat(me.getBoolean("canEditFaq")).isFalse();
        assertThat(me.getString("authentication")).isEqualTo("session");
        assertThat(me.getString("csrfToken")).isEqualTo(agent.csrf);
        assertThat(me.encode()).doesNotContain(SecuredServer.passwordOf("agent-region"), "pbkdf2", "password");
    }

    @Test
    void stateChangingRequestsNeedTheCsrfToken() throws Exception {
        Browser agent = server.loggedIn("agent-region");
        agent.sendCsrf = false;

        HttpResponse<Buffer> refused = agent.post("/api/probe", new JsonObject());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.bodyAsJsonObject().getString("error")).contains("CSRF");
        assertThat(agent.post("/api/me/tokens", new JsonObject().put("name", "x")).statusCode()).isEqualTo(403);
        assertThat(agent.delete("/api/probe").statusCode()).isEqualTo(403);

        agent.sendCsrf = true;
        assertThat(agent.post("/api/probe", new JsonObject()).bodyAsJsonObject().getString("login"))
                .isEqualTo("agent-region");
        String stolen = agent.csrf;
        agent.csrf = SecuredServer.tampered(stolen);
        assertThat(agent.put("/api/probe", new JsonObject()).statusCode()).as("a wrong token").isEqualTo(403);
        assertThat(agent.get("/api/probe").statusCode()).as("reads need none").isEqualTo(200);
    }

    @Test
    void aCsrfTokenOfAnotherSessionDoesNotPass() throws Exception {
        Browser mine = server.loggedIn("agent-region");
        Browser other = server.loggedIn("agent-adocc");
        other.csrf = mine.csrf;

        assertThat(other.post("/api/probe", new JsonObject()).statusCode()).isEqualTo(403);
    }

    @Test
    void bearerTokensWorkWithoutCsrfUntilRevoked() throws Exception {
        Browser owner = server.loggedIn("sup-adocc");
        JsonObject created = owner.post("/api/me/tokens", new JsonObject().put("name", "export nocturne"))
                .bodyAsJsonObject();
        String secret = created.getString("token");
        assertThat(secret).startsWith("nvt_").hasSizeGreaterThan(40);

        Browser script = server.browser();
        script.bearer = secret;
        JsonObject me = script.get("/api/me").bodyAsJsonObject();
        assertThat(me.getString("login")).isEqualTo("sup-adocc");
        assertThat(me.getString("authentication")).isEqualTo("token");
        assertThat(me.containsKey("csrfToken")).isFalse();
        assertThat(script.post("/api/probe", new JsonObject()).statusCode()).isEqualTo(200);
        assertThat(script.get("/metrics").statusCode()).isEqualTo(200);

        JsonArray listed = owner.get("/api/me/tokens").bodyAsJsonArray();
        assertThat(listed).hasSize(1);
        assertThat(listed.getJsonObject(0).getString("name")).isEqualTo("export nocturne");
        assertThat(listed.getJsonObject(0).getString("lastUsedAt")).isNotNull();
        assertThat(listed.encode()).doesNotContain(secret);

        assertThat(owner.delete("/api/me/tokens/" + created.getLong("id")).statusCode()).isEqualTo(204);
        assertThat(script.get("/api/me").statusCode()).isEqualTo(401);
        assertThat(owner.delete("/api/me/tokens/" + created.getLong("id")).statusCode()).isEqualTo(404);
    }

    @Test
    void badBearersAreRefusedEvenWithAValidSession() throws Exception {
        Browser browser = server.loggedIn("admin");
        browser.bearer = "nvt_not-a-real-token";
        assertThat(browser.get("/api/me").statusCode()).isEqualTo(401);

        Browser basic = server.browser();
        HttpResponse<Buffer> answer = SecuredServer.await(server.client.get(server.port, "127.0.0.1", "/api/me")
                .putHeader("Authorization", "Basic YWRtaW46YWRtaW4=").send());
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.bodyAsJsonObject().getString("error")).contains("Bearer");
        assertThat(basic.cookie).isNull();
    }

    @Test
    void aTokenCannotMintCredentials() throws Exception {
        Browser script = server.browser();
        script.bearer = server.tokenFor("admin");

        assertThat(script.post("/api/me/tokens", new JsonObject().put("name", "more")).statusCode()).isEqualTo(403);
        assertThat(script.post("/api/me/password", new JsonObject().put("currentPassword", "x")
                .put("newPassword", "Another-Password-1")).statusCode()).isEqualTo(403);
    }

    @Test
    void tokensCarryTheirOwnersCurrentRole() throws Exception {
        String token = server.tokenFor("agent-region");
        Browser script = server.browser();
        script.bearer = token;

        assertThat(script.get("/metrics").statusCode()).isEqualTo(403);
        assertThat(script.get("/api/users").statusCode()).isEqualTo(403);
        assertThat(script.get("/api/audit").statusCode()).isEqualTo(403);

        server.browser().bearer = null;
        Browser admin = server.loggedIn("admin");
        admin.put("/api/users/agent-region", new JsonObject().put("role", "supervisor"));
        assertThat(script.get("/metrics").statusCode()).isEqualTo(200);

        admin.delete("/api/users/agent-region");
        assertThat(script.get("/api/me").statusCode()).as("owner disabled").isEqualTo(401);
    }

    @Test
    void rolesAreEnforcedOnTheServer() throws Exception {
        Browser agent = server.loggedIn("agent-adocc");
        Browser supervisor = server.loggedIn("sup-region");
        Browser admin = server.loggedIn("admin");

        HttpResponse<Buffer> forbidden = agent.get("/api/users");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.bodyAsJsonObject().getString("error")).isEqualTo("requires role admin");
        assertThat(supervisor.get("/api/users").statusCode()).isEqualTo(403);
        assertThat(supervisor.post("/api/users", new JsonObject()).statusCode()).isEqualTo(403);
        assertThat(admin.get("/api/users").statusCode()).isEqualTo(200);
        assertThat(agent.get("/metrics").statusCode()).isEqualTo(403);
        assertThat(supervisor.get("/metrics").getHeader("content-type")).startsWith("text/plain");
        assertThat(agent.page("/admin/users").statusCode()).isEqualTo(403);
        assertThat(agent.page("/admin/users").bodyAsString()).contains("Accès refusé");
        assertThat(admin.page("/admin/users").bodyAsString()).contains("<h1>Utilisateurs</h1>");
        assertThat(agent.page("/account").bodyAsString()).contains("<h1>Mon compte</h1>");
    }

    @Test
    void changingOnesPasswordNeedsTheCurrentOneAndEndsOtherSessions() throws Exception {
        Browser here = server.loggedIn("sup-region");
        Browser elsewhere = server.loggedIn("sup-region");
        String newPassword = "Nouveau-mot-de-passe-2025";

        HttpResponse<Buffer> wrong = here.post("/api/me/password", new JsonObject()
                .put("currentPassword", "not-it-at-all").put("newPassword", newPassword));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(here.post("/api/me/password", new JsonObject().put("currentPassword",
                SecuredServer.passwordOf("sup-region")).put("newPassword", "short")).statusCode()).isEqualTo(400);

        HttpResponse<Buffer> changed = here.post("/api/me/password", new JsonObject()
                .put("currentPassword", SecuredServer.passwordOf("sup-region")).put("newPassword", newPassword));

        assertThat(changed.statusCode()).isEqualTo(204);
        assertThat(changed.bodyAsString()).isNull();
        assertThat(here.get("/api/me").bodyAsJsonObject().getString("csrfToken")).isEqualTo(here.csrf);
        assertThat(here.post("/api/probe", new JsonObject()).statusCode()).isEqualTo(200);
        assertThat(elsewhere.get("/api/me").statusCode()).isEqualTo(401);
        assertThat(server.browser().submitLogin("sup-region", newPassword).statusCode()).isEqualTo(303);
        assertThat(server.browser().submitLogin("sup-region", SecuredServer.passwordOf("sup-region")).statusCode())
                .isEqualTo(401);
    }

    @Test
    void badInputIsA4xxWithAReason() throws Exception {
        Browser agent = server.loggedIn("agent-region");

        HttpResponse<Buffer> noName = agent.post("/api/me/tokens", new JsonObject().put("name", 12));
        assertThat(noName.statusCode()).isEqualTo(400);
        assertThat(noName.bodyAsJsonObject().getString("error")).isEqualTo("name: must be a string");
        assertThat(agent.post("/api/me/tokens", new JsonObject().put("name", " ")).statusCode()).isEqualTo(400);
        assertThat(agent.post("/api/me/tokens", null).bodyAsJsonObject().getString("error"))
                .contains("JSON object body");
        assertThat(agent.delete("/api/me/tokens/abc").statusCode()).isEqualTo(404);
    }
}
