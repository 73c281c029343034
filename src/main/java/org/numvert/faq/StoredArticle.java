package org.numvert.faq;

import java.time.Instant;

/** An article as the database holds it: its current content and the revision that made it. */
public record StoredArticle(Article article, int revision, Instant changedAt, String changedBy, Origin origin) {
    public String id() {
        return article.id();
    }
}
