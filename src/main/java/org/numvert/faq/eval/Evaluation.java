package org.numvert.faq.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.numvert.faq.Article;
import org.numvert.faq.FaqIndex;
import org.numvert.faq.LearnedPhrasings;
import org.numvert.faq.FaqSearcher;
import org.numvert.faq.HelpfulVotes;
import org.numvert.faq.SearchHit;
import org.numvert.faq.SearchRequest;

/**
 * Runs evaluation queries through the production search (analysis, query building, filters,
 * votes, snippets) and measures quality and latency. Single-threaded, so that latency is one
 * search's.
 *
 * <p>Agents' votes ({@link HelpfulVotes}) can be simulated from judged queries: each group of
 * queries (one intent, in its several phrasings; a query without a group is its own) stands for
 * one agent who found every expected article of the group helpful. So that no query is helped by its own judgments, the feedback
 * groups are split in folds: the queries of a fold are measured with the votes of the other
 * folds only (cross-validation). Queries of groups absent from the feedback are measured with
 * every vote.
 *
 * <p>With {@link #learningPhrasings}, the feedback also teaches the articles the words agents
 * searched with ({@link LearnedPhrasings}), as the service learns them: each feedback query is
 * the search that led its agent to each expected article. The articles are then indexed again
 * for each fold, with the phrasings of the other folds only, and once more at the end, without
 * any.
 */
public final class Evaluation {
    static final int DEPTH = 10;
    /**
     * Searches run before measuring, so that latency is the warm service's: after 300 searches the
     * JIT was still compiling the search (measured on CDTN dev: p50 2.9, p99 9.5 ms), after 3,000
     * it was done (p50 2.2, p99 7.2 ms).
     */
    public static final int WARM_UP = 3_000;

    private final FaqIndex index;
    private final int warmUp;
    /** The corpus by id when the feedback teaches phrasings; empty: votes only. */
    private final Map<String, Article> articles;

    public Evaluation(FaqIndex index, int warmUp) {
        this(index, Map.of(), warmUp);
    }

    private Evaluation(FaqIndex index, Map<String, Article> articles, int warmUp) {
        this.index = index;
        this.articles = articles;
        this.warmUp = warmUp;
    }

    /**
     * The same evaluation, in which feedback also teaches phrasings.
     *
     * @param corpus the articles the index holds, to index them again with phrasings
     */
    public Evaluation learningPhrasings(Collection<Article> corpus) {
        Map<String, Article> byId = new HashMap<>();
        corpus.forEach(a -> byId.put(a.id(), a));
        return new Evaluation(index, Map.copyOf(byId), warmUp);
    }

    /** Measures without any vote. */
    public EvalReport run(List<EvalQuery> queries) {
        Tally tally = new Tally();
        measure(FaqSearcher.uncached(index, new HelpfulVotes()), queries, tally, true);
        return tally.report();
    }

    /** What the folds of a cross-validation split. */
    public enum FoldBy {
        /** Intents (groups): a query never gets the feedback of its own intent, in any phrasing. */
        INTENT,
        /**
         * Queries: a query gets the feedback of the other phrasings of its intent, never its own;
         * the same question asked again in other words. Only the feedback's own queries are then
         * measured (a variant of one, such as the same words misspelt, would meet its original).
         */
        QUERY
    }

    /** Measures with the feedback queries, cross-validated by intent ({@link FoldBy#INTENT}). */
    public EvalReport run(List<EvalQuery> queries, List<EvalQuery> feedback, int folds) {
        return run(queries, feedback, folds, FoldBy.INTENT);
    }

