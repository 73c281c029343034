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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.numvert.faq.Article;
import org.numvert.faq.Audience;
import org.numvert.faq.Faq;
import org.numvert.faq.SearchLog;
import org.numvert.store.FaqActivityRepository;

/** The FAQ API over real HTTP, on the fixture FAQ, with a principal set by a test handler. */
class FaqApiTest {
    private final SearchLog searchLog = new SearchLog(1_000);
    private FaqServer server;
    private FaqActivityRepository activity;
    private Faq faq;
    private WebClient client;
    private int port;

    @BeforeEach
    void start() throws Exception {
        server = new FaqServer((database, faq, workers) -> {
            activity = new FaqActivityRepository(database);
            return List.of(new FaqApi(faq, activity, searchLog, workers, new SimpleMeterRegistry()));
        });
        faq = server.faq;
        client = server.client;
        port = server.port;
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void searchAnswersHitsWithSnippetsAndFacets() throws Exception {
        HttpResponse<Buffer> response = get("/api/faq/search?q=" + enc("masques tissu") + "&limit=3", "ana,AGENT,REGION");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject body = response.bodyAsJsonObject();
        assertThat(body.fieldNames()).containsExactlyInAnyOrder("total", "tookMs", "hits", "facets");
        JsonObject hit = body.getJsonArray("hits").getJsonObject(0);
        assertThat(hit.fieldNames()).containsExactlyInAnyOrder("id", "title", "snippet", "score", "hotline", "category", "updated");
        assertThat(hit.getString("id")).isEqualTo("masques");
        assertThat(hit.getString("snippet")).contains("<mark>tissu</mark>");
        assertThat(hit.getJsonArray("hotline")).containsExactly("entreprises");
        assertThat(hit.getString("updated")).isEqualTo("2020-05-04");
        assertThat(body.getJsonObject("facets").getJsonObject("category").getInteger("masques")).isEqualTo(1);
        assertThat(body.getJsonArray("hits").size()).isLessThanOrEqualTo(3);
        assertThat(searchLog.drain()).singleElement().satisfies(s -> assertThat(s.query()).isEqualTo("masques tissu"));
    }

    @Test
    void badParametersAre400WithAReason() throws Exception {
        for (String query : List.of("limit=0", "limit=abc", "limit=101", "offset=-1", "colour=red", "q=a&q=b",
                "audience=everyone")) {
            HttpResponse<Buffer> response = get("/api/faq/search?" + query, "ana,AGENT,REGION");
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(response.bodyAsJsonObject().getString("error")).as(query).isNotBlank();
        }
    }

    @Test
    void oddTextGivesASensibleResult() throws Exception {
        for (String text : List.of("", "   ", "x".repeat(10_000), "\" ( ) * : ~ ^ [ ] \\ /", "masques~2^3 AND *:*",
                "été € 🚆 \u0000")) {
            HttpResponse<Buffer> response = get("/api/faq/search?q=" + enc(text), "ana,AGENT,REGION");
            assertThat(response.statusCode()).as(text).isEqualTo(200);
            assertThat(response.bodyAsJsonObject().getLong("total")).isNotNull();
        }
        JsonObject unknownFilter = get("/api/faq/search?q=masques&hotline=nowhere&category=none", "ana,AGENT,REGION")
                .bodyAsJsonObject();
        assertThat(unknownFilter.getLong("total")).isZero();
    }

    @Test
    void anAgentSeesItsAudienceOnly() throws Exception {
        assertThat(ids(get("/api/faq/search?q=" + enc("télétravail agents AD'OCC difficulté"), "ana,AGENT,ADOCC")))
                .contains("accompagnement-adocc").doesNotContain("teletravail-agents");
        assertThat(get("/api/faq/articles/teletravail-agents", "ana,AGENT,ADOCC").statusCode()).isEqualTo(404);
        assertThat(get("/api/faq/articles/teletravail-agents", "sam,SUPERVISOR,ADOCC").statusCode()).isEqualTo(200);
        assertThat(ids(get("/api/faq/search?q=agents&audience=ADOCC", "ana,AGENT,REGION"))).isEmpty();
    }

    @Test
    void everyRouteNeedsAPrincipal() throws Exception {
        HttpResponse<Buffer> response = get("/api/faq/search?q=masques", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.bodyAsJsonObject().getString("error")).isEqualTo("authentication required");
    }

    @Test
    void anEditorsChangeIsFoundByTheNextSearch() throws Exception {
        JsonObject article = get("/api/faq/articles/masques", "ed,AGENT,REGION,editor").bodyAsJsonObject();
        article.put("body", article.getString("body") + "\n\nDu gel hydroalcoolique est aussi distribué.")
                .put("note", "gel").put("revision", 1);
        assertThat(ids(get("/api/faq/search?q=hydroalcoolique", "ana,AGENT,REGION"))).isEmpty();

        HttpResponse<Buffer> saved = send(client.put(port, "127.0.0.1", "/api/faq/articles/masques"), "ed,AGENT,REGION,editor", article);

        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.bodyAsJsonObject().getInteger("revision")).isEqualTo(2);
        assertThat(ids(get("/api/faq/search?q=hydroalcoolique", "ana,AGENT,REGION"))).containsExactly("masques");
        assertThat(send(client.put(port, "127.0.0.1", "/api/faq/articles/masques"), "ed,AGENT,REGION,editor", article)
                .statusCode()).as("stale revision").isEqualTo(409);
        assertThat(send(client.put(port, "127.0.0.1", "/api/faq/articles/masques"), "ana,AGENT,REGION", article)
                .statusCode()).as("not an editor").isEqualTo(403);
        JsonArray revisions = get("/api/faq/articles/masques/revisions", "ana,AGENT,REGION").bodyAsJsonObject()
                .getJsonArray("revisions");
        assertThat(revisions.getJsonObject(0).getString("changedBy")).isEqualTo("ed");
        assertThat(revisions.getJsonObject(0).getString("note")).isEqualTo("gel");
        assertThat(get("/api/faq/articles/masques/revisions/1", "ana,AGENT,REGION").bodyAsJsonObject()
                .getString("body")).doesNotContain("hydroalcoolique");
    }

