package org.numvert.web;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.numvert.faq.Article;
import org.numvert.faq.ArticleRating;
import org.numvert.faq.FeedbackComment;
import org.numvert.faq.ArticleText;
import org.numvert.faq.Audience;
import org.numvert.faq.RevisionSummary;
import org.numvert.faq.SearchCount;
import org.numvert.faq.SearchHit;
import org.numvert.faq.SearchResults;
import org.numvert.faq.StoredArticle;
import org.numvert.faq.Suggestion;

/** The JSON shapes of the FAQ API, both ways. */
final class FaqJson {
    private FaqJson() {
    }

    static JsonObject results(SearchResults results) {
        JsonArray hits = new JsonArray();
        results.hits().forEach(hit -> hits.add(hit(hit)));
        JsonObject facets = new JsonObject();
        results.facets().forEach((facet, counts) -> facets.put(facet, counts(counts)));
        return new JsonObject()
                .put("total", results.total())
                .put("tookMs", Math.round(results.tookMicros() / 10.0) / 100.0)
                .put("hits", hits)
                .put("facets", facets);
    }

    static JsonObject article(StoredArticle stored) {
        Article a = stored.article();
        return new JsonObject()
                .put("id", a.id())
                .put("title", a.title())
                .put("body", a.body())
                .put("html", ArticleText.safeHtml(a.body()))
                .put("hotline", new JsonArray(a.hotlines()))
                .put("category", a.category())
                .put("audience", a.audience().name())
                .put("tags", new JsonArray(a.tags()))
                .put("updated", a.updated().toString())
                .put("revision", stored.revision())
                .put("changedAt", stored.changedAt().toString())
                .put("changedBy", stored.changedBy());
    }

    static JsonObject revision(RevisionSummary r) {
        return new JsonObject().put("revision", r.revision()).put("changedAt", r.changedAt().toString())
                .put("changedBy", r.changedBy()).put("origin", r.origin().name()).put("note", r.note())
                .put("title", r.title());
    }

    static JsonObject suggestion(Suggestion s) {
        return new JsonObject().put("id", s.id()).put("title", s.title());
    }

    static JsonObject searchCount(SearchCount c) {
        return new JsonObject().put("query", c.query()).put("count", c.count())
                .put("withoutResult", c.withoutResult()).put("last", c.last().toString());
    }

    static JsonObject comment(FeedbackComment c) {
        return new JsonObject().put("id", c.articleId()).put("title", c.title()).put("revision", c.revision())
                .put("helpful", c.helpful()).put("givenBy", c.givenBy()).put("givenAt", c.givenAt().toString())
                .put("comment", c.comment());
    }

    static JsonObject rating(ArticleRating r) {
        return new JsonObject().put("id", r.id()).put("title", r.title()).put("unhelpful", r.unhelpful())
                .put("helpful", r.helpful()).put("last", r.last().toString());
    }

    /**
     * An article from a request body; {@code id} comes from the path or was chosen by the caller.
     * The updated day is set by the FAQ when it stores the revision.
     */
    static Article article(JsonObject body, String id) {
        return new Article(id, string(body, "title"), string(body, "body"), strings(body, "hotline"),
                string(body, "category"), body.containsKey("audience") ? Audience.parse(string(body, "audience")) : null,
                strings(body, "tags"), LocalDate.EPOCH);
    }

    static String string(JsonObject body, String key) {
        Object value = body.getValue(key);
        if (value != null && !(value instanceof String)) {
            throw new IllegalArgumentException(key + " must be a string");
        }
        return (String) value;
    }

    /** A list of strings, or one string (as {@code "hotline": "all"}). */
    private static List<String> strings(JsonObject body, String key) {
        Object value = body.getValue(key);
        List<String> values = new ArrayList<>();
        if (value instanceof String s) {
            values.add(s);
        } else if (value instanceof JsonArray array) {
            array.forEach(item -> {
                if (!(item instanceof String s)) {
                    throw new IllegalArgumentException(key + " must be a list of strings");
                }
                values.add(s);
            });
        } else if (value != null) {
            throw new IllegalArgumentException(key + " must be a string or a list of strings");
        }
        return values;
    }

    private static JsonObject hit(SearchHit hit) {
        return new JsonObject()
                .put("id", hit.id())
                .put("title", hit.title())
                .put("snippet", hit.snippet())
                .put("score", Math.round(hit.score() * 1000) / 1000.0)
                .put("hotline", new JsonArray(hit.hotlines()))
                .put("category", hit.category())
                .put("updated", hit.updated().toString());
    }

    private static JsonObject counts(Map<String, Integer> counts) {
        JsonObject json = new JsonObject();
        counts.forEach(json::put);
        return json;
    }
}
