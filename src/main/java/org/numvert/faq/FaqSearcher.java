package org.numvert.faq;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * Searches the FAQ index: ranked hits with snippets, sideways facets, audience and keyword
 * filters. Blank text lists the visible articles, most recently updated first; text made of
 * stop words only ("le", "qu'est-ce que") finds nothing. The latest
 * results are cached by request and index version ({@link ResultCache}). Thread-safe; blocking
 * (CPU): call on the FAQ worker pool.
 */
public final class FaqSearcher {
    private static final Sort BROWSE_ORDER = new Sort(
            new SortField(ArticleDocuments.UPDATED, SortField.Type.LONG, true),
            new SortField(ArticleDocuments.TITLE_SORT, SortField.Type.STRING));

    private static final int CACHED_RESULTS = 2_000;

    private final SearcherManager searchers;
    private final SearchQueryBuilder queries;
    private final Snippets snippets;
    private final ResultCache cache;

    public FaqSearcher(FaqIndex index) {
        this(index, CACHED_RESULTS);
    }

    private FaqSearcher(FaqIndex index, int cachedResults) {
        this.cache = new ResultCache(cachedResults);
        this.searchers = index.searchers();
        this.queries = new SearchQueryBuilder(index.analysis(), Ranking.DEFAULT);
        this.snippets = new Snippets(index.analysis());
    }

    /** A searcher that always searches: for measuring the search itself. */
    public static FaqSearcher uncached(FaqIndex index) {
        return new FaqSearcher(index, 0);
    }

    public SearchResults search(SearchRequest request) {
        long started = System.nanoTime();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                long version = ((DirectoryReader) searcher.getIndexReader()).getVersion();
                Optional<SearchResults> cached = cache.get(request, version);
                if (cached.isPresent()) {
                    SearchResults hit = cached.get();
                    return new SearchResults(hit.total(), hit.hits(), hit.facets(), (System.nanoTime() - started) / 1_000);
                }
                SearchResults results = search(searcher, request, started);
                cache.put(request, version, results);
                return results;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("FAQ index read failed", e);
        }
    }

    /**
     * Two passes: the page of best hits with dynamic pruning (only competitive documents are
     * scored), then the total and the facets over every match without scoring.
     */
    private SearchResults search(IndexSearcher searcher, SearchRequest request, long started) throws IOException {
        Optional<Query> ranked = queries.build(request.text(), request.partial(), searcher.getIndexReader());
        if (ranked.isEmpty() && !request.text().isBlank()) {
            return new SearchResults(0, List.of(), Map.of(ArticleDocuments.HOTLINE, Map.of(), ArticleDocuments.CATEGORY, Map.of()),
                    (System.nanoTime() - started) / 1_000);
        }
        Query visible = Visibility.filter(ranked.orElseGet(MatchAllDocsQuery::new), request.audiences());
        ScoreDoc[] page = page(searcher, withKeywordFilters(visible, request), ranked.isPresent(), request);
        FacetCounter counter = new FacetCounter(hotlineFilter(request), request.category().stream().toList());
        searcher.search(new ConstantScoreQuery(visible), counter.manager());
        String[] texts = snippets.of(searcher, ranked.orElse(null), page);
        List<SearchHit> hits = HitSummaries.of(searcher, page, texts);
        return new SearchResults(counter.total(), List.copyOf(hits), counter.facets(),
                (System.nanoTime() - started) / 1_000);
    }

    private static ScoreDoc[] page(IndexSearcher searcher, Query query, boolean ranked, SearchRequest request)
            throws IOException {
        int wanted = request.offset() + request.limit();
        TopDocs top = ranked
                ? searcher.search(query, new TopScoreDocCollectorManager(wanted, null, wanted))
                : searcher.search(query, new TopFieldCollectorManager(BROWSE_ORDER, wanted, null, wanted));
        ScoreDoc[] all = top.scoreDocs;
        return all.length <= request.offset() ? new ScoreDoc[0] : Arrays.copyOfRange(all, request.offset(), all.length);
    }

    private static Query withKeywordFilters(Query query, SearchRequest request) {
        BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(query, Occur.MUST);
        if (request.hotline().isPresent()) {
            BooleanQuery.Builder hotlines = new BooleanQuery.Builder();
            hotlineFilter(request).forEach(h -> hotlines.add(new TermQuery(new Term(ArticleDocuments.HOTLINE, h)), Occur.SHOULD));
            filtered.add(hotlines.build(), Occur.FILTER);
        }
        request.category().ifPresent(c -> filtered.add(new TermQuery(new Term(ArticleDocuments.CATEGORY, c)), Occur.FILTER));
        return filtered.build();
    }

    private static List<String> hotlineFilter(SearchRequest request) {
        return request.hotline().map(h -> List.of(h, Article.ALL_HOTLINES)).orElse(List.of());
    }
}
