package org.numvert.faq;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.PhraseHelper;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.jsoup.nodes.Entities;

/**
 * Snippets of the body around the matched words: escaped text with the matched words in
 * {@code <mark>}, nothing else, so that the page can insert them as HTML safely.
 *
 * <p>Snippets are cut from the beginning of the body kept in doc values ({@link
 * ArticleDocuments#EXCERPT}), with offsets read from the postings: no stored document to
 * decompress, no text to re-analyse. The highlighter is given only the body terms of the
 * rewritten query (corrections and completions resolved to words). Passages are ranked by the
 * number of distinct words they show. The offsets of a page of hits are read with one postings list
 * per term ({@link PageOffsets}).
 */
final class Snippets {
    static final int OPENING_CHARS = 220;
    private static final int PASSAGES = 2;
    private static final int PASSAGE_CHARS = 120;
    private static final PassageScorer DISTINCT_WORDS = new DistinctWordsScorer();

    private final FrenchAnalysis analysis;

    Snippets(FrenchAnalysis analysis) {
        this.analysis = analysis;
    }

    /** One snippet per hit of {@code topDocs}, in order. */
    String[] of(IndexSearcher searcher, Query query, ScoreDoc[] hits) throws IOException {
        TopDocs topDocs = new TopDocs(new TotalHits(hits.length, TotalHits.Relation.EQUAL_TO), hits);
        String[] snippets = new String[hits.length];
        Query bodyTerms = query == null ? null : bodyTerms(searcher.rewrite(query));
        if (bodyTerms != null && snippets.length > 0) {
            String[] found = highlighter(searcher).highlight(ArticleDocuments.EXCERPT, bodyTerms, topDocs, PASSAGES);
            System.arraycopy(found, 0, snippets, 0, snippets.length);
        }
        for (int i = 0; i < snippets.length; i++) {
            if (snippets[i] == null || snippets[i].isBlank()) {
                String excerpt = HitSummaries.excerpt(searcher, topDocs.scoreDocs[i].doc);
                snippets[i] = Entities.escape(ArticleDocuments.beginning(excerpt, OPENING_CHARS));
            }
        }
        return snippets;
    }

    private UnifiedHighlighter highlighter(IndexSearcher searcher) {
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analysis.indexAnalyzer())
                .withMaxLength(ArticleDocuments.EXCERPT_CHARS + 10)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        new SentenceBreaks(), PASSAGE_CHARS, 0.5f))
                .withScorer(DISTINCT_WORDS)
                .withHandleMultiTermQuery(false)
                .withHighlightPhrasesStrictly(false)
                .withWeightMatches(false)
                .withMaxNoHighlightPassages(0)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true));
        return new UnifiedHighlighter(builder) {
            @Override
            protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
                boolean termsOnly = components.getPhraseHelper() == PhraseHelper.NONE
                        && components.getAutomata().length == 0 && !components.hasUnrecognizedQueryPart();
                return source == OffsetSource.POSTINGS && termsOnly
                        ? new PageOffsets(components) : super.getOffsetStrategy(source, components);
            }

            @Override
            protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int threshold)
                    throws IOException {
                List<CharSequence[]> values = new ArrayList<>();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    values.add(new CharSequence[] {HitSummaries.excerpt(searcher, doc)});
                }
                return values;
            }
        };
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

    /** Scores a passage by the distinct words it shows, then by matches: no per-passage allocation. */
    private static final class DistinctWordsScorer extends PassageScorer {
        @Override
        public float score(Passage passage, int contentLength) {
            int matches = passage.getNumMatches();
            int distinct = 0;
            for (int i = 0; i < matches; i++) {
                boolean seen = false;
                for (int j = 0; j < i && !seen; j++) {
                    seen = passage.getMatchTerms()[j].bytesEquals(passage.getMatchTerms()[i]);
                }
                distinct += seen ? 0 : 1;
            }
            return distinct + matches * 0.01f;
        }
    }
}
