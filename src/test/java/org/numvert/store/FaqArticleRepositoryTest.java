package org.numvert.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.numvert.faq.Article;
import org.numvert.faq.ArticleChange;
import org.numvert.faq.Audience;
import org.numvert.faq.Origin;
import org.numvert.faq.RevisionConflictException;
import org.numvert.faq.RevisionSummary;
import org.numvert.faq.StoredArticle;

class FaqArticleRepositoryTest {
    private static final Instant T0 = Instant.parse("2020-04-01T08:00:00Z");
    private final Database database = Database.openMemory("faq-articles-" + UUID.randomUUID());
    private final FaqArticleRepository articles;

    FaqArticleRepositoryTest() {
        Migrations.fromClasspath(database).migrate();
        articles = new FaqArticleRepository(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void anArticleKeepsEveryRevisionWithAuthorTimeAndNote() {
        articles.save(List.of(change(article("pge", "Prêt garanti"), "kb-import", Origin.IMPORT, null, T0, 0)));
        articles.save(List.of(change(article("pge", "Prêt garanti par l'État"), "camille", Origin.EDIT,
                "titre complet", T0.plusSeconds(60), 1)));

        StoredArticle current = articles.find("pge").orElseThrow();
        assertThat(current.revision()).isEqualTo(2);
        assertThat(current.article().title()).isEqualTo("Prêt garanti par l'État");
        assertThat(current.changedBy()).isEqualTo("camille");
        assertThat(current.origin()).isEqualTo(Origin.EDIT);
        assertThat(current.changedAt()).isEqualTo(T0.plusSeconds(60));

        List<RevisionSummary> history = articles.history("pge");
        assertThat(history).extracting(RevisionSummary::revision).containsExactly(2, 1);
        assertThat(history.get(0).note()).isEqualTo("titre complet");
        assertThat(history.get(1).title()).isEqualTo("Prêt garanti");
        assertThat(articles.revision("pge", 1).orElseThrow().article().title()).isEqualTo("Prêt garanti");
        assertThat(articles.revision("pge", 3)).isEmpty();
        assertThat(articles.history("nothing")).isEmpty();
    }

    @Test
    void everyFieldSurvivesTheRoundTrip() {
        Article article = new Article("mt:article374534#Quel-est-le-role", "Titre « guillemets »",
                "Corps **gras**\n\n- liste\n- « é » ".repeat(2_000), List.of("entreprises", "transport"),
                "aides-urgence", Audience.ADOCC, List.of("fonds de solidarité", "TPE, PME"), LocalDate.of(2020, 4, 15));
        articles.save(List.of(change(article, "kb-import", Origin.IMPORT, null, T0, 0)));

        assertThat(articles.find(article.id()).orElseThrow().article()).isEqualTo(article);
    }

    @Test
    void aStaleRevisionOrADuplicateCreationIsAConflictAndStoresNothing() {
        articles.save(List.of(change(article("a", "A"), "x", Origin.EDIT, null, T0, 0)));
        articles.save(List.of(change(article("a", "A2"), "x", Origin.EDIT, null, T0, 1)));

        assertThatThrownBy(() -> articles.save(List.of(change(article("a", "A3"), "y", Origin.EDIT, null, T0, 1))))
                .isInstanceOf(RevisionConflictException.class).hasMessageContaining("revision 2");
        assertThatThrownBy(() -> articles.save(List.of(
                change(article("b", "B"), "y", Origin.EDIT, null, T0, 0),
                change(article("a", "A again"), "y", Origin.EDIT, null, T0, 0))))
                .isInstanceOf(RevisionConflictException.class);

        assertThat(articles.find("a").orElseThrow().article().title()).isEqualTo("A2");
        assertThat(articles.find("b")).as("the batch is all or nothing").isEmpty();
        assertThat(articles.count()).isEqualTo(1);
    }

    @Test
    void theChangeMarkGrowsWithEveryRevisionAndTheCurrentOnesAreListedInIdOrder() {
        long empty = articles.changeMark();
        articles.save(List.of(change(article("b", "B"), "x", Origin.IMPORT, null, T0, 0),
                change(article("a", "A"), "x", Origin.IMPORT, null, T0, 0)));
        long two = articles.changeMark();
        articles.save(List.of(change(article("a", "A2"), "x", Origin.EDIT, null, T0, 1)));

        assertThat(two).isGreaterThan(empty);
        assertThat(articles.changeMark()).isGreaterThan(two);
        List<String> titles = new ArrayList<>();
        articles.forEachCurrent(stored -> titles.add(stored.article().title()));
        assertThat(titles).containsExactly("A2", "B");
    }

    static Article article(String id, String title) {
        return new Article(id, title, "Corps de " + title, List.of("entreprises"), "prets", Audience.ALL,
                List.of(), LocalDate.of(2020, 4, 1));
    }

    private static ArticleChange change(Article article, String author, Origin origin, String note, Instant at,
            int expected) {
        return new ArticleChange(article, author, origin, note, at, OptionalInt.of(expected));
    }
}
