package org.numvert.store;

import java.time.Instant;

/**
 * An agent's wrap-up note on a call (table {@code wrapup_note}); the text may contain personal
 * data: never log it.
 *
 * @param run    the records' run of the call (calls are identified by run and call id)
 * @param code   the wrap-up code given with the note, or null
 * @param text   the agent's free text, at most 2,000 characters
 */
public record WrapUpNoteRow(int run, String callId, String agentId, String code, String text, Instant writtenAt) {
    public static final int MAX_TEXT = 2_000;

    @Override
    public String toString() {
        return "WrapUpNoteRow[run=" + run + ", call=" + callId + ", agent=" + agentId + ", code=" + code
                + ", " + (text == null ? 0 : text.length()) + " characters, writtenAt=" + writtenAt + "]";
    }
}
