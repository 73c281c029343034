package org.numvert.faq;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.numvert.faq.eval.EvalQuery;

/**
 * The project's own FAQ ({@code kb/}, with {@code kb/synonyms.txt}) against its query set
 * ({@code faq/kb-queries.jsonl}: agents' and callers' words, misspellings, acronyms, no accents):
 * every file imports, nine queries in ten find an expected article in the first three hits, and
 * every query finds one in the first ten.
 */
class KbQueriesTest {
    private static final Path KB = Path.of("kb");

    @Test
    void theQuerySetFindsItsArticles() throws Exception {
        KbFiles.Read read = KbFiles.read(KB);
        assertThat(read.problems()).as("kb/ files that do not import").isEmpty();
        assertThat(read.sources()).hasSizeGreaterThanOrEqualTo(80);
        List<EvalQuery> queries = queries();
        assertThat(queries).hasSizeGreaterThanOrEqualTo(60);

        List<Ranked> ranked = new ArrayList<>();
        try (FaqIndex index = FaqIndex.inMemory(FrenchAnalysis.fromSynonymsFile(KB.resolve("synonyms.txt")))) {
            index.rebuild(sink -> read.sources().forEach(s -> sink.accept(s.article())), 1);
            FaqSearcher searcher = new FaqSearcher(index, new HelpfulVotes());
            queries.forEach(query -> ranked.add(Ranked.of(query, searcher)));
        }

        report(ranked);
        assertThat(ranked.stream().filter(r -> r.rank() == 0).map(Ranked::toString))
                .as("queries without an expected article in the first 10 hits").isEmpty();
        assertThat(ranked.stream().filter(r -> r.rank() == 0 || r.rank() > 3).count())
                .as("queries without an expected article in the first 3 hits").isLessThanOrEqualTo(queries.size() / 10);
    }

    /** A query and the rank of its first expected article (0: not in the first 10). */
    private record Ranked(EvalQuery query, List<String> ids, int rank) {
        static Ranked of(EvalQuery query, FaqSearcher searcher) {
            List<String> ids = searcher.search(SearchRequest.of(query.text(), 10)).hits().stream()
                    .map(SearchHit::id).toList();
            int rank = 0;
            for (int i = 0; i < ids.size() && rank == 0; i++) {
                rank = query.expected().contains(ids.get(i)) ? i + 1 : 0;
            }
            return new Ranked(query, ids, rank);
        }

        @Override
        public String toString() {
            return query.kind() + " '" + query.text() + "' expected " + query.expected() + ", got " + ids;
        }
    }

    private static void report(List<Ranked> ranked) {
        Map<String, int[]> byKind = new TreeMap<>();
        for (Ranked r : ranked) {
            int[] counts = byKind.computeIfAbsent(r.query().kind(), k -> new int[3]);
            counts[0]++;
            counts[1] += r.rank() >= 1 && r.rank() <= 3 ? 1 : 0;
            counts[2] += r.rank() >= 1 ? 1 : 0;
            if (r.rank() == 0 || r.rank() > 3) {
                System.out.println("kb query not in the first 3: " + r);
            }
        }
        byKind.forEach((kind, c) -> System.out.printf("kb queries %-10s n=%3d top3=%3d top10=%3d%n", kind, c[0], c[1], c[2]));
    }

    private List<EvalQuery> queries() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/faq/kb-queries.jsonl")) {
            return EvalQuery.read(in);
        }
    }
}
