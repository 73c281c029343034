package org.numvert.faq;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * Looks up the dictionary of the index ({@link ArticleDocuments#WORDS}: every folded word of the
 * articles): the words close to a word it does not know, within 1 or 2 edits (insertion,
 * deletion, substitution, transposition of neighbours), first letter fixed, the closest and most
 * frequent first; and the most frequent words that start with a beginning. Whole words, not
 * stems: a typo in a suffix would send the stemmer elsewhere.
 */
final class TypoCorrections {
    private static final int MAX_SCANNED = 512;

    /** @param distance edits from the typed word (0 for a completion) */
    record Correction(String word, int distance, int docFreq) {
    }

    private TypoCorrections() {
    }

    static int docFreq(IndexReader reader, String word) throws IOException {
        return reader.docFreq(new Term(ArticleDocuments.WORDS, word));
    }

    /**
     * The closest words within {@code maxEdits}: one edit is tried first, two only when one finds
     * nothing (an automaton of two edits costs ten times more to build).
     */
    static List<Correction> closest(IndexReader reader, String word, int maxEdits, int max) throws IOException {
        List<Correction> found = of(reader, word, 1, max);
        return found.isEmpty() && maxEdits > 1 ? of(reader, word, maxEdits, max) : found;
    }

    static List<Correction> of(IndexReader reader, String word, int edits, int max) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, ArticleDocuments.WORDS);
        if (terms == null) {
            return List.of();
        }
        TermsEnum te = FuzzyQuery.getFuzzyAutomaton(word, edits, 1, true).getTermsEnum(terms);
        List<Correction> corrections = new ArrayList<>();
        BytesRef term;
        int scanned = 0;
        while ((term = te.next()) != null && scanned++ < MAX_SCANNED) {
            String candidate = term.utf8ToString();
            int distance = distance(word, candidate);
            if (distance > 0 && distance <= edits) {
                corrections.add(new Correction(candidate, distance, te.docFreq()));
            }
        }
        return best(corrections, max);
    }

    /** The most frequent words starting with {@code beginning} (the word being typed). */
    static List<Correction> completions(IndexReader reader, String beginning, int max) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, ArticleDocuments.WORDS);
        if (terms == null) {
            return List.of();
        }
        BytesRef prefix = new BytesRef(beginning);
        TermsEnum te = terms.iterator();
        List<Correction> found = new ArrayList<>();
        if (te.seekCeil(prefix) != TermsEnum.SeekStatus.END) {
            int scanned = 0;
            do {
                if (!StringHelper.startsWith(te.term(), prefix) || scanned++ >= MAX_SCANNED * 8) {
                    break;
                }
                found.add(new Correction(te.term().utf8ToString(), 0, te.docFreq()));
            } while (te.next() != null);
        }
        return best(found, max);
    }

    private static List<Correction> best(List<Correction> found, int max) {
        found.sort(Comparator.comparingInt(Correction::distance)
                .thenComparing(Comparator.comparingInt(Correction::docFreq).reversed()));
        return found.size() > max ? List.copyOf(found.subList(0, max)) : found;
    }

    /** Optimal string alignment distance: Levenshtein plus transposition of neighbours. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
