package org.numvert.ivr;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** "Did you mean …?": the closest known name to a misspelt one, for friendlier problems. */
final class Spelling {
    private static final int MAX_DISTANCE = 3;

    private Spelling() {
    }

    /** {@code " (did you mean 'x'?)"} when a known name is close to {@code name}, else empty. */
    static String hint(String name, Collection<String> known) {
        return closest(name, known).map(k -> " (did you mean '" + k + "'?)").orElse("");
    }

    static Optional<String> closest(String name, Collection<String> known) {
        return known.stream()
                .filter(k -> distance(name, k) <= Math.min(MAX_DISTANCE, Math.max(1, k.length() / 3)))
                .min(Comparator.comparingInt((String k) -> distance(name, k)).thenComparing(k -> k));
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
