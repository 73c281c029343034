package org.numvert.faq;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The latest results, by request and version: agents in a crisis search the same few things,
 * and search-as-you-type repeats the same beginnings. A write makes a new index version, and a
 * vote a new votes version, so an entry never outlives what it was computed from. Bounded
 * (least recently used first out); thread-safe.
 */
final class ResultCache {
    private static final int MAX_TEXT = 200;

    /** What results depend on besides the request: the index's version and the votes' ({@link HelpfulVotes}). */
    record Version(long index, long votes) {
    }

    private record Key(SearchRequest request, Version version) {
    }

    private final Map<Key, SearchResults> entries;
    private final int capacity;

    /** @param capacity 0 for no caching */
    ResultCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, SearchResults> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Optional<SearchResults> get(SearchRequest request, Version version) {
        return Optional.ofNullable(entries.get(new Key(request, version)));
    }

    synchronized void put(SearchRequest request, Version version, SearchResults results) {
        if (capacity > 0 && request.text().length() <= MAX_TEXT) {
            entries.put(new Key(request, version), results);
        }
    }
}
