package org.numvert.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vertx.core.Future;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.numvert.faq.Audience;
import org.numvert.faq.Faq;
import org.numvert.faq.Feedback;
import org.numvert.faq.SearchLog;
import org.numvert.faq.SearchRecord;
import org.numvert.faq.SearchRequest;
import org.numvert.faq.SearchResults;
import org.numvert.faq.StoredArticle;
import org.numvert.store.FaqActivityRepository;

/**
 * The FAQ over HTTP: search, suggestions, articles as the call's context, reading, editing
 * (editors), history, feedback, and the supervisors' analytics. Every request needs a {@link
 * Principal}; an agent sees the articles of its organisation's audience and of all.
 *
 * <p>Threading: handlers run on the event loop and hand every search, read and write to the
 * {@code numvert-faq} worker pool.
 */
public final class FaqApi implements Api {
    static final String BASE = "/api/faq";
    /** Longest text accepted as the search that led to an article (it is kept normalised, cut to 200). */
    private static final int MAX_SEARCHED = 10_000;
    private static final Set<String> SEARCH_PARAMS = RequestParams.names("q", "hotline", "category", "audience", "limit", "offset");

    private final Faq faq;
    private final FaqActivityRepository activity;
    private final SearchLog searchLog;
    private final WorkerExecutor workers;
    private final Clock clock;
    private final Counter searches;
    private final Timer latency;
    private final FaqArticleRoutes articles;

    public FaqApi(Faq faq, FaqActivityRepository activity, SearchLog searchLog, WorkerExecutor workers,
            MeterRegistry registry) {
        this.faq = faq;
        this.activity = activity;
        this.searchLog = searchLog;
        this.workers = workers;
        this.clock = Clock.systemUTC();
        this.searches = Counter.builder("numvert.faq.searches").description("FAQ searches").register(registry);
        this.latency = Timer.builder("numvert.faq.search.latency").description("FAQ search time, in process")
                .publishPercentiles(0.5, 0.99).register(registry);
        this.articles = new FaqArticleRoutes(faq, workers);
    }

    @Override
    public void mount(Router router) {
        router.get(BASE + "/search").handler(this::search);
        router.get(BASE + "/suggest").handler(this::suggest);
        router.get(BASE + "/context").handler(this::context);
        router.get(BASE + "/analytics/top-searches").handler(ctx -> analytics(ctx, false));
        router.get(BASE + "/analytics/empty-searches").handler(ctx -> analytics(ctx, true));
        router.get(BASE + "/analytics/unhelpful").handler(this::unhelpful);
        router.get(BASE + "/analytics/comments").handler(this::comments);
        router.post(BASE + "/articles/:id/feedback").handler(this::feedback);
        router.get(BASE + "/articles/:id/phrasings").handler(this::phrasings);
        router.post(BASE + "/articles/:id/phrasings/remove").handler(this::forgetPhrasing);
        articles.mount(router, BASE + "/articles");
    }

    private void search(RoutingContext ctx) {
        Principal principal = Principal.required(ctx);
        RequestParams params = RequestParams.of(ctx, SEARCH_PARAMS);
        String text = params.text("q");
        int limit = params.integer("limit", 10, 1, SearchRequest.MAX_LIMIT);
        int offset = params.integer("offset", 0, 0, SearchRequest.MAX_OFFSET);
        Set<Audience> audiences = visible(principal);
        Optional<String> audience = params.optional("audience");
        if (audience.isPresent()) {
            audiences.retainAll(Set.of(Audience.parse(audience.get())));
        }
        if (audiences.isEmpty()) {
            ctx.json(FaqJson.results(new SearchResults(0, List.of(), Map.of(), 0)));
            return;
        }
        SearchRequest request = new SearchRequest(text, params.optional("hotline"), params.optional("category"),
                audiences, limit, offset, true);
        blocking(() -> timed(request)).onSuccess(results -> {
            if (offset == 0 && !text.isBlank()) {
                searchLog.add(SearchRecord.of(clock.instant(), text, (int) results.total(), principal.organisation()));
            }
            ctx.json(FaqJson.results(results));
        }).onFailure(ctx::fail);
    }

    private SearchResults timed(SearchRequest request) {
        long started = System.nanoTime();
        SearchResults results = faq.search(request);
        latency.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        searches.increment();
        return results;
    }

    private void suggest(RoutingContext ctx) {
        Principal principal = Principal.required(ctx);
        RequestParams params = RequestParams.of(ctx, RequestParams.names("q", "limit"));
        String text = params.text("q");
        int limit = params.integer("limit", 8, 1, 20);
        blocking(() -> faq.suggest(text, visible(principal), limit))
                .onSuccess(found -> {
                    JsonArray list = new JsonArray();
                    found.forEach(s -> list.add(FaqJson.suggestion(s)));
                    ctx.json(new JsonObject().put("suggestions", list));
                }).onFailure(ctx::fail);
    }

    /** The articles of the call's hotline matching its IVR topic ({@code pret-garanti} …). */
    private void context(RoutingContext ctx) {
        Principal principal = Principal.required(ctx);
        RequestParams params = RequestParams.of(ctx, RequestParams.names("hotline", "topic", "limit"));
        String words = params.text("topic").replace('-', ' ').replace('_', ' ');
        int limit = params.integer("limit", 5, 1, 20);
        SearchRequest request = new SearchRequest(words, params.optional("hotline"), Optional.empty(),
                visible(principal), limit, 0, false);
        blocking(() -> faq.search(request)).onSuccess(results -> ctx.json(FaqJson.results(results)))
                .onFailure(ctx::fail);
    }

