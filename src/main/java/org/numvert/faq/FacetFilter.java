package org.numvert.faq;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;

/**
 * One keyword facet of a segment ({@code hotline} or {@code category}): reads a document's values,
 * tells whether they pass the chosen filter values, and counts them.
 */
final class FacetFilter {
    private final SortedSetDocValues values;
    private final long[] accepted;
    private final int[] counts;
    private final long[] current = new long[16];
    private int currentCount;

    /** @param accepted values that pass the filter; empty means no filter */
    FacetFilter(LeafReader reader, String field, List<String> accepted) throws IOException {
        this.values = DocValues.getSortedSet(reader, field);
        this.accepted = accepted.isEmpty() ? null : ordinals(values, accepted);
        this.counts = new int[(int) Math.min(values.getValueCount(), Integer.MAX_VALUE)];
    }

    /** Reads the values of {@code doc}; call before {@link #passes} and {@link #count}. */
    void read(int doc) throws IOException {
        currentCount = 0;
        if (values.advanceExact(doc)) {
            int n = Math.min(values.docValueCount(), current.length);
            for (int i = 0; i < n; i++) {
                current[currentCount++] = values.nextOrd();
            }
        }
    }

    boolean passes() {
        if (accepted == null) {
            return true;
        }
        for (int i = 0; i < currentCount; i++) {
            for (long ord : accepted) {
                if (current[i] == ord) {
                    return true;
                }
            }
        }
        return false;
    }

    void count() {
        for (int i = 0; i < currentCount; i++) {
            counts[(int) current[i]]++;
        }
    }

    /** Adds this segment's counts, by value, to {@code totals}. */
    void addTo(Map<String, Integer> totals) throws IOException {
        for (int ord = 0; ord < counts.length; ord++) {
            if (counts[ord] > 0) {
                totals.merge(values.lookupOrd(ord).utf8ToString(), counts[ord], Integer::sum);
            }
        }
    }

    private static long[] ordinals(SortedSetDocValues values, List<String> accepted) throws IOException {
        return accepted.stream().mapToLong(v -> lookup(values, v)).filter(ord -> ord >= 0).toArray();
    }

    private static long lookup(SortedSetDocValues values, String value) {
        try {
            return values.lookupTerm(new BytesRef(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
