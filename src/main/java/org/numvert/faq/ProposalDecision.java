package org.numvert.faq;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * An editor's decision on a proposal.
 *
 * @param note     the editor's word to the agent: optional on acceptance, the reason of a refusal
 * @param revision the article revision an acceptance made; empty for a refusal
 */
public record ProposalDecision(String decidedBy, Instant decidedAt, String note, OptionalInt revision) {
    public ProposalDecision {
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
        revision = Objects.requireNonNullElse(revision, OptionalInt.empty());
        note = note == null || note.isBlank() ? null : note.strip();
        if (note != null && note.length() > ProposedChange.MAX_NOTE) {
            throw new IllegalArgumentException("note is longer than " + ProposedChange.MAX_NOTE + " characters");
        }
    }
}
