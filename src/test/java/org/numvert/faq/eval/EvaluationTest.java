package org.numvert.faq.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.numvert.faq.Article;
import org.numvert.faq.Audience;
import org.numvert.faq.FaqIndex;
import org.numvert.faq.FaqSearcher;
import org.numvert.faq.FrenchAnalysis;
import org.numvert.faq.HelpfulVotes;
import org.numvert.faq.JsonLinesArticles;
import org.numvert.faq.SearchHit;
import org.numvert.faq.SearchRequest;

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

            EvalReport report = new Evaluation(index, 0).run(queries);

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
    void votesOfOtherGroupsHelpButAQueryIsNeverHelpedByItsOwnGroup() {
        try (FaqIndex index = FaqIndex.inMemory(FrenchAnalysis.withoutSynonyms())) {
            index.rebuild(sink -> read("corpus.jsonl", sink), 1);
            Evaluation evaluation = new Evaluation(index, 0);
            List<String> order = FaqSearcher.uncached(index, new HelpfulVotes())
                    .search(SearchRequest.of("entreprises", 10)).hits().stream()
                    .map(SearchHit::id).toList();
            assertThat(order).hasSizeGreaterThanOrEqualTo(2);
            String second = order.get(1);
            String other = Stream.iterate(0, i -> i + 1).map(i -> "other-" + i)
                    .filter(g -> Evaluation.foldOf(g, 2) != Evaluation.foldOf("mine", 2)).findFirst().orElseThrow();
            EvalQuery query = new EvalQuery("entreprises", Set.of(second), "real", Optional.of("mine"));
            EvalQuery ownGroup = new EvalQuery("aides aux entreprises", Set.of(second), "real", Optional.of("mine"));
            EvalQuery otherGroup = new EvalQuery("aides aux entreprises", Set.of(second), "real", Optional.of(other));

            assertThat(evaluation.run(List.of(query)).kinds().get("real").s1()).isZero();
            assertThat(evaluation.run(List.of(query), List.of(otherGroup), 0).kinds().get("real").s1()).isEqualTo(1.0);
            assertThat(evaluation.run(List.of(query), List.of(otherGroup), 2).kinds().get("real").s1()).isEqualTo(1.0);
            assertThat(evaluation.run(List.of(query), List.of(ownGroup), 2).kinds().get("real").s1())
                    .as("cross-validated: its own group's votes are in its own fold").isZero();
            assertThat(evaluation.run(List.of(query), List.of(ownGroup), 0).kinds().get("real").s1()).isEqualTo(1.0);
            EvalQuery ungrouped = new EvalQuery("aides aux entreprises", Set.of(second), "real");
            assertThatThrownBy(() -> evaluation.run(List.of(query), List.of(ungrouped), 2))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("group");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void phrasingsOfOtherGroupsBringInAnArticleTheWordsMissAndTheIndexIsLeftAsItWas() throws Exception {
        List<Article> corpus = corpus();
        try (FaqIndex index = indexOf(corpus)) {
            String other = Stream.iterate(0, i -> i + 1).map(i -> "other-" + i)
                    .filter(g -> Evaluation.foldOf(g, 2) != Evaluation.foldOf("mine", 2)).findFirst().orElseThrow();
            EvalQuery query = new EvalQuery("chomage technique", Set.of("mt:3#b"), "real", Optional.of("mine"));
            EvalQuery otherGroup = new EvalQuery("chômage technique des salariés", Set.of("mt:3#b"), "real", Optional.of(other));
            EvalQuery ownGroup = new EvalQuery("chômage technique", Set.of("mt:3#b"), "real", Optional.of("mine"));
            Evaluation votesOnly = new Evaluation(index, 0);
            Evaluation learning = votesOnly.learningPhrasings(corpus);

            assertThat(votesOnly.run(List.of(query), List.of(otherGroup), 2).kinds().get("real").s10())
                    .as("votes cannot bring in an article the words do not find").isZero();
            assertThat(learning.run(List.of(query), List.of(otherGroup), 2).kinds().get("real").s1()).isEqualTo(1.0);
            assertThat(learning.run(List.of(query), List.of(ownGroup), 2).kinds().get("real").s10())
                    .as("cross-validated: its own group's phrasings are in its own fold").isZero();
            assertThat(index.phrasings().articles()).isEmpty();
            assertThat(learning.run(List.of(query)).kinds().get("real").s10()).as("the index is as imported").isZero();
        }
    }

    @Test
    void foldsByQueryLetAnIntentsOtherPhrasingsHelpButNeverTheQueryItself() throws Exception {
        List<Article> corpus = corpus();
        try (FaqIndex index = indexOf(corpus)) {
            Evaluation learning = new Evaluation(index, 0).learningPhrasings(corpus);
            String asked = "chomage technique";
            String otherWords = Stream.of("chômage technique des salariés", "salariés en chômage technique",
                            "chômage technique, quelle indemnisation", "indemnités du chômage technique")
                    .filter(t -> Evaluation.foldOf(t, 2) != Evaluation.foldOf(asked, 2)).findFirst().orElseThrow();
            EvalQuery query = new EvalQuery(asked, Set.of("mt:3#b"), "real", Optional.of("mine"));
            EvalQuery sameIntent = new EvalQuery(otherWords, Set.of("mt:3#b"), "real", Optional.of("mine"));
            EvalQuery variant = new EvalQuery("chomage tecnique", Set.of("mt:3#b"), "drop-letter", Optional.of("mine"));

            EvalReport byQuery = learning.run(List.of(query, variant), List.of(query, sameIntent), 2, Evaluation.FoldBy.QUERY);
            assertThat(byQuery.kinds().get("real").s1()).as("its intent's other words help").isEqualTo(1.0);
            assertThat(byQuery.kinds()).as("only the feedback's own queries are measured").doesNotContainKey("drop-letter");
            assertThat(learning.run(List.of(query), List.of(query, sameIntent), 2).kinds().get("real").s10())
                    .as("by intent, the same feedback does not").isZero();
            assertThat(learning.run(List.of(query), List.of(query), 2, Evaluation.FoldBy.QUERY).kinds().get("real").s10())
                    .as("never its own words").isZero();
        }
    }

    @Test
    void theRankIsThatOfTheFirstExpectedArticle() {
        EvalQuery query = new EvalQuery("q", Set.of("b", "c"), "real");
        List<SearchHit> hits = List.of(hit("a"), hit("c"), hit("b"));

        assertThat(Evaluation.rankOfFirstExpected(hits, query)).isEqualTo(2);
        assertThat(Evaluation.rankOfFirstExpected(List.of(hit("z")), query)).isZero();
    }

    private static SearchHit hit(String id) {
        return new SearchHit(id, id, "", 1f, List.of("all"), "c", Audience.ALL,
                java.time.LocalDate.EPOCH);
    }

    private static void read(String name, Consumer<Article> sink) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(resource(name), StandardCharsets.UTF_8))) {
            JsonLinesArticles.read(reader, name, source -> sink.accept(source.article()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        return EvaluationTest.class.getResourceAsStream("/faq/eval/" + name);
    }

    private static List<Article> corpus() {
        List<Article> corpus = new ArrayList<>();
        read("corpus.jsonl", corpus::add);
        return corpus;
    }

    private static FaqIndex indexOf(List<Article> corpus) throws IOException {
        FaqIndex index = FaqIndex.inMemory(FrenchAnalysis.withoutSynonyms());
        index.rebuild(sink -> corpus.forEach(sink), 1);
        return index;
    }
}