    @Test
    void anArticleColleaguesFoundHelpfulMovesUpAtOnce() throws Exception {
        List<String> before = ids(get("/api/faq/search?q=confinement", "ana,AGENT,REGION"));
        assertThat(before.subList(0, 2)).containsExactly("trains-ter", "formation-distance");

        for (String agent : List.of("bob", "chloe", "dan", "eve")) {
            assertThat(send(client.post(port, "127.0.0.1", "/api/faq/articles/formation-distance/feedback"),
                    agent + ",AGENT,REGION", new JsonObject().put("helpful", true)).statusCode()).isEqualTo(204);
        }

        assertThat(ids(get("/api/faq/search?q=confinement", "ana,AGENT,REGION")).subList(0, 2))
                .containsExactly("formation-distance", "trains-ter");
        List<String> seen = new java.util.ArrayList<>();
        activity.forEachVerdict(f -> seen.add(f.givenBy() + ":" + f.articleId() + ":" + f.helpful()));
        assertThat(seen).as("what a restart counts again").containsExactly("bob:formation-distance:true",
                "chloe:formation-distance:true", "dan:formation-distance:true", "eve:formation-distance:true");
    }

    @Test
    void theWordsAnAgentSearchedWithFindTheArticleForTheNextAgentUntilAnEditorRemovesThem() throws Exception {
        String words = "un pc pour mon ptit";
        String search = "/api/faq/search?q=" + enc(words);
        assertThat(ids(get(search, "bob,AGENT,REGION"))).doesNotContain("ordinateurs-lyceens");

        assertThat(send(client.post(port, "127.0.0.1", "/api/faq/articles/ordinateurs-lyceens/feedback"),
                "ana,AGENT,REGION", new JsonObject().put("helpful", true).put("searched", words)).statusCode())
                .isEqualTo(204);

        assertThat(ids(get(search, "bob,AGENT,REGION"))).first().isEqualTo("ordinateurs-lyceens");
        String phrasings = "/api/faq/articles/ordinateurs-lyceens/phrasings";
        assertThat(get(phrasings, "bob,AGENT,REGION").statusCode()).as("agents do not list them").isEqualTo(403);
        assertThat(get(phrasings, "ed,AGENT,REGION,editor").bodyAsJsonObject().getJsonArray("phrasings"))
                .containsExactly(words);
        HttpResponse<Buffer> refused = send(client.post(port, "127.0.0.1", phrasings + "/remove"),
                "bob,AGENT,REGION", new JsonObject().put("text", words));
        assertThat(refused.statusCode()).isEqualTo(403);
        HttpResponse<Buffer> bad = send(client.post(port, "127.0.0.1", phrasings + "/remove"),
                "ed,AGENT,REGION,editor", new JsonObject().put("text", 3));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.bodyAsJsonObject().getString("error")).isNotBlank();

