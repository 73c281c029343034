package org.numvert.faq;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * An editor accepting a proposal, possibly after reworking its text.
 *
 * @param title            the editor's title, null to take the proposal's
 * @param body             the editor's body, null to take the proposal's
 * @param note             the editor's word to the agent, optional
 * @param reviewedRevision the article revision the editor reviewed the proposal against; empty:
 *                         the proposal's base revision (the article must not have changed since)
 */
public record Acceptance(String editor, String title, String body, String note, OptionalInt reviewedRevision) {
    public Acceptance {
        Objects.requireNonNull(editor, "editor");
        reviewedRevision = Objects.requireNonNullElse(reviewedRevision, OptionalInt.empty());
        note = note == null || note.isBlank() ? null : note.strip();
        if (note != null && note.length() > ProposedChange.MAX_NOTE) {
            throw new IllegalArgumentException("note is longer than " + ProposedChange.MAX_NOTE + " characters");
        }
    }
}
