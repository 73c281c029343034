package org.numvert.faq;

import java.time.Instant;
import java.util.Objects;

/**
 * A change an agent who may not edit the FAQ proposes to an article. Validated on construction.
 *
 * @param baseRevision the revision the agent read when proposing
 * @param title        the agent's edited title, null when unchanged
 * @param body         the agent's edited Markdown body, null when unchanged
 * @param note         what is wrong, missing or changed (required: with it alone, an editor
 *                     writes the change)
 */
public record ProposedChange(String articleId, int baseRevision, String title, String body, String note,
        String proposedBy, Instant proposedAt) {
    public static final int MAX_NOTE = 1000;

    public ProposedChange {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(proposedBy, "proposedBy");
        Objects.requireNonNull(proposedAt, "proposedAt");
        if (baseRevision < 1) {
            throw new IllegalArgumentException("revision must be the revision the proposal starts from");
        }
        note = Article.required("note", note, MAX_NOTE);
        if (title != null) {
            title = Article.required("title", title, Article.MAX_TITLE).replaceAll("\\s+", " ");
        }
        if (body != null && body.length() > Article.MAX_BODY) {
            throw new IllegalArgumentException("body is longer than " + Article.MAX_BODY + " characters");
        }
        body = body == null ? null : body.strip();
    }

    /** Whether the agent wrote a new text (else the note alone describes the change). */
    public boolean hasText() {
        return title != null || body != null;
    }

    /** This change without the parts that repeat {@code base} (what the agent read). */
    public ProposedChange against(Article base) {
        String newTitle = base.title().equals(title) ? null : title;
        String newBody = base.body().equals(body) ? null : body;
        return new ProposedChange(articleId, baseRevision, newTitle, newBody, note, proposedBy, proposedAt);
    }
}
