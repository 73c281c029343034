package org.numvert.faq;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Agents' votes: how they are counted, and how they move articles among the best hits. */
class HelpfulVotesTest {
    private static FaqIndex index;

    @BeforeAll
    static void index() throws Exception {
        index = FaqFixture.index();
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    @Test
    void eachAgentCountsOnceWithItsLatestVerdict() {
        HelpfulVotes votes = new HelpfulVotes();
        assertThat(votes.isEmpty()).isTrue();

        for (int i = 0; i < 5; i++) {
            votes.record("masques", "agent1", true);
        }
        votes.record("masques", "agent2", true);
        assertThat(votes.of("masques")).isEqualTo(2);
        assertThat(votes.isEmpty()).isFalse();

        votes.record("masques", "agent1", false);
        assertThat(votes.of("masques")).isZero();
        votes.record("masques", "agent3", false);
        assertThat(votes.of("masques")).as("never below zero").isZero();
        assertThat(votes.isEmpty()).isTrue();
        assertThat(votes.of("unknown")).isZero();
    }

    @Test
    void theVersionChangesOnlyWhenACountChanges() {
        HelpfulVotes votes = new HelpfulVotes();
        long start = votes.version();
        votes.record("masques", "agent1", true);
        long afterFirst = votes.version();
        votes.record("masques", "agent1", true);

        assertThat(afterFirst).isNotEqualTo(start);
        assertThat(votes.version()).isEqualTo(afterFirst);
    }

    @Test
    void anArticleColleaguesFoundHelpfulComesBeforeOneThatMatchesALittleBetter() {
        HelpfulVotes votes = new HelpfulVotes();
        FaqSearcher searcher = new FaqSearcher(index, votes);
        List<String> before = ids(searcher, "confinement");
        assertThat(before.subList(0, 2)).containsExactly("trains-ter", "formation-distance");

        for (String agent : List.of("agent1", "agent2", "agent3", "agent4")) {
            votes.record("formation-distance", agent, true);
        }
        assertThat(ids(searcher, "confinement").subList(0, 2))
                .as("the cached results of before the votes are not served")
                .containsExactly("formation-distance", "trains-ter");
        assertThat(ids(searcher, "confinement")).containsExactlyInAnyOrderElementsOf(before);

        for (String agent : List.of("agent1", "agent2", "agent3", "agent4")) {
            votes.record("formation-distance", agent, false);
        }
        assertThat(ids(searcher, "confinement")).isEqualTo(before);
    }

    @Test
    void votesDoNotBringInArticlesThatDoNotMatch() {
        HelpfulVotes votes = new HelpfulVotes();
        FaqSearcher searcher = new FaqSearcher(index, votes);
        for (int i = 0; i < 50; i++) {
            votes.record("masques", "agent" + i, true);
        }

        assertThat(ids(searcher, "transport à la demande soignants")).first().isEqualTo("transport-soignants");
        assertThat(ids(searcher, "rémunération stagiaires")).doesNotContain("masques");
    }

    private static List<String> ids(FaqSearcher searcher, String text) {
        return searcher.search(SearchRequest.of(text, 10)).hits().stream().map(SearchHit::id).toList();
    }
}
