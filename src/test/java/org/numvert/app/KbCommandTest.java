package org.numvert.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kb import | export | reindex | eval} run in process, as {@code java -jar numvert.jar kb …} does. */
class KbCommandTest {
    @TempDir
    Path dir;

    @Test
    void importIsIdempotentReportsConflictsAndExportsBack() throws Exception {
        Path fixture = resource("/faq/fixture");
        String data = dir.resolve("data").toString();

        Run first = run("kb", "import", fixture.toString(), "--data-dir", data);
        Run again = run("kb", "import", fixture.toString(), "--data-dir", data);

        assertThat(first.code()).isZero();
        assertThat(first.out()).contains("15 created, 0 updated, 0 unchanged, 0 conflict(s), 0 problem(s)");
        assertThat(again.out()).contains("0 created, 0 updated, 15 unchanged");

        Path older = Files.createDirectories(dir.resolve("older"));
        Files.writeString(older.resolve("masques.md"), Files.readString(fixture.resolve("masques.md"))
                .replace("updated: 2020-05-04", "updated: 2020-04-01").replace("Distribution de masques", "Masques d'avril"));
        Run conflict = run("kb", "import", older.toString(), "--data-dir", data);
        assertThat(conflict.code()).isEqualTo(KbCommand.EXIT_CONFLICTS);
        assertThat(conflict.out()).contains("conflict: masques (masques.md)");

        Path exported = dir.resolve("exported");
        Run export = run("kb", "export", exported.toString(), "--data-dir", data);
        assertThat(export.out()).contains("15 article(s) written");
        try (Stream<Path> files = Files.list(exported)) {
            assertThat(files.count()).isEqualTo(15);
        }
        assertThat(Files.readString(exported.resolve("masques.md"))).contains("title: Distribution de masques aux entreprises");

        Run reindex = run("kb", "reindex", "--data-dir", data);
        assertThat(reindex.code()).isZero();
        assertThat(reindex.out()).contains("15 article(s) indexed");
    }

    @Test
    void aMissingSourceOrABadConfigurationIsAFailure() throws Exception {
        assertThat(run("kb", "import", dir.resolve("nothing.txt").toString(), "--data-dir", dir.toString()).code()).isEqualTo(1);
        Path config = dir.resolve("bad.yaml");
        Files.writeString(config, "faq:\n  searchThreads: zero\n");
        Run bad = run("kb", "reindex", "--config", config.toString());
        assertThat(bad.code()).isEqualTo(Main.EXIT_CONFIG);
        assertThat(bad.err()).contains("faq.searchThreads");
    }

    @Test
    void evalPrintsFiguresPerKindAsJson() throws Exception {
        Run eval = run("kb", "eval", "--corpus", resource("/faq/eval/corpus.jsonl").toString(),
                resource("/faq/eval/queries.jsonl").toString(), "--json");

        assertThat(eval.code()).isZero();
        JsonObject json = report(eval);
        assertThat(json.getJsonObject("kinds").getJsonObject("real").getInteger("n")).isEqualTo(3);
        assertThat(json.getJsonObject("latencyMs").fieldNames()).containsExactlyInAnyOrder("p50", "p99");
    }

    @Test
    void evalWithFeedbackCrossValidatesAndRefusesAFoldOfOne() throws Exception {
        String corpus = resource("/faq/eval/corpus.jsonl").toString();
        String queries = resource("/faq/eval/queries.jsonl").toString();

        Run folds = run("kb", "eval", "--corpus", corpus, "--feedback", queries, "--folds", "2", queries, "--json");
        Run one = run("kb", "eval", "--corpus", corpus, "--feedback", queries, "--folds", "1", queries);
        Run alone = run("kb", "eval", "--corpus", corpus, "--folds", "3", queries);
        Run byQuery = run("kb", "eval", "--corpus", corpus, "--feedback", queries, "--folds", "2", "--folds-by", "query",
                queries, "--json");
        Run byNothing = run("kb", "eval", "--corpus", corpus, "--feedback", queries, "--folds", "2", "--folds-by", "day",
                queries);
        Run votesAlone = run("kb", "eval", "--corpus", corpus, "--votes-only", queries);

        assertThat(folds.code()).isZero();
        assertThat(byQuery.code()).as(byQuery.err()).isZero();
        assertThat(report(byQuery).getJsonObject("kinds").fieldNames())
                .as("the feedback's own queries only").isNotEmpty();
        assertThat(byNothing.code()).isEqualTo(2);
        assertThat(byNothing.err()).contains("--folds-by");
        assertThat(votesAlone.code()).isEqualTo(2);
        assertThat(votesAlone.err()).contains("--votes-only");
        assertThat(report(folds).getJsonObject("kinds").getJsonObject("real").getInteger("n"))
                .as("every query measured once, in its fold").isEqualTo(3);
        assertThat(one.code()).isEqualTo(2);
        assertThat(one.err()).contains("--folds");
        assertThat(alone.code()).isEqualTo(2);
    }

    private static Path resource(String name) throws Exception {
        return Path.of(Objects.requireNonNull(KbCommandTest.class.getResource(name)).toURI());
    }

    private record Run(int code, String out, String err) {
    }

    /**
     * The report line of {@code kb eval --json}. Standard output is captured for the whole JVM, so
     * a log line of another test's background thread (a closing connection) may land around it.
     */
    private static JsonObject report(Run run) {
        return new JsonObject(run.out().lines().filter(l -> l.startsWith("{\"kinds\"")).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no report line in: " + run.out())));
    }

    private static Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run(args);
            return new Run(code, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
