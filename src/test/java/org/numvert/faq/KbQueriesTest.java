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
        List<EvalQuery> queries;
        try (InputStream in = getClass().getResourceAsStream("/faq/kb-queries.jsonl")) {
            queries = EvalQuery.read(in);
        }
        assertThat(queries).hasSizeGreaterThanOrEqualTo(60);

        List<String> notInTop3 = new ArrayList<>();
        List<String> notInTop10 = new ArrayList<>();
        Map<String, int[]> byKind = new TreeMap<>();
        try (FaqIndex index = FaqIndex.inMemory(FrenchAnalysis.fromSynonymsFile(KB.resolve("synonyms.txt")))) {
            index.rebuild(sink -> read.sources().forEach(s -> sink.accept(s.article())), 1);
            FaqSearcher searcher = new FaqSearcher(index);
            for (EvalQuery query : queries) {
                List<String> ids = searcher.search(SearchRequest.of(query.text(), 10)).hits().stream()
                        .map(SearchHit::id).toList();
                int rank = rank(ids, query);
                int[] counts = byKind.computeIfAbsent(query.kind(), k -> new int[3]);
                counts[0]++;
                counts[1] += rank >= 1 && rank <= 3 ? 1 : 0;
                counts[2] += rank >= 1 ? 1 : 0;
                String line = query.kind() + " '" + query.text() + "' expected " + query.expected() + ", got " + ids;
                if (rank < 1 || rank > 3) {
                    notInTop3.add(line);
                }
                if (rank < 1) {
                    notInTop10.add(line);
                }
            }
        }
        byKind.forEach((kind, c) -> System.out.printf("kb queries %-10s n=%3d top3=%3d top10=%3d%n", kind, c[0], c[1], c[2]));
        notInTop3.forEach(line -> System.out.println("not in top 3: " + line));
        assertThat(notInTop10).as("queries without an expected article in the first 10 hits").isEmpty();
        assertThat(notInTop3.size()).as("queries without an expected article in the first 3 hits")
                .isLessThanOrEqualTo(queries.size() / 10);
    }

    private static int rank(List<String> ids, EvalQuery query) {
        for (int i = 0; i < ids.size(); i++) {
            if (query.expected().contains(ids.get(i))) {
                return i + 1;
            }
        }
        return 0;
    }
}
