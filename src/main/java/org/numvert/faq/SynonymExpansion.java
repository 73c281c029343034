package org.numvert.faq;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.graph.GraphTokenStreamFiniteStrings;

/**
 * The synonyms of what was typed, as separate queries (a word, or a phrase for a multi-word
 * synonym) over title and body, so that the caller can weight them below the typed words.
 * Only the paths of the synonym graph that contain a synonym are kept: the typed path is already
 * in the query.
 */
final class SynonymExpansion {
    private static final int MAX_ALTERNATIVES = 12;

    private final Analyzer expansion;

    SynonymExpansion(FrenchAnalysis analysis) {
        this.expansion = analysis.synonymExpansion();
    }

    List<Query> alternatives(String text) {
        if (expansion == null) {
            return List.of();
        }
        Set<List<String>> phrases = new LinkedHashSet<>();
        try (TokenStream ts = expansion.tokenStream("", text.length() > QueryWords.MAX_CHARS
                ? text.substring(0, QueryWords.MAX_CHARS) : text)) {
            GraphTokenStreamFiniteStrings graph = new GraphTokenStreamFiniteStrings(ts);
            int[] points = graph.articulationPoints();
            int start = 0;
            for (int i = 0; i <= points.length && phrases.size() < MAX_ALTERNATIVES; i++) {
                int end = i < points.length ? points[i] : -1;
                if (graph.hasSidePath(start)) {
                    collectSynonymPaths(graph.getFiniteStrings(start, end), phrases);
                }
                start = end;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("analysis of a string cannot fail", e);
        }
        return phrases.stream().limit(MAX_ALTERNATIVES).map(SynonymExpansion::query).toList();
    }

    private static void collectSynonymPaths(Iterator<TokenStream> paths, Set<List<String>> out) throws IOException {
        while (paths.hasNext()) {
            TokenStream path = paths.next();
            CharTermAttribute term = path.addAttribute(CharTermAttribute.class);
            TypeAttribute type = path.addAttribute(TypeAttribute.class);
            path.addAttribute(PositionIncrementAttribute.class);
            List<String> words = new ArrayList<>();
            boolean synonym = false;
            path.reset();
            while (path.incrementToken()) {
                words.add(term.toString());
                synonym |= SynonymGraphFilter.TYPE_SYNONYM.equals(type.type());
            }
            path.end();
            if (synonym && !words.isEmpty()) {
                out.add(List.copyOf(words));
            }
        }
    }

    private static Query query(List<String> words) {
        return new DisjunctionMaxQuery(List.of(single(ArticleDocuments.TITLE, words),
                single(ArticleDocuments.TAGS, words), single(ArticleDocuments.BODY, words)), 0.1f);
    }

    private static Query single(String field, List<String> words) {
        if (words.size() == 1) {
            return new TermQuery(new Term(field, words.get(0)));
        }
        return new PhraseQuery(1, field, words.toArray(String[]::new));
    }
}
