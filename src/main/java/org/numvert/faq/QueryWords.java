package org.numvert.faq;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The words of a query after analysis, each in its stemmed and folded forms, with its position
 * (stop words leave gaps, as in the index, so that phrases match).
 */
record QueryWords(List<Word> words) {
    /** Agents type a few words; a pasted page is cut to its first words. */
    static final int MAX_WORDS = 16;
    static final int MAX_CHARS = 1_000;

    /**
     * @param stem   the stemmed form (title, body, tags fields)
     * @param folded the folded whole word (exact and prefix fields)
     */
    record Word(String stem, String folded, int position) {
    }

    static QueryWords of(String text, FrenchAnalysis analysis) {
        String cut = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        List<String> stems = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        List<String> folded = new ArrayList<>();
        analyze(analysis.stemmed(), cut, stems, positions);
        analyze(analysis.folded(), cut, folded, new ArrayList<>());
        List<Word> words = new ArrayList<>();
        for (int i = 0; i < stems.size() && i < folded.size() && i < MAX_WORDS; i++) {
            words.add(new Word(stems.get(i), folded.get(i), positions.get(i)));
        }
        return new QueryWords(List.copyOf(words));
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    int size() {
        return words.size();
    }

    Word last() {
        return words.get(words.size() - 1);
    }

    private static void analyze(Analyzer analyzer, String text, List<String> terms, List<Integer> positions) {
        try (TokenStream ts = analyzer.tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken() && terms.size() < MAX_WORDS) {
                position += increment.getPositionIncrement();
                terms.add(term.toString());
                positions.add(position);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysis of a string cannot fail", e);
        }
    }
}
