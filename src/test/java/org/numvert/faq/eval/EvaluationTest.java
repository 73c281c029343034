package org.numvert.faq.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.numvert.faq.FaqIndex;
import org.numvert.faq.FaqSearcher;
import org.numvert.faq.FrenchAnalysis;
import org.numvert.faq.JsonLinesArticles;

/** The harness on a six-article corpus whose figures are known by hand. */
class EvaluationTest {

    @Test
    void figuresPerKindAndTheJsonShape() throws Exception {
        try (FaqIndex index = FaqIndex.inMemory(FrenchAnalysis.withoutSynonyms())) {
            index.rebuild(sink -> read("corpus.jsonl", sink), 1);
            List<EvalQuery> queries;
            try (InputStream in = resource("queries.jsonl")) {
                queries = EvalQuery.read(in);
            }

            EvalReport report = new Evaluation(FaqSearcher.uncached(index), 0).run(queries);

            assertThat(queries).hasSize(4);
            EvalReport.KindFigures real = report.kinds().get("real");
            assertThat(real.n()).isEqualTo(3);
            assertThat(real.s1()).isEqualTo(2 / 3.0);
            assertThat(real.s10()).isEqualTo(2 / 3.0);
            assertThat(real.mrr10()).isEqualTo(2 / 3.0);
            assertThat(report.kinds().get("drop-letter")).isEqualTo(new EvalReport.KindFigures(1, 1, 1, 1));
            assertThat(report.p99Millis()).isGreaterThanOrEqualTo(report.p50Millis()).isPositive();
            assertThat(report.toJson()).startsWith("{\"kinds\":{\"drop-letter\":{\"n\":1,\"s1\":1.0,\"s10\":1.0,\"mrr10\":1.0},"
                    + "\"real\":{\"n\":3,\"s1\":0.6667,\"s10\":0.6667,\"mrr10\":0.6667}},\"latencyMs\":{\"p50\":");
            assertThat(report.toText()).contains("real", "drop-letter", "p99");
        }
    }

    @Test
    void theRankIsThatOfTheFirstExpectedArticle() {
        EvalQuery query = new EvalQuery("q", java.util.Set.of("b", "c"), "real");
        List<org.numvert.faq.SearchHit> hits = List.of(hit("a"), hit("c"), hit("b"));

        assertThat(Evaluation.rankOfFirstExpected(hits, query)).isEqualTo(2);
        assertThat(Evaluation.rankOfFirstExpected(List.of(hit("z")), query)).isZero();
    }

    private static org.numvert.faq.SearchHit hit(String id) {
        return new org.numvert.faq.SearchHit(id, id, "", 1f, List.of("all"), "c", org.numvert.faq.Audience.ALL,
                java.time.LocalDate.EPOCH);
    }

    private static void read(String name, java.util.function.Consumer<org.numvert.faq.Article> sink) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(resource(name), StandardCharsets.UTF_8))) {
            JsonLinesArticles.read(reader, name, source -> sink.accept(source.article()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        return EvaluationTest.class.getResourceAsStream("/faq/eval/" + name);
    }
}
