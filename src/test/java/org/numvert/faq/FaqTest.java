package org.numvert.faq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.numvert.store.Database;
import org.numvert.store.FaqArticleRepository;
import org.numvert.store.Migrations;

/** The FAQ over a real database (in memory) and a real index: imports, edits, export, catch-up. */
class FaqTest {
    private static final Instant NOW = Instant.parse("2020-06-02T09:00:00Z");
    @TempDir
    Path dir;
    private final Database database = Database.openMemory("faq-" + UUID.randomUUID());
    private final FaqArticleRepository store;
    private final FaqIndex index = FaqIndex.inMemory(FaqFixture.analysis());
    private final Faq faq;

    FaqTest() {
        Migrations.fromClasspath(database).migrate();
        store = new FaqArticleRepository(database);
        faq = new Faq(store, index, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() throws Exception {
        faq.close();
        database.close();
    }

    @Test
    void importIsIdempotentById() {
        ImportReport first = faq.importArticles(FaqFixture.sources(), false);
        ImportReport again = faq.importArticles(FaqFixture.sources(), false);

        assertThat(first.created()).isEqualTo(15);
        assertThat(again).isEqualTo(new ImportReport(0, 0, 15, List.of(), List.of()));
        assertThat(store.history("masques")).hasSize(1);
        assertThat(faq.articleCount()).isEqualTo(15);
        assertThat(top("masques tissu")).isEqualTo("masques");
    }

    @Test
    void aChangedFileReplacesAnImportedRevision() {
        faq.importArticles(FaqFixture.sources(), false);

        ImportReport report = faq.importArticles(List.of(changed("masques", "Masques en tissu lavables", LocalDate.of(2020, 5, 5))), false);

        assertThat(report.updated()).isEqualTo(1);
        assertThat(faq.find("masques").orElseThrow().revision()).isEqualTo(2);
        assertThat(top("tissu lavables")).isEqualTo("masques");
    }

    @Test
    void anEditNewerThanTheFileIsAConflictUnlessForced() {
        faq.importArticles(FaqFixture.sources(), false);
        StoredArticle edited = faq.edit(changed("masques", "Masques : nouveau point de retrait", null).article(),
                "camille", "adresse", OptionalInt.of(1));

        ImportReport report = faq.importArticles(FaqFixture.sources(), false);

        assertThat(report.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("masques");
            assertThat(c.reason()).contains("revision 2", "2020-06-02");
        });
        assertThat(report.unchanged()).isEqualTo(14);
        assertThat(faq.find("masques").orElseThrow().revision()).isEqualTo(edited.revision());

        ImportReport newerFile = faq.importArticles(List.of(changed("masques", "Masques (fichier du 8 juin)", LocalDate.of(2020, 6, 8))), false);
        assertThat(newerFile.updated()).as("a file dated after the edit wins").isEqualTo(1);

        ImportReport forced = faq.importArticles(FaqFixture.sources(), true);
        assertThat(forced.updated()).isEqualTo(1);
        assertThat(faq.find("masques").orElseThrow().article().title()).isEqualTo("Distribution de masques aux entreprises");
        assertThat(store.history("masques")).hasSize(4);
    }

    @Test
    void anOlderFileDoesNotReplaceANewerImport() {
        faq.importArticles(List.of(changed("masques", "Masques de mai", LocalDate.of(2020, 5, 20))), false);

        ImportReport report = faq.importArticles(List.of(changed("masques", "Masques d'avril", LocalDate.of(2020, 5, 1))), false);

        assertThat(report.conflicts()).singleElement().extracting(ImportReport.Conflict::reason).asString()
                .contains("dated 2020-05-20, after the file's 2020-05-01");
    }

    @Test
    void anEditIsFoundByTheNextSearchAndDatedToday() {
        faq.importArticles(FaqFixture.sources(), false);
        assertThat(ids("hydroalcoolique")).isEmpty();

        Article article = faq.find("masques").orElseThrow().article();
        StoredArticle saved = faq.edit(new Article(article.id(), article.title(), article.body()
                        + "\n\nDu gel hydroalcoolique est aussi distribué.", article.hotlines(), article.category(),
                article.audience(), article.tags(), article.updated()), "camille", null, OptionalInt.of(1));

        assertThat(ids("hydroalcoolique")).containsExactly("masques");
        assertThat(saved.article().updated()).isEqualTo(LocalDate.of(2020, 6, 2));
        assertThatThrownBy(() -> faq.edit(article, "dominique", null, OptionalInt.of(1)))
                .isInstanceOf(RevisionConflictException.class);
    }

    @Test
    void exportThenImportIntoAnotherDatabaseGivesTheSameArticles() throws Exception {
        faq.importArticles(FaqFixture.sources(), false);
        Path exported = dir.resolve("export");

        assertThat(KbFiles.export(faq.all(), exported)).isEqualTo(15);

        KbFiles.Read read = KbFiles.read(exported);
        assertThat(read.problems()).isEmpty();
        assertThat(read.sources()).extracting(ArticleSource::article)
                .containsExactlyInAnyOrderElementsOf(FaqFixture.sources().stream().map(ArticleSource::article).toList());
        assertThat(faq.importArticles(read.sources(), false).unchanged()).isEqualTo(15);
    }

    @Test
    void anIndexBehindTheDatabaseCatchesUp() throws Exception {
        faq.importArticles(FaqFixture.sources(), false);
        Path indexDir = dir.resolve("index");
        try (FaqIndex fresh = FaqIndex.open(indexDir, FaqFixture.analysis()); Faq other = new Faq(store, fresh, Clock.systemUTC())) {
            assertThat(fresh.mark()).isEqualTo(-1);
            assertThat(other.catchUp()).isTrue();
            assertThat(other.catchUp()).isFalse();
            assertThat(other.articleCount()).isEqualTo(15);
        }
        Files.writeString(indexDir.resolve("segments_9"), "not an index");
        Files.list(indexDir).filter(f -> f.getFileName().toString().startsWith("segments_1"))
                .forEach(f -> overwrite(f));
        try (FaqIndex reopened = FaqIndex.open(indexDir, FaqFixture.analysis())) {
            assertThat(reopened.mark()).as("an unreadable index is wiped").isEqualTo(-1);
            assertThat(new Faq(store, reopened, Clock.systemUTC()).catchUp()).isTrue();
            assertThat(reopened.count()).isEqualTo(15);
        }
    }

    private static void overwrite(Path file) {
        try {
            Files.writeString(file, "garbage");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ArticleSource changed(String id, String title, LocalDate updated) {
        Article base = FaqFixture.sources().stream().map(ArticleSource::article).filter(a -> a.id().equals(id))
                .findFirst().orElseThrow();
        return new ArticleSource(new Article(id, title, base.body(), base.hotlines(), base.category(), base.audience(),
                base.tags(), updated == null ? base.updated() : updated), true, id + ".md");
    }

    private String top(String text) {
        return ids(text).get(0);
    }

    private List<String> ids(String text) {
        return faq.search(SearchRequest.of(text, 10)).hits().stream().map(SearchHit::id).toList();
    }
}
