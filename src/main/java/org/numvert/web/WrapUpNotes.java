package org.numvert.web;

import io.vertx.core.Future;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.numvert.routing.AgentId;
import org.numvert.routing.CallId;

/**
 * Where the agent desktop's wrap-up notes go (the code also reaches the engine, and from it the
 * records, as {@code WrapUpDone}/{@code WrapUpCoded}): the call records keep them
 * ({@code org.numvert.records.WrapUpNoteBook}, plugged in by the service). {@link #NONE} drops the
 * note.
 *
 * <p>Threading: called on an event loop; must not block (hand the work to a worker).
 */
@FunctionalInterface
public interface WrapUpNotes {

    /**
     * An agent's wrap-up of a call.
     *
     * @param code the wrap-up code, when given
     * @param note the agent's free text ("" when none); may contain personal data
     */
    record Note(CallId call, AgentId agent, Optional<String> code, String note, Instant at) {
        public Note {
            Objects.requireNonNull(call, "call");
            Objects.requireNonNull(agent, "agent");
            Objects.requireNonNull(code, "code");
            note = Objects.requireNonNullElse(note, "");
            Objects.requireNonNull(at, "at");
        }

        /** Without the text: notes never go to logs. */
        @Override
        public String toString() {
            return "Note[call=" + call + ", agent=" + agent + ", code=" + code.orElse("-") + ", "
                    + note.length() + " characters, at=" + at + "]";
        }
    }

    WrapUpNotes NONE = note -> Future.succeededFuture();

    Future<Void> keep(Note note);
}
