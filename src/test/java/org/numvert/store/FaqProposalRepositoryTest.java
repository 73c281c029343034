package org.numvert.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.numvert.faq.ArticleChange;
import org.numvert.faq.Origin;
import org.numvert.faq.Proposal;
import org.numvert.faq.ProposalDecision;
import org.numvert.faq.ProposalStatus;
import org.numvert.faq.ProposedChange;

class FaqProposalRepositoryTest {
    private static final Instant T0 = Instant.parse("2020-04-01T08:00:00Z");
    private final Database database = Database.openMemory("faq-proposals-" + UUID.randomUUID());

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aProposalIsStoredListedAndDecidedOnce() {
        Migrations.fromClasspath(database).migrate();
        saveArticle("masques");
        FaqProposalRepository proposals = new FaqProposalRepository(database);
        Proposal first = proposals.add(new ProposedChange("masques", 1, null, "Nouveau texte", "texte revu", "ana", T0));
        Proposal second = proposals.add(new ProposedChange("masques", 1, null, null, "horaires", "bob", T0.plusSeconds(60)));

        ProposalDecision refusal = new ProposalDecision("ed", T0.plusSeconds(120), "déjà écrit", OptionalInt.empty());
        boolean decided = proposals.decide(second.id(), ProposalStatus.REJECTED, refusal);
        boolean again = proposals.decide(second.id(), ProposalStatus.ACCEPTED,
                new ProposalDecision("eve", T0.plusSeconds(180), null, OptionalInt.of(2)));

        assertThat(decided).isTrue();
        assertThat(again).as("decided once").isFalse();
        assertThat(proposals.find(second.id()).orElseThrow()).isEqualTo(second.decided(ProposalStatus.REJECTED, refusal));
        assertThat(proposals.find(first.id()).orElseThrow()).isEqualTo(first);
        assertThat(proposals.withStatus(ProposalStatus.OPEN, 10)).containsExactly(first);
        assertThat(proposals.proposedBy("bob", 10)).extracting(Proposal::status).containsExactly(ProposalStatus.REJECTED);
        assertThat(proposals.find(999)).isEmpty();
    }

    @Test
    void proposalsSentAsFeedbackBeforeBecomeOpenProposalsAndStopCountingAsUnhelpful() throws IOException {
        Migration faq = classpathMigration("V30__faq.sql");
        new Migrations(database, List.of(faq)).migrate();
        saveArticle("masques");
        feedback("masques", "ana", "Proposition : le plafond est passé à 400 euros");
        feedback("masques", "bob", "adresse fausse");

        new Migrations(database, List.of(faq, classpathMigration("V31__faq_proposals.sql"))).migrate();

        List<Proposal> open = new FaqProposalRepository(database).withStatus(ProposalStatus.OPEN, 10);
        assertThat(open).singleElement().satisfies(p -> {
            assertThat(p.change().note()).isEqualTo("le plafond est passé à 400 euros");
            assertThat(p.change().proposedBy()).isEqualTo("ana");
            assertThat(p.change().baseRevision()).isEqualTo(1);
            assertThat(p.change().hasText()).isFalse();
        });
        assertThat(new FaqActivityRepository(database).unhelpfulArticles(T0.minusSeconds(60), 10))
                .singleElement().satisfies(r -> assertThat(r.unhelpful()).isEqualTo(1));
    }

    private void saveArticle(String id) {
        new FaqArticleRepository(database).save(List.of(new ArticleChange(FaqArticleRepositoryTest.article(id, "Masques"),
                "kb-import", Origin.IMPORT, null, T0, OptionalInt.of(0))));
    }

    private void feedback(String article, String by, String comment) {
        database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO faq_feedback"
                    + " (article_id, revision, helpful, given_by, given_at, comment) VALUES (?, 1, FALSE, ?, ?, ?)")) {
                s.setString(1, article);
                s.setString(2, by);
                s.setObject(3, OffsetDateTime.ofInstant(T0, ZoneOffset.UTC));
                s.setString(4, comment);
                return s.executeUpdate();
            }
        });
    }

    private static Migration classpathMigration(String name) throws IOException {
        try (InputStream in = FaqProposalRepositoryTest.class.getResourceAsStream("/db/migration/" + name)) {
            return Migration.of(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
