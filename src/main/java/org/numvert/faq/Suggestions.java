package org.numvert.faq;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Search-as-you-type over titles: the last word typed is a prefix of a title word (one typo
 * allowed from 4 letters), the words before it are title words (with typo tolerance). Thread-safe.
 */
final class Suggestions {
    private static final int PREFIX_TYPO_FROM = 4;

    private final SearcherManager searchers;
    private final FrenchAnalysis analysis;

    Suggestions(FaqIndex index) {
        this.searchers = index.searchers();
        this.analysis = index.analysis();
    }

    List<Suggestion> of(String text, Set<Audience> audiences, int limit) {
        QueryWords words = QueryWords.of(text, analysis);
        if (words.isEmpty()) {
            return List.of();
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                Query query = Visibility.filter(query(words, searcher.getIndexReader()), audiences);
                TopDocs top = searcher.search(query, limit);
                List<Suggestion> found = new ArrayList<>();
                for (ScoreDoc sd : top.scoreDocs) {
                    found.add(new Suggestion(HitSummaries.id(searcher, sd.doc), HitSummaries.title(searcher, sd.doc)));
                }
                return found;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("FAQ index read failed", e);
        }
    }

    private Query query(QueryWords words, IndexReader reader) throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        List<QueryWords.Word> all = words.words();
        for (int i = 0; i < all.size() - 1; i++) {
            query.add(completeWord(all.get(i), reader), Occur.SHOULD);
        }
        query.add(beginning(words.last().folded()), Occur.MUST);
        return query.build();
    }

    private Query completeWord(QueryWords.Word word, IndexReader reader) throws IOException {
        List<Query> alternatives = new ArrayList<>();
        alternatives.add(new TermQuery(new Term(ArticleDocuments.TITLE, word.stem())));
        int edits = SearchQueryBuilder.typoEdits(word.folded());
        if (edits > 0 && TypoCorrections.docFreq(reader, word.folded()) == 0) {
            for (TypoCorrections.Correction c : TypoCorrections.closest(reader, word.folded(), edits, 2)) {
                alternatives.add(new BoostQuery(new TermQuery(
                        new Term(ArticleDocuments.TITLE, analysis.stem(c.word()))), 0.5f));
            }
        }
        return new DisjunctionMaxQuery(alternatives, 0f);
    }

    private static Query beginning(String typed) {
        String prefix = typed.length() > FrenchTextAnalyzer.MAX_PREFIX
                ? typed.substring(0, FrenchTextAnalyzer.MAX_PREFIX) : typed;
        Term term = new Term(ArticleDocuments.TITLE_PREFIXES, prefix);
        if (prefix.length() < PREFIX_TYPO_FROM) {
            return new TermQuery(term);
        }
        return new DisjunctionMaxQuery(List.of(new TermQuery(term),
                new BoostQuery(new FuzzyQuery(term, 1, 1, 16, true), 0.5f)), 0f);
    }
}
