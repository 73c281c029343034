package org.numvert.faq;

/** A proposal was decided already: a proposal is accepted or refused once. Nothing was stored. */
public final class ProposalDecidedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ProposalDecidedException(String message) {
        super(message);
    }
}
