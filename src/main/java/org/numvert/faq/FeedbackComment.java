package org.numvert.faq;

import java.time.Instant;

/**
 * An agent's remark on an article (a proposed change, or why it did not help), for the FAQ's
 * editors and supervisors: the article as it is now, and the revision the agent had read.
 */
public record FeedbackComment(String articleId, String title, int revision, boolean helpful, String givenBy,
        Instant givenAt, String comment) {
}
