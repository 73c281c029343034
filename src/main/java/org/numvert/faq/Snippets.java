package org.numvert.faq;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.jsoup.nodes.Entities;

/**
 * Snippets of the body around the matched words: escaped text with the matched words in
 * {@code <mark>}, nothing else, so that the page can insert them as HTML safely.
 *
 * <p>Snippets are cut from the stored beginning of the body ({@link ArticleDocuments#EXCERPT}).
 * The highlighter is given only the body terms of the rewritten query (corrections and
 * completions resolved to words), so that it reads offsets straight from the postings instead of
 * re-analysing text.
 */
final class Snippets {
    static final int OPENING_CHARS = 220;
    private static final int PASSAGES = 2;
    private static final int PASSAGE_CHARS = 120;

    private final FrenchAnalysis analysis;

    Snippets(FrenchAnalysis analysis) {
        this.analysis = analysis;
    }

    /** One snippet per hit of {@code topDocs}, in order. */
    String[] of(IndexSearcher searcher, Query query, TopDocs topDocs) throws IOException {
        String[] snippets = new String[topDocs.scoreDocs.length];
        Query bodyTerms = query == null ? null : bodyTerms(searcher.rewrite(query));
        if (bodyTerms != null && snippets.length > 0) {
            UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analysis.indexAnalyzer())
                    .withMaxLength(ArticleDocuments.EXCERPT_CHARS + 10)
                    .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                            new SentenceBreaks(), PASSAGE_CHARS, 0.5f))
                    .withHandleMultiTermQuery(false)
                    .withHighlightPhrasesStrictly(false)
                    .withWeightMatches(false)
                    .withMaxNoHighlightPassages(0)
                    .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                    .build();
            String[] found = highlighter.highlight(ArticleDocuments.EXCERPT, bodyTerms, topDocs, PASSAGES);
            System.arraycopy(found, 0, snippets, 0, snippets.length);
        }
        for (int i = 0; i < snippets.length; i++) {
            if (snippets[i] == null || snippets[i].isBlank()) {
                String excerpt = searcher.storedFields().document(topDocs.scoreDocs[i].doc,
                        Set.of(ArticleDocuments.EXCERPT)).get(ArticleDocuments.EXCERPT);
                snippets[i] = Entities.escape(ArticleDocuments.beginning(excerpt, OPENING_CHARS));
            }
        }
        return snippets;
    }

    private static Query bodyTerms(Query rewritten) {
        Set<Term> terms = new LinkedHashSet<>();
        rewritten.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query query, Term... found) {
                for (Term term : found) {
                    if (term.field().equals(ArticleDocuments.BODY)) {
                        terms.add(new Term(ArticleDocuments.EXCERPT, term.bytes()));
                    }
                }
            }

            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return occur == Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }
        });
        if (terms.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        terms.forEach(term -> query.add(new TermQuery(term), Occur.SHOULD));
        return query.build();
    }
}
