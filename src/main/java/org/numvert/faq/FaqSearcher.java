package org.numvert.faq;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopDocsCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.SearcherManager;

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

    private SearchResults search(IndexSearcher searcher, SearchRequest request, long started) throws IOException {
        Optional<Query> ranked = queries.build(request.text(), request.partial(), searcher.getIndexReader());
        if (ranked.isEmpty() && !request.text().isBlank()) {
            return new SearchResults(0, List.of(), Map.of(ArticleDocuments.HOTLINE, Map.of(), ArticleDocuments.CATEGORY, Map.of()),
                    (System.nanoTime() - started) / 1_000);
        }
        int wanted = request.offset() + request.limit();
        TopDocsCollector<?> top = ranked.isPresent()
                ? new TopScoreDocCollectorManager(wanted, null, Integer.MAX_VALUE, false).newCollector()
                : new TopFieldCollectorManager(BROWSE_ORDER, wanted, null, Integer.MAX_VALUE, false).newCollector();
        FacetedCollector collector = new FacetedCollector(top, hotlineFilter(request), request.category().stream().toList());
        Query query = Visibility.filter(ranked.orElseGet(MatchAllDocsQuery::new), request.audiences());
        searcher.search(query, single(collector));
        TopDocs page = collector.topDocs(request.offset(), request.limit());
        String[] texts = snippets.of(searcher, ranked.orElse(null), page);
        List<SearchHit> hits = HitSummaries.of(searcher, page.scoreDocs, texts);
        return new SearchResults(collector.total(), List.copyOf(hits), collector.facets(),
                (System.nanoTime() - started) / 1_000);
    }

    private static List<String> hotlineFilter(SearchRequest request) {
        return request.hotline().map(h -> List.of(h, Article.ALL_HOTLINES)).orElse(List.of());
    }

    private static CollectorManager<FacetedCollector, FacetedCollector> single(FacetedCollector collector) {
        return new CollectorManager<>() {
            private boolean given;

            @Override
            public FacetedCollector newCollector() {
                if (given) {
                    throw new IllegalStateException("the FAQ searcher searches in one slice");
                }
                given = true;
                return collector;
            }

            @Override
            public FacetedCollector reduce(Collection<FacetedCollector> collectors) {
                return collector;
            }
        };
    }
}
