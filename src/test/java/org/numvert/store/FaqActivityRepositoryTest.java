package org.numvert.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.numvert.faq.ArticleChange;
import org.numvert.faq.ArticleRating;
import org.numvert.faq.Feedback;
import org.numvert.faq.Origin;
import org.numvert.faq.SearchCount;
import org.numvert.faq.SearchRecord;
import org.numvert.routing.Organisation;

class FaqActivityRepositoryTest {
    private static final Instant T0 = Instant.parse("2020-04-01T08:00:00Z");
    private final Database database = Database.openMemory("faq-activity-" + UUID.randomUUID());
    private final FaqActivityRepository activity;

    FaqActivityRepositoryTest() {
        Migrations.fromClasspath(database).migrate();
        activity = new FaqActivityRepository(database);
        new FaqArticleRepository(database).save(List.of(
                new ArticleChange(FaqArticleRepositoryTest.article("pge", "Prêt garanti"), "x", Origin.IMPORT,
                        null, T0, OptionalInt.of(0)),
                new ArticleChange(FaqArticleRepositoryTest.article("masques", "Masques"), "x", Origin.IMPORT,
                        null, T0, OptionalInt.of(0))));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void topSearchesAndSearchesWithoutResultOfThePeriod() {
        activity.appendSearches(List.of(
                search(T0.minusSeconds(86_400 * 10), "pge", 3),
                search(T0, "pge", 3), search(T0.plusSeconds(5), "pge", 0),
                search(T0, "masques", 2),
                search(T0, "vélo", 0), search(T0.plusSeconds(9), "vélo", 0)));

        List<SearchCount> top = activity.topSearches(T0.minusSeconds(3600), 10);
        assertThat(top).extracting(SearchCount::query).containsExactly("pge", "vélo", "masques");
        assertThat(top.get(0).count()).isEqualTo(2);
        assertThat(top.get(0).withoutResult()).isEqualTo(1);
        assertThat(top.get(0).last()).isEqualTo(T0.plusSeconds(5));

        List<SearchCount> empty = activity.searchesWithoutResult(T0.minusSeconds(3600), 10);
        assertThat(empty).extracting(SearchCount::query, SearchCount::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("vélo", 2L),
                        org.assertj.core.groups.Tuple.tuple("pge", 1L));
        assertThat(activity.topSearches(T0.minusSeconds(3600), 1)).hasSize(1);
    }

    @Test
    void oldSearchesAreForgotten() {
        activity.appendSearches(List.of(search(T0.minusSeconds(100), "ancienne", 1), search(T0, "récente", 1)));

        assertThat(activity.forgetSearchesBefore(T0)).isEqualTo(1);
        assertThat(activity.topSearches(Instant.EPOCH, 10)).extracting(SearchCount::query).containsExactly("récente");
    }

    @Test
    void articlesRatedUnhelpfulComeMostOftenFirstWithTheirCurrentTitle() {
        activity.recordFeedback(new Feedback("pge", 1, false, "a1", T0, "pas à jour"));
        activity.recordFeedback(new Feedback("pge", 1, false, "a2", T0.plusSeconds(1), null));
        activity.recordFeedback(new Feedback("pge", 1, true, "a3", T0.plusSeconds(2), null));
        activity.recordFeedback(new Feedback("masques", 1, false, "a1", T0, null));
        activity.recordFeedback(new Feedback("masques", 1, true, "a2", T0.minusSeconds(86_400), null));

        List<ArticleRating> ratings = activity.unhelpfulArticles(T0.minusSeconds(3600), 10);

        assertThat(ratings).extracting(ArticleRating::id).containsExactly("pge", "masques");
        assertThat(ratings.get(0)).isEqualTo(new ArticleRating("pge", "Prêt garanti", 2, 1, T0.plusSeconds(2)));
        assertThat(ratings.get(1).helpful()).as("outside the period").isZero();
    }

    @Test
    void theSearchBehindAVerdictIsKeptNormalisedUntilAnEditorRemovesIt() {
        activity.recordFeedback(new Feedback("pge", 1, true, "a1", T0, null, "Prêt   PGE siret 123 456 789 00012"));
        activity.recordFeedback(new Feedback("pge", 1, true, "a2", T0.plusSeconds(1), null, "prêt pge siret 123456789 00012"));
        activity.recordFeedback(new Feedback("masques", 1, true, "a2", T0.plusSeconds(2), null, "prêt pge siret 123456789 00012"));
        activity.recordFeedback(new Feedback("pge", 1, false, "a3", T0.plusSeconds(3), null, null));

        List<Feedback> verdicts = new ArrayList<>();
        activity.forEachVerdict(verdicts::add);
        assertThat(verdicts).extracting(Feedback::searched)
                .containsExactly("prêt pge siret ###", "prêt pge siret ###", "prêt pge siret ###", null);

        assertThat(activity.forgetPhrasing("pge", "prêt pge siret ###")).isEqualTo(2);
        verdicts.clear();
        activity.forEachVerdict(verdicts::add);
        assertThat(verdicts).extracting(Feedback::searched).containsExactly(null, null, "prêt pge siret ###", null);
        assertThat(verdicts).extracting(Feedback::helpful).as("the verdicts stay").containsExactly(true, true, true, false);

        assertThat(activity.forgetPhrasingsBefore(T0.plusSeconds(2))).as("none left before").isZero();
        assertThat(activity.forgetPhrasingsBefore(T0.plusSeconds(3))).isEqualTo(1);
        verdicts.clear();
        activity.forEachVerdict(verdicts::add);
        assertThat(verdicts).extracting(Feedback::searched).containsOnlyNulls();
        assertThat(verdicts).hasSize(4);
    }

    private static SearchRecord search(Instant at, String text, int hits) {
        return SearchRecord.of(at, text, hits, Organisation.REGION);
    }
}
