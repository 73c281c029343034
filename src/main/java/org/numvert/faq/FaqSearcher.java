package org.numvert.faq;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
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
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * Searches the FAQ index: ranked hits with snippets, sideways facets, audience and keyword
 * filters. Blank text lists the visible articles, most recently updated first; text made of
 * stop words only ("le", "qu'est-ce que") finds nothing. Among the {@value #VOTED_DEPTH} best
 * hits, the articles agents found helpful move up ({@link HelpfulVotes}, {@link Ranking#helpful()}).
 * The latest results are cached by request, index version and votes ({@link ResultCache}).
 * Thread-safe; blocking (CPU): call on the FAQ worker pool.
 */
public final class FaqSearcher {
    private static final Sort BROWSE_ORDER = new Sort(
            new SortField(ArticleDocuments.UPDATED, SortField.Type.LONG, true),
            new SortField(ArticleDocuments.TITLE_SORT, SortField.Type.STRING));

    private static final int CACHED_RESULTS = 2_000;
    /** How many of the best hits agents' votes may reorder. */
    static final int VOTED_DEPTH = 30;

    /** Higher score first; on equal scores, the index order, as Lucene ranks. */
    private static final Comparator<ScoreDoc> BEST_FIRST =
            Comparator.comparingDouble((ScoreDoc d) -> -d.score).thenComparingInt(d -> d.doc);

    private final SearcherManager searchers;
    private final SearchQueryBuilder queries;
    private final Snippets snippets;
    private final ResultCache cache;
    private final HelpfulVotes votes;
    private final float helpful = Ranking.DEFAULT.helpful();

    public FaqSearcher(FaqIndex index, HelpfulVotes votes) {
        this(index, votes, CACHED_RESULTS);
    }

    private FaqSearcher(FaqIndex index, HelpfulVotes votes, int cachedResults) {
        this.cache = new ResultCache(cachedResults);
        this.searchers = index.searchers();
        this.queries = new SearchQueryBuilder(index.analysis(), Ranking.DEFAULT);
        this.snippets = new Snippets(index.analysis());
        this.votes = votes;
    }

    /** A searcher that always searches: for measuring the search itself. */
    public static FaqSearcher uncached(FaqIndex index, HelpfulVotes votes) {
        return new FaqSearcher(index, votes, 0);
    }

    public SearchResults search(SearchRequest request) {
        long started = System.nanoTime();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                ResultCache.Version version = new ResultCache.Version(
                        ((DirectoryReader) searcher.getIndexReader()).getVersion(), votes.version());
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
     * A search scores every match once, counting the total and the facets in the same pass
     * (measured: a fifth faster than a pruned pass for the page followed by an unscored pass for
     * the facets, as the typo and prefix expansions leave little to prune). Browsing (no text)
     * sorts by date, then counts.
     */
    private SearchResults search(IndexSearcher searcher, SearchRequest request, long started) throws IOException {
        Optional<Query> ranked = queries.build(request.text(), request.partial(), searcher.getIndexReader());
        if (ranked.isEmpty() && !request.text().isBlank()) {
            return new SearchResults(0, List.of(), Map.of(ArticleDocuments.HOTLINE, Map.of(), ArticleDocuments.CATEGORY, Map.of()),
                    (System.nanoTime() - started) / 1_000);
        }
        Query visible = Visibility.filter(ranked.orElseGet(MatchAllDocsQuery::new), request.audiences());
        FacetCounter counter = new FacetCounter(hotlineFilter(request), request.category().stream().toList());
        ScoreDoc[] page;
        if (ranked.isPresent()) {
            page = rankedPage(searcher, visible, counter, request);
        } else {
            page = browsePage(searcher, withKeywordFilters(visible, request), request);
            searcher.search(new ConstantScoreQuery(visible), counter.manager());
        }
        String[] texts = snippets.of(searcher, ranked.orElse(null), page);
        List<SearchHit> hits = HitSummaries.of(searcher, page, texts);
        return new SearchResults(counter.total(), List.copyOf(hits), counter.facets(),
                (System.nanoTime() - started) / 1_000);
    }

    /** The best hits, reordered by votes, and the facets, in one scored pass over every match. */
    private ScoreDoc[] rankedPage(IndexSearcher searcher, Query visible, FacetCounter counter, SearchRequest request)
            throws IOException {
        int wanted = request.offset() + request.limit();
        int depth = votes.isEmpty() ? wanted : Math.max(wanted, VOTED_DEPTH);
        TopScoreDocCollector top = new TopScoreDocCollectorManager(depth, null, Integer.MAX_VALUE).newCollector();
        searcher.search(visible, counter.alongWith(top));
        ScoreDoc[] all = withVotes(searcher, top.topDocs().scoreDocs);
        return all.length <= request.offset() ? new ScoreDoc[0]
                : Arrays.copyOfRange(all, request.offset(), Math.min(all.length, wanted));
    }

    private static ScoreDoc[] browsePage(IndexSearcher searcher, Query query, SearchRequest request) throws IOException {
        int wanted = request.offset() + request.limit();
        ScoreDoc[] all = searcher.search(query, new TopFieldCollectorManager(BROWSE_ORDER, wanted, null, wanted)).scoreDocs;
        return all.length <= request.offset() ? new ScoreDoc[0] : Arrays.copyOfRange(all, request.offset(), all.length);
    }

    /** The hits again, each score raised by its article's net helpful votes, best first. */
    private ScoreDoc[] withVotes(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
        if (votes.isEmpty()) {
            return hits;
        }
        ScoreDoc[] voted = new ScoreDoc[hits.length];
        for (int i = 0; i < hits.length; i++) {
            int net = votes.of(HitSummaries.id(searcher, hits[i].doc));
            float score = net == 0 ? hits[i].score : hits[i].score * (1 + helpful * (float) Math.log1p(net));
            voted[i] = new ScoreDoc(hits[i].doc, score, hits[i].shardIndex);
        }
        Arrays.sort(voted, BEST_FIRST);
        return voted;
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
