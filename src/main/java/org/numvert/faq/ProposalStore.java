package org.numvert.faq;

import java.util.List;
import java.util.Optional;

/**
 * Where proposals are kept (implemented by the database, {@code org.numvert.store}). Blocking:
 * call on a worker pool.
 */
public interface ProposalStore {

    Proposal add(ProposedChange change);

    Optional<Proposal> find(long id);

    /** The proposals in {@code status}, the oldest first (the order editors work through them). */
    List<Proposal> withStatus(ProposalStatus status, int limit);

    /** The proposals of one agent, the newest first. */
    List<Proposal> proposedBy(String login, int limit);

    /**
     * Records the decision on an open proposal.
     *
     * @return false when the proposal was not open any more (nothing was written)
     */
    boolean decide(long id, ProposalStatus outcome, ProposalDecision decision);
}
