package org.numvert.faq;

import java.util.ArrayList;
import java.util.List;

/**
 * Searches waiting to be written to the database in one batch: a search never waits for a
 * database commit. Bounded: when the database cannot keep up, the oldest searches are dropped
 * (the log feeds statistics, not records). Thread-safe.
 */
public final class SearchLog {
    private final int capacity;
    private final List<SearchRecord> pending = new ArrayList<>();
    private long dropped;

    public SearchLog(int capacity) {
        this.capacity = capacity;
    }

    public synchronized void add(SearchRecord search) {
        if (pending.size() >= capacity) {
            pending.remove(0);
            dropped++;
        }
        pending.add(search);
    }

    /** The pending searches, oldest first; the log is empty afterwards. */
    public synchronized List<SearchRecord> drain() {
        List<SearchRecord> drained = List.copyOf(pending);
        pending.clear();
        return drained;
    }

    public synchronized long dropped() {
        return dropped;
    }
}
