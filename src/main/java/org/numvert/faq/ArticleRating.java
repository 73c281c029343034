package org.numvert.faq;

import java.time.Instant;

/** The feedback an article received in a period. */
public record ArticleRating(String id, String title, long unhelpful, long helpful, Instant last) {
}
