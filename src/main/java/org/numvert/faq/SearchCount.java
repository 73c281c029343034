package org.numvert.faq;

import java.time.Instant;

/** How often a search was made in a period, and how often it found nothing. */
public record SearchCount(String query, long count, long withoutResult, Instant last) {
}
