package org.numvert.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.numvert.faq.Article;
import org.numvert.faq.FaqIndex;
import org.numvert.faq.FrenchAnalysis;
import org.numvert.faq.JsonLinesArticles;
import org.numvert.faq.SourceProblem;
import org.numvert.faq.eval.EvalQuery;
import org.numvert.faq.eval.EvalReport;
import org.numvert.faq.eval.Evaluation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kb eval --corpus CORPUS.jsonl QUERIES.jsonl...}: indexes a corpus in a temporary
 * directory and measures the production search on queries with expected articles.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Index a JSON-lines corpus in a temporary directory, run every query through the"
            + " production search, and print S@1, S@10, MRR@10 per query kind and latency p50/p99."})
final class KbEvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", required = true, paramLabel = "CORPUS.jsonl", description = "Articles, one JSON object per line.")
    Path corpus;

    @Parameters(arity = "1..*", paramLabel = "QUERIES.jsonl",
            description = "Queries: {\"query\", \"expected_ids\"|\"expected\", \"kind\", \"transform\"?} per line.")
    List<Path> queryFiles;

    @Option(names = "--synonyms", paramLabel = "FILE", description = "Solr-format synonyms applied at query time.")
    Path synonyms;

    @Option(names = "--feedback", paramLabel = "QUERIES.jsonl",
            description = {"Judged queries standing for agents' feedback: each group (\"group\", else the words)"
                + " is one agent who searched with the query and found its expected articles helpful"
                + " (votes, and the phrasings its searches teach the articles)."})
    Path feedback;

    @Option(names = "--folds", paramLabel = "K", defaultValue = "0",
            description = {"With --feedback: split its groups in K folds and measure each fold's queries"
                + " with the other folds' votes only (cross-validation). 0: every vote for every query."})
    int folds;

    @Option(names = "--folds-by", paramLabel = "intent|query", defaultValue = "intent",
            description = {"With --folds: split the intents (default: a query never gets its own intent's feedback),"
                + " or the queries (a query gets its intent's other phrasings, never itself; only the feedback's"
                + " queries are measured)."})
    String foldsBy;

    @Option(names = "--votes-only",
            description = {"With --feedback: simulate the votes only, not the phrasings the searches teach the articles."})
    boolean votesOnly;

    @Option(names = "--json", description = "One JSON object: {\"kinds\": {...}, \"latencyMs\": {\"p50\", \"p99\"}}.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (folds < 0 || folds == 1 || (folds > 0 && feedback == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--folds takes 0, or 2 and more with --feedback");
        }
        Evaluation.FoldBy by = switch (foldsBy) {
            case "intent" -> Evaluation.FoldBy.INTENT;
            case "query" -> Evaluation.FoldBy.QUERY;
            default -> throw new CommandLine.ParameterException(spec.commandLine(), "--folds-by takes intent or query");
        };
        if (by == Evaluation.FoldBy.QUERY && folds < 2) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--folds-by query goes with --folds 2 or more");
        }
        if (votesOnly && feedback == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--votes-only goes with --feedback");
        }
        List<EvalQuery> queries = read(queryFiles);
        List<EvalQuery> votes = feedback == null ? List.of() : read(List.of(feedback));
        Path dir = Files.createTempDirectory("numvert-eval");
        try (FaqIndex index = FaqIndex.open(dir, FrenchAnalysis.fromSynonymsFile(synonyms))) {
            List<Article> articles = new ArrayList<>();
            List<SourceProblem> problems = JsonLinesArticles.read(corpus, source -> articles.add(source.article()));
            long started = System.nanoTime();
            int count = index.rebuild(sink -> articles.forEach(sink), 0);
            System.err.printf("indexed %d articles in %.1f s (%d unreadable lines); running %d queries%n",
                    count, (System.nanoTime() - started) / 1e9, problems.size(), queries.size());
            Evaluation evaluation = new Evaluation(index, Evaluation.WARM_UP);
            if (!votesOnly) {
                evaluation = evaluation.learningPhrasings(articles);
            }
            EvalReport report;
            try {
                report = feedback == null ? evaluation.run(queries) : evaluation.run(queries, votes, folds, by);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            System.out.print(json ? report.toJson() + System.lineSeparator() : report.toText());
        } finally {
            deleteTree(dir);
        }
        return 0;
    }

    private static List<EvalQuery> read(List<Path> files) throws IOException {
        List<EvalQuery> queries = new ArrayList<>();
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                queries.addAll(EvalQuery.read(in));
            }
        }
        return queries;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
