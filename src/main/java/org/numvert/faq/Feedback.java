package org.numvert.faq;

import java.time.Instant;

/** An agent's verdict on an article (in the revision it read). */
public record Feedback(String articleId, int revision, boolean helpful, String givenBy, Instant givenAt,
        String comment) {
}
