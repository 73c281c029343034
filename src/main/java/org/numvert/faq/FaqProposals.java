package org.numvert.faq;

import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Agents' proposed changes to the FAQ and the editors' decisions: an agent who may not edit
 * proposes (its own text, or a note describing the change); an editor accepts it, which stores a
 * new revision through {@link Faq#edit} (indexed at once, in the history under the editor's name),
 * or refuses it with a reason. A proposal is decided once; an acceptance checks that the article
 * has not changed since the revision the proposal, or the editor's review, started from.
 *
 * <p>Threading: thread-safe; decisions are serialised. Blocking (JDBC, Lucene): call on a worker
 * pool, never on an event loop.
 */
public final class FaqProposals {
    private static final Logger LOG = LoggerFactory.getLogger(FaqProposals.class);

    private final Faq faq;
    private final ProposalStore store;
    private final Clock clock;

    public FaqProposals(Faq faq, ProposalStore store, Clock clock) {
        this.faq = faq;
        this.store = store;
        this.clock = clock;
    }

    /** Stores a proposal; the parts of its text that repeat the revision the agent read are dropped. */
    public Proposal propose(ProposedChange change) {
        Article base = faq.revision(change.articleId(), change.baseRevision())
                .orElseThrow(() -> new IllegalArgumentException("article " + change.articleId()
                        + " has no revision " + change.baseRevision()))
                .article();
        Proposal proposal = store.add(change.against(base));
        LOG.info("FAQ proposal {} on {} by {}", proposal.id(), change.articleId(), change.proposedBy());
        return proposal;
    }

    public Optional<Proposal> find(long id) {
        return store.find(id);
    }

    public List<Proposal> withStatus(ProposalStatus status, int limit) {
        return store.withStatus(status, limit);
    }

    public List<Proposal> proposedBy(String login, int limit) {
        return store.proposedBy(login, limit);
    }

    /**
     * Applies the proposal (or the editor's rework of it) as a new revision, then marks it accepted.
     *
     * @throws NoSuchElementException      no such proposal
     * @throws ProposalDecidedException    it was decided already
     * @throws RevisionConflictException   the article changed since the revision reviewed
     * @throws IllegalArgumentException    nothing to apply (a note only, and no text from the editor)
     */
    public synchronized Proposal accept(long id, Acceptance acceptance) {
        Proposal proposal = open(id);
        StoredArticle current = faq.find(proposal.articleId())
                .orElseThrow(() -> new NoSuchElementException("no article " + proposal.articleId()));
        Article changed = changedArticle(current.article(), proposal.change(), acceptance);
        int expected = acceptance.reviewedRevision().orElse(proposal.change().baseRevision());
        if (expected != current.revision()) {
            throw new RevisionConflictException(current.id(), current.revision(), "article " + current.id()
                    + " changed since revision " + expected + " (now at " + current.revision()
                    + "): review the current text and send the revision you reviewed");
        }
        StoredArticle saved = faq.edit(changed, acceptance.editor(), revisionNote(proposal, acceptance),
                OptionalInt.of(expected));
        ProposalDecision decision = new ProposalDecision(acceptance.editor(), clock.instant(), acceptance.note(),
                OptionalInt.of(saved.revision()));
        return decide(proposal, ProposalStatus.ACCEPTED, decision);
    }

    /**
     * Marks the proposal refused, with the reason the agent will read.
     *
     * @throws NoSuchElementException   no such proposal
     * @throws ProposalDecidedException it was decided already
     * @throws IllegalArgumentException no reason
     */
    public synchronized Proposal reject(long id, String editor, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason is required: the agent reads it");
        }
        Proposal proposal = open(id);
        return decide(proposal, ProposalStatus.REJECTED,
                new ProposalDecision(editor, clock.instant(), reason, OptionalInt.empty()));
    }

    private Proposal open(long id) {
        Proposal proposal = store.find(id).orElseThrow(() -> new NoSuchElementException("no proposal " + id));
        if (proposal.status() != ProposalStatus.OPEN) {
            throw new ProposalDecidedException(alreadyDecided(proposal));
        }
        return proposal;
    }

    private Proposal decide(Proposal proposal, ProposalStatus outcome, ProposalDecision decision) {
        if (!store.decide(proposal.id(), outcome, decision)) {
            throw new ProposalDecidedException(alreadyDecided(store.find(proposal.id()).orElse(proposal)));
        }
        LOG.info("FAQ proposal {} on {} {} by {}", proposal.id(), proposal.articleId(),
                outcome.name().toLowerCase(), decision.decidedBy());
        return proposal.decided(outcome, decision);
    }

    private static Article changedArticle(Article current, ProposedChange change, Acceptance acceptance) {
        String title = firstOf(acceptance.title(), change.title(), current.title());
        String body = firstOf(acceptance.body(), change.body(), current.body());
        Article changed = new Article(current.id(), title, body, current.hotlines(), current.category(),
                current.audience(), current.tags(), current.updated());
        if (changed.sameContentAs(current)) {
            throw new IllegalArgumentException("nothing to apply: the proposal leaves the text as it is;"
                    + " send the edited title or body, or refuse it");
        }
        return changed;
    }

    private static String revisionNote(Proposal proposal, Acceptance acceptance) {
        String note = "Proposition de " + proposal.change().proposedBy() + " acceptée";
        if (acceptance.note() == null) {
            return note;
        }
        String full = note + " : " + acceptance.note();
        return full.length() > ProposedChange.MAX_NOTE ? full.substring(0, ProposedChange.MAX_NOTE) : full;
    }

    private static String alreadyDecided(Proposal proposal) {
        String by = proposal.decision().map(d -> " by " + d.decidedBy()).orElse("");
        return "proposal " + proposal.id() + " was already " + proposal.status().name().toLowerCase() + by;
    }

    private static String firstOf(String... texts) {
        for (String text : texts) {
            if (text != null) {
                return text;
            }
        }
        throw new IllegalStateException("no text");
    }
}
