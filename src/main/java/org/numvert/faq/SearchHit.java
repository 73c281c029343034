package org.numvert.faq;

import java.time.LocalDate;
import java.util.List;

/**
 * One article found by a search.
 *
 * @param snippet safe HTML: the text is escaped and only {@code <mark>} tags surround matched words
 */
public record SearchHit(String id, String title, String snippet, float score, List<String> hotlines,
        String category, Audience audience, LocalDate updated) {
}