    /**
     * Measures with the feedback queries.
     *
     * @param folds 0 or 1: every query with all the feedback; more: cross-validation
     * @throws IllegalArgumentException when folds by intent are asked for and a feedback query has
     *         no group: the phrasings of one intent would then help each other across folds
     */
    public EvalReport run(List<EvalQuery> queries, List<EvalQuery> feedback, int folds, FoldBy by) {
        if (folds > 1 && by == FoldBy.INTENT && feedback.stream().anyMatch(q -> q.group().isEmpty())) {
            throw new IllegalArgumentException("cross-validation needs a \"group\" on every feedback query:"
                    + " without it, the phrasings of one intent would vote for each other");
        }
        Function<EvalQuery, String> key = by == FoldBy.INTENT ? EvalQuery::voter : EvalQuery::text;
        Tally tally = new Tally();
        Set<String> feedbackKeys = feedback.stream().map(key).collect(Collectors.toSet());
        int foldCount = Math.max(1, folds);
        boolean first = true;
        try {
            for (int fold = 0; fold < foldCount; fold++) {
                int held = fold;
                List<EvalQuery> measured = queries.stream().filter(q -> feedbackKeys.contains(key.apply(q))
                        && (foldCount == 1 || foldOf(key.apply(q), foldCount) == held)).toList();
                List<EvalQuery> given = feedback.stream()
                        .filter(q -> foldCount == 1 || foldOf(key.apply(q), foldCount) != held).toList();
                if (!measured.isEmpty()) {
                    learn(given);
                    measure(FaqSearcher.uncached(index, votes(given)), measured, tally, first);
                    first = false;
                }
            }
            if (by == FoldBy.QUERY) {
                return tally.report();
            }
            List<EvalQuery> others = queries.stream().filter(q -> !feedbackKeys.contains(key.apply(q))).toList();
            if (!others.isEmpty()) {
                learn(feedback);
                measure(FaqSearcher.uncached(index, votes(feedback)), others, tally, first);
            }
        } finally {
            learn(List.of());
        }
        return tally.report();
    }

    /** Indexes the articles again with the phrasings of {@code feedback} (none: as imported). */
    private void learn(List<EvalQuery> feedback) {
        if (articles.isEmpty()) {
            return;
        }
        LearnedPhrasings phrasings = index.phrasings();
        Set<String> changed = new HashSet<>(phrasings.articles());
        phrasings.clear();
        for (EvalQuery query : feedback) {
            query.expected().forEach(id -> phrasings.record(id, query.voter(), true, Optional.of(query.text())));
        }
        changed.addAll(phrasings.articles());
        List<Article> again = changed.stream().map(articles::get).filter(Objects::nonNull).toList();
        try {
            index.replace(again, index.mark());
            index.merge();
        } catch (IOException e) {
            throw new UncheckedIOException("evaluation index update failed", e);
        }
    }

    /** The fold of a group: stable across runs and machines ({@link String#hashCode} is specified). */
    static int foldOf(String group, int folds) {
        return Math.floorMod(group.hashCode(), folds);
    }

    /** One agent per group, who found each expected article of the group helpful. */
    static HelpfulVotes votes(List<EvalQuery> feedback) {
        HelpfulVotes votes = new HelpfulVotes();
        for (EvalQuery query : feedback) {
            query.expected().forEach(id -> votes.record(id, query.voter(), true));
        }
        return votes;
    }

    private void measure(FaqSearcher searcher, List<EvalQuery> queries, Tally tally, boolean warm) {
        if (warm) {
            for (int i = 0; i < Math.min(warmUp, queries.size()); i++) {
                searcher.search(SearchRequest.of(queries.get(i).text(), DEPTH));
            }
        }
        for (EvalQuery query : queries) {
            long started = System.nanoTime();
            List<SearchHit> hits = searcher.search(SearchRequest.of(query.text(), DEPTH)).hits();
            tally.add(query.kind(), rankOfFirstExpected(hits, query), System.nanoTime() - started);
        }
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

    /** Sums per kind (queries, successes at 1 and 10, reciprocal ranks) and latencies. */
    private static final class Tally {
        private final Map<String, double[]> sums = new TreeMap<>();
        private final List<Long> nanos = new ArrayList<>();

        void add(String kind, int rank, long elapsed) {
            double[] s = sums.computeIfAbsent(kind, k -> new double[4]);
            s[0]++;
            s[1] += rank == 1 ? 1 : 0;
            s[2] += rank >= 1 ? 1 : 0;
            s[3] += rank >= 1 ? 1.0 / rank : 0;
            nanos.add(elapsed);
        }

        EvalReport report() {
            Map<String, EvalReport.KindFigures> kinds = new TreeMap<>();
            sums.forEach((kind, s) -> kinds.put(kind,
                    new EvalReport.KindFigures((int) s[0], s[1] / s[0], s[2] / s[0], s[3] / s[0])));
            long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            return new EvalReport(kinds, percentile(sorted, 0.50), percentile(sorted, 0.99));
        }

        private static double percentile(long[] sorted, double p) {
            if (sorted.length == 0) {
                return 0;
            }
            int index = (int) Math.ceil(p * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1_000_000.0;
        }
    }
}