        assertThat(send(client.post(port, "127.0.0.1", phrasings + "/remove"), "ed,AGENT,REGION,editor",
                new JsonObject().put("text", words)).statusCode()).isEqualTo(204);
        assertThat(ids(get(search, "bob,AGENT,REGION"))).doesNotContain("ordinateurs-lyceens");
        assertThat(send(client.post(port, "127.0.0.1", phrasings + "/remove"), "ed,AGENT,REGION,editor",
                new JsonObject().put("text", words)).statusCode()).isEqualTo(404);
        List<String> kept = new java.util.ArrayList<>();
        activity.forEachVerdict(f -> kept.add(f.helpful() + ":" + f.searched()));
        assertThat(kept).as("the verdict stays, without the words").containsExactly("true:null");
        assertThat(send(client.post(port, "127.0.0.1", "/api/faq/articles/masques/feedback"), "ana,AGENT,REGION",
                new JsonObject().put("helpful", true).put("searched", "x".repeat(10_001))).statusCode()).isEqualTo(400);
    }

    @Test
    void creatingAnArticleGivesItAnIdAndItsAddress() throws Exception {
        JsonObject draft = new JsonObject().put("title", "Prêt rebond : qui peut en bénéficier ?")
                .put("body", "Le prêt rebond aide les PME.").put("hotline", "entreprises")
                .put("category", "prets").put("audience", "ALL").put("tags", new JsonArray().add("PME"));

        HttpResponse<Buffer> created = send(client.post(port, "127.0.0.1", "/api/faq/articles"), "sam,SUPERVISOR,REGION", draft);
        HttpResponse<Buffer> again = send(client.post(port, "127.0.0.1", "/api/faq/articles"), "sam,SUPERVISOR,REGION", draft);

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.getHeader("location")).isEqualTo("/api/faq/articles/pret-rebond-qui-peut-en-beneficier");
        assertThat(again.bodyAsJsonObject().getString("id")).isEqualTo("pret-rebond-qui-peut-en-beneficier-2");
        assertThat(ids(get("/api/faq/search?q=rebond", "ana,AGENT,REGION"))).hasSize(2);
        assertThat(send(client.post(port, "127.0.0.1", "/api/faq/articles"), "sam,SUPERVISOR,REGION",
                new JsonObject().put("body", "sans titre")).statusCode()).isEqualTo(400);
        assertThat(send(client.post(port, "127.0.0.1", "/api/faq/articles"), "sam,SUPERVISOR,REGION",
                draft.copy().put("id", "masques")).statusCode()).isEqualTo(409);
        assertThat(send(client.post(port, "127.0.0.1", "/api/faq/articles"), "sam,SUPERVISOR,REGION",
                draft.copy().put("audience", "EVERYONE")).statusCode()).isEqualTo(400);
        HttpResponse<Buffer> malformed = await(client.post(port, "127.0.0.1", "/api/faq/articles")
                .putHeader("x-test-user", "sam,SUPERVISOR,REGION").sendBuffer(Buffer.buffer("{not json")));
        assertThat(malformed.statusCode()).isEqualTo(400);
    }

    @Test
    void noScriptFromAnArticleReachesThePage() throws Exception {
        faq.edit(new Article("piege", "Article piégé <script>alert(1)</script>",
                "Texte <script>alert('x')</script> <img src=x onerror=alert(2)> [lien](javascript:alert(3)) piège",
                List.of("all"), "general", Audience.ALL, List.of(), LocalDate.now()), "ed", null, OptionalInt.of(0));

        JsonObject hit = get("/api/faq/search?q=" + enc("piège alert"), "ana,AGENT,REGION").bodyAsJsonObject()
                .getJsonArray("hits").getJsonObject(0);
        String html = get("/api/faq/articles/piege", "ana,AGENT,REGION").bodyAsJsonObject().getString("html");

        assertThat(hit.getString("snippet").replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("onerror")
                .doesNotContainIgnoringCase("javascript:").doesNotContainIgnoringCase("<img");
    }

    @Test
    void feedbackFeedsTheSupervisorsAnalytics() throws Exception {
        JsonObject unhelpful = new JsonObject().put("helpful", false).put("comment", "adresse fausse");
        assertThat(send(client.post(port, "127.0.0.1", "/api/faq/articles/masques/feedback"), "ana,AGENT,REGION", unhelpful)
                .statusCode()).isEqualTo(204);
        assertThat(send(client.post(port, "127.0.0.1", "/api/faq/articles/masques/feedback"), "ana,AGENT,REGION",
                new JsonObject().put("helpful", "non")).statusCode()).isEqualTo(400);
        assertThat(send(client.post(port, "127.0.0.1", "/api/faq/articles/nothing/feedback"), "ana,AGENT,REGION",
                unhelpful).statusCode()).isEqualTo(404);
        get("/api/faq/search?q=velo", "ana,AGENT,REGION");
        get("/api/faq/search?q=masques", "ana,AGENT,REGION");
        activity.appendSearches(searchLog.drain());

        JsonObject rated = get("/api/faq/analytics/unhelpful", "sam,SUPERVISOR,REGION").bodyAsJsonObject();
        JsonObject empty = get("/api/faq/analytics/empty-searches?days=1", "sam,SUPERVISOR,REGION").bodyAsJsonObject();
        JsonObject top = get("/api/faq/analytics/top-searches", "sam,SUPERVISOR,REGION").bodyAsJsonObject();

        assertThat(rated.getJsonArray("articles").getJsonObject(0).getString("id")).isEqualTo("masques");
        assertThat(rated.getJsonArray("articles").getJsonObject(0).getInteger("unhelpful")).isEqualTo(1);
        assertThat(empty.getJsonArray("searches").getJsonObject(0).getString("query")).isEqualTo("velo");
        assertThat(top.getJsonArray("searches").size()).isEqualTo(2);
        assertThat(get("/api/faq/analytics/top-searches", "ana,AGENT,REGION").statusCode()).isEqualTo(403);
        assertThat(get("/api/faq/analytics/top-searches?days=0", "sam,SUPERVISOR,REGION").statusCode()).isEqualTo(400);

        JsonObject remarks = get("/api/faq/analytics/comments", "eve,AGENT,REGION,editor").bodyAsJsonObject();
        assertThat(remarks.getJsonArray("comments")).hasSize(1);
        JsonObject remark = remarks.getJsonArray("comments").getJsonObject(0);
        assertThat(remark.getString("id")).isEqualTo("masques");
        assertThat(remark.getString("comment")).isEqualTo("adresse fausse");
        assertThat(remark.getString("givenBy")).isEqualTo("ana");
        assertThat(remark.getBoolean("helpful")).isFalse();
        assertThat(get("/api/faq/analytics/comments", "sam,SUPERVISOR,REGION").statusCode()).isEqualTo(200);
        assertThat(get("/api/faq/analytics/comments", "ana,AGENT,REGION").statusCode()).isEqualTo(403);
    }

    @Test
    void suggestionsAndTheCallsContext() throws Exception {
        JsonArray suggestions = get("/api/faq/suggest?q=" + enc("transp"), "ana,AGENT,REGION").bodyAsJsonObject()
                .getJsonArray("suggestions");
        JsonObject context = get("/api/faq/context?hotline=transport&topic=transport-demande-soignants", "ana,AGENT,REGION")
                .bodyAsJsonObject();

        assertThat(suggestions.getJsonObject(0).getString("id")).isEqualTo("transport-soignants");
        assertThat(ids(context)).first().isEqualTo("transport-soignants");
        assertThat(ids(context)).doesNotContain("masques");
    }

    @Test
    void idsWithAnyCharacterWorkWhenEncoded() throws Exception {
        faq.edit(new Article("mt:article37#Quel-est-le-role", "Rôle du représentant", "Texte", List.of("all"),
                "general", Audience.ALL, List.of(), LocalDate.now()), "ed", null, OptionalInt.of(0));

        HttpResponse<Buffer> response = get("/api/faq/articles/" + enc("mt:article37#Quel-est-le-role"), "ana,AGENT,REGION");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.bodyAsJsonObject().getString("id")).isEqualTo("mt:article37#Quel-est-le-role");
    }

    private HttpResponse<Buffer> get(String uri, String user) throws Exception {
        HttpRequest<Buffer> request = client.get(port, "127.0.0.1", uri);
        if (user != null) {
            request.putHeader("x-test-user", user);
        }
        return await(request.send());
    }

    private static HttpResponse<Buffer> send(HttpRequest<Buffer> request, String user, JsonObject body) throws Exception {
        return await(request.putHeader("x-test-user", user).sendJsonObject(body));
    }

    private static List<String> ids(HttpResponse<Buffer> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        return ids(response.bodyAsJsonObject());
    }

    private static List<String> ids(JsonObject results) {
        return results.getJsonArray("hits").stream().map(h -> ((JsonObject) h).getString("id")).toList();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static <T> T await(Future<T> future) throws Exception {
        return FaqServer.await(future);
    }
}
