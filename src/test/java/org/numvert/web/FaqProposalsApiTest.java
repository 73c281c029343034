package org.numvert.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.numvert.faq.FaqProposals;
import org.numvert.faq.SearchLog;
import org.numvert.store.FaqActivityRepository;
import org.numvert.store.FaqProposalRepository;

/**
 * Agents' proposed changes over real HTTP, on the fixture FAQ in a real database: an agent
 * proposes, an editor reviews the texts and accepts (a new revision, found by the next search) or
 * refuses with a reason, and the agent reads the outcome.
 */
class FaqProposalsApiTest {
    private static final String AGENT = "ana,AGENT,REGION";
    private static final String EDITOR = "ed,AGENT,REGION,editor";
    private static final String SUPERVISOR = "sam,SUPERVISOR,REGION";
    private static final String NEW_SENTENCE = "Des masques zebulon sont remis aux artisans le mardi.";

    private FaqServer server;
    private WebClient client;
    private int port;

    @BeforeEach
    void start() throws Exception {
        server = new FaqServer((database, faq, workers) -> List.of(
                new FaqApi(faq, new FaqActivityRepository(database), new SearchLog(100), workers, new SimpleMeterRegistry()),
                new FaqProposalsApi(faq, new FaqProposals(faq, new FaqProposalRepository(database), Clock.systemUTC()),
                        workers, Clock.systemUTC())));
        client = server.client;
        port = server.port;
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void anAcceptedProposalIsANewRevisionFoundByTheNextSearchAndTheAgentLearnsIt() throws Exception {
        JsonObject article = get("/api/faq/articles/masques", AGENT).bodyAsJsonObject();
        HttpResponse<Buffer> proposed = post("/api/faq/articles/masques/proposals", AGENT, new JsonObject()
                .put("title", article.getString("title")).put("body", article.getString("body") + "\n\n" + NEW_SENTENCE)
                .put("note", "Distribution aux artisans").put("revision", 1));
        assertThat(proposed.statusCode()).isEqualTo(201);
        long id = proposed.bodyAsJsonObject().getLong("id");

        JsonArray open = get("/api/faq/proposals?status=OPEN", EDITOR).bodyAsJsonObject().getJsonArray("proposals");
        assertThat(open).hasSize(1);
        JsonObject listed = open.getJsonObject(0);
        assertThat(listed.getString("articleTitle")).isEqualTo(article.getString("title"));
        assertThat(listed.getString("proposedBy")).isEqualTo("ana");
        assertThat(listed.getString("note")).isEqualTo("Distribution aux artisans");
        assertThat(listed.getJsonObject("current").getString("body")).isEqualTo(article.getString("body"));
        assertThat(listed.getJsonObject("proposed").getString("body")).endsWith(NEW_SENTENCE);
        assertThat(listed.getJsonObject("proposed").getBoolean("titleChanged")).as("same title sent").isFalse();
        assertThat(listed.getJsonObject("proposed").getBoolean("bodyChanged")).isTrue();
        assertThat(get("/api/faq/proposals", SUPERVISOR).bodyAsJsonObject().getJsonArray("proposals")).hasSize(1);
        assertThat(ids("zebulon")).isEmpty();

        HttpResponse<Buffer> accepted = post("/api/faq/proposals/" + id + "/accept", EDITOR, new JsonObject());

        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(accepted.bodyAsJsonObject().getString("status")).isEqualTo("ACCEPTED");
        assertThat(accepted.bodyAsJsonObject().getInteger("resultRevision")).isEqualTo(2);
        assertThat(ids("zebulon artisans")).containsExactly("masques");
        JsonObject revision = get("/api/faq/articles/masques/revisions", AGENT).bodyAsJsonObject()
                .getJsonArray("revisions").getJsonObject(0);
        assertThat(revision.getString("changedBy")).isEqualTo("ed");
        assertThat(revision.getString("note")).isEqualTo("Proposition de ana acceptée");
        JsonObject mine = get("/api/faq/proposals/mine", AGENT).bodyAsJsonObject().getJsonArray("proposals")
                .getJsonObject(0);
        assertThat(mine.getString("status")).isEqualTo("ACCEPTED");
        assertThat(mine.getString("decidedBy")).isEqualTo("ed");
        assertThat(get("/api/faq/proposals", EDITOR).bodyAsJsonObject().getJsonArray("proposals")).isEmpty();
        assertThat(get("/api/faq/proposals?status=accepted", EDITOR).bodyAsJsonObject().getJsonArray("proposals"))
                .hasSize(1);
    }

    @Test
    void aRefusalCarriesItsReasonToTheAgentAndAProposalIsDecidedOnce() throws Exception {
        long id = proposeNote("masques", "Le lien vers la carte des pharmacies ne marche plus");

        HttpResponse<Buffer> withoutReason = post("/api/faq/proposals/" + id + "/reject", EDITOR, new JsonObject());
        HttpResponse<Buffer> noText = post("/api/faq/proposals/" + id + "/accept", EDITOR, new JsonObject());
        HttpResponse<Buffer> refused = post("/api/faq/proposals/" + id + "/reject", EDITOR,
                new JsonObject().put("reason", "Le lien fonctionne, vérifié ce matin"));

        assertError(withoutReason, 400);
        assertError(noText, 400);
        assertThat(refused.statusCode()).isEqualTo(200);
        JsonObject mine = get("/api/faq/proposals/mine", AGENT).bodyAsJsonObject().getJsonArray("proposals")
                .getJsonObject(0);
        assertThat(mine.getString("status")).isEqualTo("REJECTED");
        assertThat(mine.getString("decisionNote")).isEqualTo("Le lien fonctionne, vérifié ce matin");
        assertError(post("/api/faq/proposals/" + id + "/reject", EDITOR, new JsonObject().put("reason", "encore")), 409);
        assertError(post("/api/faq/proposals/" + id + "/accept", EDITOR,
                new JsonObject().put("body", "Nouveau texte")), 409);
        assertThat(get("/api/faq/articles/masques", AGENT).bodyAsJsonObject().getInteger("revision")).isEqualTo(1);
    }

    @Test
    void onlyEditorsSeeAndDecideProposals() throws Exception {
        long id = proposeNote("masques", "Ajouter les masques pour enfants");

        assertError(get("/api/faq/proposals", AGENT), 403);
        assertError(post("/api/faq/proposals/" + id + "/accept", AGENT, new JsonObject().put("body", "x")), 403);
        assertError(post("/api/faq/proposals/" + id + "/reject", AGENT, new JsonObject().put("reason", "non")), 403);
        assertThat(get("/api/faq/proposals/mine", "bob,AGENT,REGION").bodyAsJsonObject().getJsonArray("proposals"))
                .as("another agent's proposals are not mine").isEmpty();
        assertThat(get("/api/faq/articles/masques", AGENT).bodyAsJsonObject().getInteger("revision")).isEqualTo(1);
    }

    @Test
    void anArticleChangedSinceTheProposalIsAConflictUntilTheEditorReviewsTheCurrentRevision() throws Exception {
        JsonObject article = get("/api/faq/articles/masques", AGENT).bodyAsJsonObject();
        long id = post("/api/faq/articles/masques/proposals", AGENT, new JsonObject()
                .put("body", article.getString("body") + "\n\n" + NEW_SENTENCE).put("note", "artisans")
                .put("revision", 1)).bodyAsJsonObject().getLong("id");
        JsonObject edited = article.copy().put("title", "Masques : distribution et commandes").put("revision", 1);
        assertThat(send(client.put(port, "127.0.0.1", "/api/faq/articles/masques"), SUPERVISOR, edited).statusCode())
                .isEqualTo(200);
        assertThat(get("/api/faq/proposals", EDITOR).bodyAsJsonObject().getJsonArray("proposals").getJsonObject(0)
                .getBoolean("changedSince")).isTrue();

        HttpResponse<Buffer> stale = post("/api/faq/proposals/" + id + "/accept", EDITOR, new JsonObject());
        HttpResponse<Buffer> reviewed = post("/api/faq/proposals/" + id + "/accept", EDITOR, new JsonObject()
                .put("title", "Masques : distribution et commandes").put("revision", 2).put("note", "titre gardé"));

        assertError(stale, 409);
        assertThat(reviewed.statusCode()).isEqualTo(200);
        JsonObject now = get("/api/faq/articles/masques", AGENT).bodyAsJsonObject();
        assertThat(now.getInteger("revision")).isEqualTo(3);
        assertThat(now.getString("title")).isEqualTo("Masques : distribution et commandes");
        assertThat(now.getString("body")).endsWith(NEW_SENTENCE);
        assertThat(get("/api/faq/articles/masques/revisions", AGENT).bodyAsJsonObject().getJsonArray("revisions")
                .getJsonObject(0).getString("note")).isEqualTo("Proposition de ana acceptée : titre gardé");
    }

    @Test
    void badInputIs400AndUnknownOrHiddenThingsAre404WithAJsonReason() throws Exception {
        String path = "/api/faq/articles/masques/proposals";
        for (JsonObject bad : List.of(new JsonObject().put("revision", 1), new JsonObject().put("note", " ").put("revision", 1),
                new JsonObject().put("note", "sans révision"), new JsonObject().put("note", "x").put("revision", "1"),
                new JsonObject().put("note", "x").put("revision", 9), new JsonObject().put("note", "x").put("revision", 1).put("title", ""),
                new JsonObject().put("note", "x".repeat(1001)).put("revision", 1), new JsonObject().put("note", 3).put("revision", 1))) {
            assertError(post(path, AGENT, bad), 400);
        }
        assertError(await(client.post(port, "127.0.0.1", path).putHeader("x-test-user", AGENT)
                .sendBuffer(Buffer.buffer("{pas du json"))), 400);
        JsonObject fine = new JsonObject().put("note", "x").put("revision", 1);
        assertError(post("/api/faq/articles/nothing/proposals", AGENT, fine), 404);
        assertError(post("/api/faq/articles/teletravail-agents/proposals", "ana,AGENT,ADOCC", fine), 404);
        assertError(post("/api/faq/proposals/999/accept", EDITOR, new JsonObject().put("body", "x")), 404);
        assertError(post("/api/faq/proposals/abc/reject", EDITOR, new JsonObject().put("reason", "x")), 404);
        assertError(get("/api/faq/proposals?status=MAYBE", EDITOR), 400);
        assertError(get("/api/faq/proposals", null), 401);
        assertThat(get("/api/faq/proposals/mine", AGENT).bodyAsJsonObject().getJsonArray("proposals")).isEmpty();
    }

    @Test
    void aProposalIsNotAnUnhelpfulVoteNorARemark() throws Exception {
        proposeNote("masques", "Préciser les horaires de retrait");

        assertThat(get("/api/faq/analytics/unhelpful", SUPERVISOR).bodyAsJsonObject().getJsonArray("articles")).isEmpty();
        assertThat(get("/api/faq/analytics/comments", SUPERVISOR).bodyAsJsonObject().getJsonArray("comments")).isEmpty();
        assertThat(get("/api/faq/proposals", SUPERVISOR).bodyAsJsonObject().getJsonArray("proposals").getJsonObject(0)
                .getValue("proposed")).as("a note alone proposes no text").isNull();
    }

    private long proposeNote(String article, String note) throws Exception {
        HttpResponse<Buffer> response = post("/api/faq/articles/" + article + "/proposals", AGENT,
                new JsonObject().put("note", note).put("revision", 1));
        assertThat(response.statusCode()).isEqualTo(201);
        return response.bodyAsJsonObject().getLong("id");
    }

    private List<String> ids(String query) throws Exception {
        HttpResponse<Buffer> response = get("/api/faq/search?q=" + query.replace(' ', '+'), AGENT);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.bodyAsJsonObject().getJsonArray("hits").stream().map(h -> ((JsonObject) h).getString("id")).toList();
    }

    private static void assertError(HttpResponse<Buffer> response, int status) {
        assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(status);
        assertThat(response.getHeader("content-type")).startsWith("application/json");
        assertThat(response.bodyAsJsonObject().getString("error")).isNotBlank();
    }

    private HttpResponse<Buffer> get(String uri, String user) throws Exception {
        HttpRequest<Buffer> request = client.get(port, "127.0.0.1", uri);
        if (user != null) {
            request.putHeader("x-test-user", user);
        }
        return await(request.send());
    }

    private HttpResponse<Buffer> post(String uri, String user, JsonObject body) throws Exception {
        return send(client.post(port, "127.0.0.1", uri), user, body);
    }

    private static HttpResponse<Buffer> send(HttpRequest<Buffer> request, String user, JsonObject body) throws Exception {
        return await(request.putHeader("x-test-user", user).sendJsonObject(body));
    }

    private static <T> T await(Future<T> future) throws Exception {
        return FaqServer.await(future);
    }
}
