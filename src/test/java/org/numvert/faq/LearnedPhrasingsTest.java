package org.numvert.faq;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.numvert.store.Database;
import org.numvert.store.FaqArticleRepository;
import org.numvert.store.Migrations;

/**
 * The words agents searched with before finding an article helpful: how they are kept, and how
 * they let the next agent find the article with words its text does not use.
 */
class LearnedPhrasingsTest {
    private static final Instant NOW = Instant.parse("2020-04-02T09:00:00Z");
    /** No article of the fixture has these words. */
    private static final String CALLER_WORDS = "un pc pour mon ptit";

    private final Database database = Database.openMemory("phrasings-" + UUID.randomUUID());
    private final Faq faq;

    LearnedPhrasingsTest() {
        Migrations.fromClasspath(database).migrate();
        faq = new Faq(new FaqArticleRepository(database), FaqIndex.inMemory(FaqFixture.analysis()),
                Clock.fixed(NOW, ZoneOffset.UTC));
        faq.importArticles(FaqFixture.sources(), false);
    }

    @AfterEach
    void close() throws Exception {
        faq.close();
        database.close();
    }

    @Test
    void phrasingsAreNormalisedDistinctMostRecentFirstAndWithdrawnByANotHelpful() {
        LearnedPhrasings phrasings = new LearnedPhrasings();

        assertThat(phrasings.record("masques", "a1", true, Optional.of("  Masques   POUR artisans "))).isTrue();
        assertThat(phrasings.record("masques", "a2", true, Optional.of("masques pour artisans")))
                .as("the same words from another agent: no change to index").isFalse();
        assertThat(phrasings.record("masques", "a2", true, Optional.of("appel du 06 12 34 56 78 masques"))).isTrue();
        assertThat(phrasings.record("masques", "a1", true, Optional.empty())).isFalse();
        assertThat(phrasings.record("masques", "a1", true, Optional.of("   "))).isFalse();

        assertThat(phrasings.of("masques")).containsExactly("appel du ### masques", "masques pour artisans");

        assertThat(phrasings.record("masques", "a2", false, Optional.empty()))
                .as("a2's phrasing only it searched with goes; the shared one stays for a1").isTrue();
        assertThat(phrasings.of("masques")).containsExactly("masques pour artisans");
        assertThat(phrasings.record("masques", "a1", false, Optional.of("ignored"))).isTrue();
        assertThat(phrasings.of("masques")).isEmpty();
        assertThat(phrasings.articles()).isEmpty();
        assertThat(phrasings.record("masques", "a3", false, Optional.empty())).isFalse();
    }

    @Test
    void anArticleKeepsItsMostRecentPhrasings() {
        LearnedPhrasings phrasings = new LearnedPhrasings();
        for (int i = 0; i < LearnedPhrasings.MAX_PER_ARTICLE + 5; i++) {
            phrasings.record("masques", "a" + i, true, Optional.of("question " + i));
        }
        phrasings.record("masques", "late", true, Optional.of("question 3"));

        List<String> kept = phrasings.of("masques");
        assertThat(kept).hasSize(LearnedPhrasings.MAX_PER_ARTICLE)
                .startsWith("question 3", "question " + (LearnedPhrasings.MAX_PER_ARTICLE + 4))
                .doesNotContain("question 0", "question 5").contains("question 6");
    }

    @Test
    void theNextAgentFindsTheArticleWithTheWordsAColleagueSearchedWith() {
        assertThat(ids(CALLER_WORDS)).doesNotContain("ordinateurs-lyceens");

        faq.countFeedback(new Feedback("ordinateurs-lyceens", 1, true, "agent1", NOW, null, CALLER_WORDS));

        assertThat(ids(CALLER_WORDS)).as("indexed before countFeedback returns").first().isEqualTo("ordinateurs-lyceens");
        assertThat(ids("ptit pc")).first().isEqualTo("ordinateurs-lyceens");
        assertThat(faq.phrasings("ordinateurs-lyceens")).containsExactly(CALLER_WORDS);

        assertThat(faq.forgetPhrasing("ordinateurs-lyceens", "  Un PC   pour mon ptit")).isTrue();
        assertThat(ids(CALLER_WORDS)).doesNotContain("ordinateurs-lyceens");
        assertThat(faq.forgetPhrasing("ordinateurs-lyceens", CALLER_WORDS)).isFalse();
    }

    @Test
    void aNotHelpfulWithdrawsTheAgentsPhrasingsFromTheIndex() {
        faq.countFeedback(new Feedback("ordinateurs-lyceens", 1, true, "agent1", NOW, null, CALLER_WORDS));
        faq.countFeedback(new Feedback("ordinateurs-lyceens", 1, false, "agent1", NOW, null, null));

        assertThat(ids(CALLER_WORDS)).doesNotContain("ordinateurs-lyceens");
        assertThat(faq.phrasings("ordinateurs-lyceens")).isEmpty();
    }

    @Test
    void restoredFeedbackIsIndexedInOneGo() {
        faq.restoreFeedback(sink -> {
            sink.accept(new Feedback("ordinateurs-lyceens", 1, true, "agent1", NOW, null, CALLER_WORDS));
            sink.accept(new Feedback("masques", 1, true, "agent2", NOW, null, "pc ptit"));
            sink.accept(new Feedback("masques", 1, false, "agent2", NOW, null, null));
        });

        assertThat(ids(CALLER_WORDS)).first().isEqualTo("ordinateurs-lyceens");
        assertThat(faq.phrasings("masques")).isEmpty();
    }

    @Test
    void refreshingFromTheRecordsForgetsTheWordsTheRecordsNoLongerHold() {
        Feedback recent = new Feedback("masques", 1, true, "agent2", NOW, null, "pc ptit");
        faq.countFeedback(new Feedback("ordinateurs-lyceens", 1, true, "agent1", NOW, null, CALLER_WORDS));
        faq.countFeedback(recent);
        assertThat(ids(CALLER_WORDS)).first().isEqualTo("ordinateurs-lyceens");

        // Retention took the words out of agent1's verdict in the records; the verdict stays.
        int indexedAgain = faq.refreshPhrasings(sink -> {
            sink.accept(new Feedback("ordinateurs-lyceens", 1, true, "agent1", NOW, null, null));
            sink.accept(recent);
        });

        assertThat(indexedAgain).as("only the article whose words changed").isEqualTo(1);
        assertThat(faq.phrasings("ordinateurs-lyceens")).isEmpty();
        assertThat(ids(CALLER_WORDS)).doesNotContain("ordinateurs-lyceens");
        assertThat(faq.phrasings("masques")).containsExactly("pc ptit");
        assertThat(faq.refreshPhrasings(sink -> sink.accept(recent))).as("nothing changed").isZero();
    }

    private List<String> ids(String text) {
        return faq.search(SearchRequest.of(text, 10)).hits().stream().map(SearchHit::id).toList();
    }
}
