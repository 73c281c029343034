package org.numvert.faq;

import java.time.Instant;

/**
 * An agent's verdict on an article (in the revision it read).
 *
 * @param comment  the agent's remark, or null
 * @param searched what the agent had typed when it opened the article from a search, normalised
 *                 as the search log keeps it ({@link SearchRecord#normalise}), or null
 */
public record Feedback(String articleId, int revision, boolean helpful, String givenBy, Instant givenAt,
        String comment, String searched) {
    public Feedback {
        if (searched != null) {
            searched = SearchRecord.normalise(searched);
            searched = searched.isBlank() ? null : searched;
        }
    }

    /** A verdict given without a search (the article came from the call's topic, or a link). */
    public Feedback(String articleId, int revision, boolean helpful, String givenBy, Instant givenAt, String comment) {
        this(articleId, revision, helpful, givenBy, givenAt, comment, null);
    }
}
