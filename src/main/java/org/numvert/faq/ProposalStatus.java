package org.numvert.faq;

/** Where an agent's proposed change stands: waiting for an editor, or decided once and for all. */
public enum ProposalStatus {
    OPEN,
    ACCEPTED,
    REJECTED;

    /** {@code open}, {@code OPEN} …; anything else is bad input. */
    public static ProposalStatus parse(String text) {
        for (ProposalStatus status : values()) {
            if (status.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return status;
            }
        }
        throw new IllegalArgumentException("status must be OPEN, ACCEPTED or REJECTED");
    }
}
