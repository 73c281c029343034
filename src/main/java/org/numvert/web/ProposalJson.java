package org.numvert.web;

import io.vertx.core.json.JsonObject;
import java.util.Optional;
import org.numvert.faq.Article;
import org.numvert.faq.ArticleText;
import org.numvert.faq.Proposal;
import org.numvert.faq.ProposalDecision;
import org.numvert.faq.ProposedChange;
import org.numvert.faq.StoredArticle;

/** The JSON shapes of FAQ proposals: the agent's view of its own, the editors' view with the texts. */
final class ProposalJson {
    private ProposalJson() {
    }

    /**
     * A proposal with where it stands.
     *
     * @param current the article as it is now, empty if it is gone
     */
    static JsonObject summary(Proposal proposal, Optional<StoredArticle> current) {
        ProposedChange change = proposal.change();
        JsonObject json = new JsonObject()
                .put("id", proposal.id())
                .put("articleId", change.articleId())
                .put("articleTitle", current.map(a -> a.article().title()).orElse(change.articleId()))
                .put("baseRevision", change.baseRevision())
                .put("note", change.note())
                .put("hasText", change.hasText())
                .put("proposedBy", change.proposedBy())
                .put("proposedAt", change.proposedAt().toString())
                .put("status", proposal.status().name());
        proposal.decision().ifPresent(d -> decision(json, d));
        return json;
    }

    /**
     * The editors' view: the summary, the article's current text and the proposed one (the text
     * the agent read with the agent's changes; null when the agent only wrote a note).
     */
    static JsonObject forEditors(Proposal proposal, StoredArticle current, Article base) {
        ProposedChange change = proposal.change();
        JsonObject json = summary(proposal, Optional.of(current))
                .put("currentRevision", current.revision())
                .put("changedSince", current.revision() != change.baseRevision())
                .put("current", new JsonObject().put("title", current.article().title())
                        .put("body", current.article().body()));
        if (!change.hasText()) {
            return json.putNull("proposed");
        }
        String body = change.body() != null ? change.body() : base.body();
        return json.put("proposed", new JsonObject()
                .put("title", change.title() != null ? change.title() : base.title())
                .put("body", body)
                .put("html", ArticleText.safeHtml(body))
                .put("titleChanged", change.title() != null)
                .put("bodyChanged", change.body() != null));
    }

    private static void decision(JsonObject json, ProposalDecision decision) {
        json.put("decidedBy", decision.decidedBy())
                .put("decidedAt", decision.decidedAt().toString())
                .put("decisionNote", decision.note());
        if (decision.revision().isPresent()) {
            json.put("resultRevision", decision.revision().getAsInt());
        }
    }
}
