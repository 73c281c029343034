package org.numvert.faq.eval;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.numvert.faq.FaqSearcher;
import org.numvert.faq.SearchHit;
import org.numvert.faq.SearchRequest;

/**
 * Runs evaluation queries through the production search (analysis, query building, filters,
 * snippets) and measures quality and latency. Single-threaded, so that latency is one search's.
 */
public final class Evaluation {
    static final int DEPTH = 10;
    /** Searches run before measuring, so that latency is the warm service's. */
    public static final int WARM_UP = 300;

    private final FaqSearcher searcher;
    private final int warmUp;

    public Evaluation(FaqSearcher searcher, int warmUp) {
        this.searcher = searcher;
        this.warmUp = warmUp;
    }

    public EvalReport run(List<EvalQuery> queries) {
        for (int i = 0; i < Math.min(warmUp, queries.size()); i++) {
            searcher.search(SearchRequest.of(queries.get(i).text(), DEPTH));
        }
        Map<String, double[]> sums = new TreeMap<>();
        long[] nanos = new long[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            EvalQuery query = queries.get(i);
            long started = System.nanoTime();
            List<SearchHit> hits = searcher.search(SearchRequest.of(query.text(), DEPTH)).hits();
            nanos[i] = System.nanoTime() - started;
            int rank = rankOfFirstExpected(hits, query);
            double[] s = sums.computeIfAbsent(query.kind(), k -> new double[4]);
            s[0]++;
            s[1] += rank == 1 ? 1 : 0;
            s[2] += rank >= 1 ? 1 : 0;
            s[3] += rank >= 1 ? 1.0 / rank : 0;
        }
        Map<String, EvalReport.KindFigures> kinds = new TreeMap<>();
        sums.forEach((kind, s) -> kinds.put(kind,
                new EvalReport.KindFigures((int) s[0], s[1] / s[0], s[2] / s[0], s[3] / s[0])));
        Arrays.sort(nanos);
        return new EvalReport(kinds, percentile(nanos, 0.50), percentile(nanos, 0.99));
    }

    /** 1-based rank of the first expected article in the hits, 0 when none is there. */
    static int rankOfFirstExpected(List<SearchHit> hits, EvalQuery query) {
        for (int i = 0; i < hits.size(); i++) {
            if (query.expected().contains(hits.get(i).id())) {
                return i + 1;
            }
        }
        return 0;
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1_000_000.0;
    }
}
