package org.numvert.faq;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts, without scoring, the documents that pass both keyword filters (the total) and the
 * hotline and category facets "sideways" in the same pass: the hotline facet over the documents
 * that pass the category filter, and the reverse. Single-threaded, like one leaf search.
 */
final class FacetCounter implements Collector {
    private final List<String> hotlines;
    private final List<String> categories;
    private final List<FacetFilter[]> segments = new ArrayList<>();
    private long total;
    private boolean lastPassed;

    /**
     * @param hotlines   accepted hotline values (the chosen one and "all"), empty for no filter
     * @param categories accepted category values, empty for no filter
     */
    FacetCounter(List<String> hotlines, List<String> categories) {
        this.hotlines = hotlines;
        this.categories = categories;
    }

    /** A manager giving this one collector: the FAQ searcher searches in one slice. */
    CollectorManager<FacetCounter, FacetCounter> manager() {
        return new CollectorManager<>() {
            private boolean given;

            @Override
            public FacetCounter newCollector() {
                if (given) {
                    throw new IllegalStateException("facets are counted in one slice");
                }
                given = true;
                return FacetCounter.this;
            }

            @Override
            public FacetCounter reduce(Collection<FacetCounter> collectors) {
                return FacetCounter.this;
            }
        };
    }

    /**
     * A manager giving one collector that counts like this one and hands the documents that pass
     * both filters to {@code page}, scored: the page and the facets in a single pass over the
     * matches.
     */
    CollectorManager<Collector, FacetCounter> alongWith(Collector page) {
        Collector both = new Collector() {
            @Override
            public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
                LeafCollector counts = FacetCounter.this.getLeafCollector(context);
                LeafCollector hits = page.getLeafCollector(context);
                return new LeafCollector() {
                    @Override
                    public void setScorer(Scorable scorer) throws IOException {
                        hits.setScorer(scorer);
                    }

                    @Override
                    public void collect(int doc) throws IOException {
                        counts.collect(doc);
                        if (lastPassed) {
                            hits.collect(doc);
                        }
                    }
                };
            }

            @Override
            public ScoreMode scoreMode() {
                return page.scoreMode();
            }
        };
        return new CollectorManager<>() {
            @Override
            public Collector newCollector() {
                return both;
            }

            @Override
            public FacetCounter reduce(Collection<Collector> collectors) {
                return FacetCounter.this;
            }
        };
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        FacetFilter hotline = new FacetFilter(context.reader(), ArticleDocuments.HOTLINE, hotlines);
        FacetFilter category = new FacetFilter(context.reader(), ArticleDocuments.CATEGORY, categories);
        segments.add(new FacetFilter[] {hotline, category});
        return new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) {
                // counts need no score
            }

            @Override
            public void collect(int doc) throws IOException {
                hotline.read(doc);
                category.read(doc);
                boolean hotlinePasses = hotline.passes();
                boolean categoryPasses = category.passes();
                if (categoryPasses) {
                    hotline.count();
                }
                if (hotlinePasses) {
                    category.count();
                }
                lastPassed = hotlinePasses && categoryPasses;
                if (lastPassed) {
                    total++;
                }
            }
        };
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    long total() {
        return total;
    }

    Map<String, Map<String, Integer>> facets() throws IOException {
        Map<String, Integer> hotlineCounts = new TreeMap<>();
        Map<String, Integer> categoryCounts = new TreeMap<>();
        for (FacetFilter[] segment : segments) {
            segment[0].addTo(hotlineCounts);
            segment[1].addTo(categoryCounts);
        }
        return Map.of(ArticleDocuments.HOTLINE, hotlineCounts, ArticleDocuments.CATEGORY, categoryCounts);
    }
}
