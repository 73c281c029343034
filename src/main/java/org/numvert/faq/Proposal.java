package org.numvert.faq;

import java.util.Objects;
import java.util.Optional;

/** A stored proposal: the change, where it stands and, once decided, the decision. */
public record Proposal(long id, ProposedChange change, ProposalStatus status, Optional<ProposalDecision> decision) {
    public Proposal {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(status, "status");
        decision = Objects.requireNonNullElse(decision, Optional.empty());
        if ((status == ProposalStatus.OPEN) != decision.isEmpty()) {
            throw new IllegalArgumentException("a proposal has a decision exactly when it is decided");
        }
    }

    public String articleId() {
        return change.articleId();
    }

    public Proposal decided(ProposalStatus outcome, ProposalDecision made) {
        return new Proposal(id, change, outcome, Optional.of(made));
    }
}
