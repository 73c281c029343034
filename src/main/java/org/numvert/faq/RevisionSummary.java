package org.numvert.faq;

import java.time.Instant;

/** One line of an article's history. */
public record RevisionSummary(int revision, Instant changedAt, String changedBy, Origin origin, String note,
        String title) {
}
