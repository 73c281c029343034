package org.numvert.web;

import io.vertx.core.WorkerExecutor;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.text.Normalizer;
import java.util.Locale;
import java.util.OptionalInt;
import org.numvert.faq.Article;
import org.numvert.faq.Faq;
import org.numvert.faq.RevisionConflictException;
import org.numvert.faq.StoredArticle;

/**
 * The article routes of {@link FaqApi}: read (with its sanitised HTML), create and change
 * (editors only, optimistic: a change names the revision it started from), history.
 */
final class FaqArticleRoutes {
    private static final int MAX_SLUG = 60;

    private final Faq faq;
    private final WorkerExecutor workers;

    FaqArticleRoutes(Faq faq, WorkerExecutor workers) {
        this.faq = faq;
        this.workers = workers;
    }

    void mount(Router router, String base) {
        router.get(base + "/:id").handler(this::read);
        router.post(base).handler(this::create);
        router.put(base + "/:id").handler(this::update);
        router.get(base + "/:id/revisions").handler(this::history);
        router.get(base + "/:id/revisions/:revision").handler(this::revision);
    }

    private void read(RoutingContext ctx) {
        Principal principal = Principal.required(ctx);
        String id = ctx.pathParam("id");
        workers.executeBlocking(() -> FaqJson.article(visibleArticle(faq, id, principal)), false)
                .onSuccess(ctx::json).onFailure(ctx::fail);
    }

    private void create(RoutingContext ctx) {
        Principal principal = editor(ctx);
        JsonObject body = jsonBody(ctx);
        String given = FaqJson.string(body, "id");
        String note = FaqJson.string(body, "note");
        workers.executeBlocking(() -> {
            String id = given != null ? given : freeId(FaqJson.string(body, "title"));
            return faq.edit(FaqJson.article(body, id), principal.login(), note, OptionalInt.of(0));
        }, false).onSuccess(saved -> ctx.response().setStatusCode(201)
                .putHeader("location", FaqApi.BASE + "/articles/" + saved.id())
                .putHeader("content-type", "application/json; charset=utf-8")
                .end(FaqJson.article(saved).encode()))
                .onFailure(e -> ctx.fail(conflictOr(e)));
    }

    private void update(RoutingContext ctx) {
        Principal principal = editor(ctx);
        JsonObject body = jsonBody(ctx);
        String id = ctx.pathParam("id");
        if (body.containsKey("id") && !id.equals(body.getValue("id"))) {
            throw ApiException.badRequest("the id of the body differs from the path's; ids do not change");
        }
        OptionalInt expected = expectedRevision(body);
        String note = FaqJson.string(body, "note");
        workers.executeBlocking(() -> {
            visibleArticle(faq, id, principal);
            return faq.edit(FaqJson.article(body, id), principal.login(), note, expected);
        }, false).onSuccess(saved -> ctx.json(FaqJson.article(saved))).onFailure(e -> ctx.fail(conflictOr(e)));
    }

    private void history(RoutingContext ctx) {
        Principal principal = Principal.required(ctx);
        String id = ctx.pathParam("id");
        workers.executeBlocking(() -> {
            visibleArticle(faq, id, principal);
            JsonArray list = new JsonArray();
            faq.history(id).forEach(r -> list.add(FaqJson.revision(r)));
            return new JsonObject().put("id", id).put("revisions", list);
        }, false).onSuccess(ctx::json).onFailure(ctx::fail);
    }

    private void revision(RoutingContext ctx) {
        Principal principal = Principal.required(ctx);
        String id = ctx.pathParam("id");
        int number = parseRevision(ctx.pathParam("revision"));
        workers.executeBlocking(() -> {
            visibleArticle(faq, id, principal);
            return faq.revision(id, number).map(FaqJson::article)
                    .orElseThrow(() -> ApiException.notFound("article " + id + " has no revision " + number));
        }, false).onSuccess(ctx::json).onFailure(ctx::fail);
    }

    /** The article if it exists and the principal may see it; else 404 (existence is not told). */
    static StoredArticle visibleArticle(Faq faq, String id, Principal principal) {
        return faq.find(id).filter(a -> FaqApi.visible(principal).contains(a.article().audience()))
                .orElseThrow(() -> ApiException.notFound("no article " + id));
    }

    static JsonObject jsonBody(RoutingContext ctx) {
        if (ctx.body() == null || ctx.body().length() == 0) {
            throw ApiException.badRequest("a JSON object body is required");
        }
        JsonObject body = ctx.body().asJsonObject();
        if (body == null) {
            throw ApiException.badRequest("a JSON object body is required");
        }
        return body;
    }

    private static Principal editor(RoutingContext ctx) {
        Principal principal = Principal.required(ctx);
        if (!principal.canEditFaq()) {
            throw ApiException.forbidden("editing the FAQ is for editors");
        }
        return principal;
    }

    private static OptionalInt expectedRevision(JsonObject body) {
        Object value = body.getValue("revision");
        if (value == null) {
            return OptionalInt.empty();
        }
        if (!(value instanceof Integer n) || n < 1) {
            throw ApiException.badRequest("revision must be the positive revision number the change starts from");
        }
        return OptionalInt.of(n);
    }

    private static int parseRevision(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("revision must be a number");
        }
    }

    private static Throwable conflictOr(Throwable failure) {
        return failure instanceof RevisionConflictException conflict
                ? ApiException.conflict(conflict.getMessage()) : failure;
    }

    /** A readable id from the title ("Prêt garanti par l'État" → pret-garanti-par-l-etat), free. */
    private String freeId(String title) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("title is required");
        }
        String slug = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        slug = slug.length() > MAX_SLUG ? slug.substring(0, MAX_SLUG).replaceAll("-+$", "") : slug;
        String base = slug.isEmpty() ? "article" : slug;
        String id = base;
        for (int n = 2; faq.find(id).isPresent(); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
