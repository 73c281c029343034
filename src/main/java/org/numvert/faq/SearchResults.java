package org.numvert.faq;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param total  articles matching the words and every filter
 * @param facets per facet ({@code hotline}, {@code category}), the number of matching articles per
 *               value; each facet is counted with the other facets' filters only, so that the
 *               agent sees what choosing another value would give
 */
public record SearchResults(long total, List<SearchHit> hits, Map<String, Map<String, Integer>> facets,
        long tookMicros) {
}