    private void feedback(RoutingContext ctx) {
        Principal principal = Principal.required(ctx);
        JsonObject body = FaqArticleRoutes.jsonBody(ctx);
        if (!(body.getValue("helpful") instanceof Boolean helpful)) {
            throw ApiException.badRequest("helpful must be true or false");
        }
        String comment = FaqJson.string(body, "comment");
        if (comment != null && comment.length() > 1000) {
            throw ApiException.badRequest("comment is longer than 1000 characters");
        }
        String searched = FaqJson.string(body, "searched");
        if (searched != null && searched.length() > MAX_SEARCHED) {
            throw ApiException.badRequest("searched is longer than " + MAX_SEARCHED + " characters");
        }
        String id = ctx.pathParam("id");
        blocking(() -> {
            StoredArticle article = FaqArticleRoutes.visibleArticle(faq, id, principal);
            Feedback feedback = new Feedback(id, article.revision(), helpful, principal.login(),
                    clock.instant(), comment, searched);
            activity.recordFeedback(feedback);
            faq.countFeedback(feedback);
            return null;
        }).onSuccess(v -> ctx.response().setStatusCode(204).end()).onFailure(ctx::fail);
    }

    /** What agents searched with before finding the article helpful: for editors and supervisors, who may remove one. */
    private void phrasings(RoutingContext ctx) {
        Principal principal = editorOrSupervisor(ctx, "the agents' phrasings");
        String id = ctx.pathParam("id");
        blocking(() -> {
            FaqArticleRoutes.visibleArticle(faq, id, principal);
            return faq.phrasings(id);
        }).onSuccess(list -> ctx.json(new JsonObject().put("id", id).put("phrasings", new JsonArray(list))))
                .onFailure(ctx::fail);
    }

    /** Removes a phrasing from an article ({"text": "..."}): off the point, or naming a person. */
    private void forgetPhrasing(RoutingContext ctx) {
        Principal principal = editorOrSupervisor(ctx, "the agents' phrasings");
        String text = FaqJson.string(FaqArticleRoutes.jsonBody(ctx), "text");
        if (text == null || text.isBlank() || text.length() > MAX_SEARCHED) {
            throw ApiException.badRequest("text must be the phrasing to remove");
        }
        String id = ctx.pathParam("id");
        blocking(() -> {
            FaqArticleRoutes.visibleArticle(faq, id, principal);
            activity.forgetPhrasing(id, SearchRecord.normalise(text));
            return faq.forgetPhrasing(id, text);
        }).onSuccess(removed -> {
            if (removed) {
                ctx.response().setStatusCode(204).end();
            } else {
                ctx.fail(ApiException.notFound("article " + id + " has no such phrasing"));
            }
        }).onFailure(ctx::fail);
    }

    /** The principal, when a FAQ editor or a supervisor; else a 403 saying that {@code what} is for them. */
    private static Principal editorOrSupervisor(RoutingContext ctx, String what) {
        Principal principal = Principal.required(ctx);
        if (!principal.canEditFaq()) {
            throw ApiException.forbidden(what + " are for the FAQ's editors and supervisors");
        }
        return principal;
    }

    private void analytics(RoutingContext ctx, boolean withoutResult) {
        Principal.requireRole(ctx, Role.SUPERVISOR);
        RequestParams params = RequestParams.of(ctx, RequestParams.names("days", "limit"));
        int days = params.integer("days", 7, 1, 366);
        int limit = params.integer("limit", 20, 1, 200);
        Instant since = clock.instant().minus(Duration.ofDays(days));
        blocking(() -> withoutResult ? activity.searchesWithoutResult(since, limit) : activity.topSearches(since, limit))
                .onSuccess(counts -> {
                    JsonArray list = new JsonArray();
                    counts.forEach(c -> list.add(FaqJson.searchCount(c)));
                    ctx.json(new JsonObject().put("days", days).put("searches", list));
                }).onFailure(ctx::fail);
    }

    private void unhelpful(RoutingContext ctx) {
        Principal.requireRole(ctx, Role.SUPERVISOR);
        RequestParams params = RequestParams.of(ctx, RequestParams.names("days", "limit"));
        int days = params.integer("days", 30, 1, 366);
        int limit = params.integer("limit", 20, 1, 200);
        Instant since = clock.instant().minus(Duration.ofDays(days));
        blocking(() -> activity.unhelpfulArticles(since, limit)).onSuccess(ratings -> {
            JsonArray list = new JsonArray();
            ratings.forEach(r -> list.add(FaqJson.rating(r)));
            ctx.json(new JsonObject().put("days", days).put("articles", list));
        }).onFailure(ctx::fail);
    }

    /** Agents' remarks, for those who can act on them: editors and supervisors (proposals: {@link FaqProposalsApi}). */
    private void comments(RoutingContext ctx) {
        editorOrSupervisor(ctx, "the agents' remarks");
        RequestParams params = RequestParams.of(ctx, RequestParams.names("days", "limit"));
        int days = params.integer("days", 30, 1, 366);
        int limit = params.integer("limit", 50, 1, 200);
        Instant since = clock.instant().minus(Duration.ofDays(days));
        blocking(() -> activity.comments(since, limit)).onSuccess(comments -> {
            JsonArray list = new JsonArray();
            comments.forEach(c -> list.add(FaqJson.comment(c)));
            ctx.json(new JsonObject().put("days", days).put("comments", list));
        }).onFailure(ctx::fail);
    }

    /** Agents see their organisation's articles and those for all; supervisors and admins see all. */
    static Set<Audience> visible(Principal principal) {
        if (principal.role() != Role.AGENT) {
            return EnumSet.allOf(Audience.class);
        }
        return EnumSet.of(Audience.ALL, Audience.of(principal.organisation()));
    }

    private <T> Future<T> blocking(Callable<T> work) {
        return workers.executeBlocking(work, false);
    }
}
