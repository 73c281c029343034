package org.numvert.records;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.numvert.store.CallSummaryRow;
import org.numvert.store.Database;
import org.numvert.store.WrapUpNoteRepository;
import org.numvert.store.WrapUpNoteRow;

/**
 * The agents' wrap-up notes on some calls, one text per call, to show beside their summaries: the
 * note, or when several agents wrote on the same call (a transfer), each note as
 * {@code agent : text}, newest first, one per line. The texts may hold personal data:
 * {@link #toString()} leaves them out.
 */
public record CallNotes(Map<String, String> byCall) {
    public static final CallNotes NONE = new CallNotes(Map.of());

    public CallNotes {
        byCall = Map.copyOf(byCall);
    }

    /** The notes on {@code calls}. Blocking: call on the {@code numvert-db} workers. */
    public static CallNotes read(Database database, Collection<CallSummaryRow> calls) {
        if (calls.isEmpty()) {
            return NONE;
        }
        Map<String, List<WrapUpNoteRow>> byCall = new WrapUpNoteRepository(database).ofCalls(calls).stream()
                .collect(Collectors.groupingBy(note -> key(note.run(), note.callId()), LinkedHashMap::new,
                        Collectors.toList()));
        Map<String, String> texts = new LinkedHashMap<>();
        byCall.forEach((call, notes) -> texts.put(call, notes.size() == 1 ? notes.get(0).text()
                : notes.stream().map(note -> note.agentId() + " : " + note.text()).collect(Collectors.joining("\n"))));
        return new CallNotes(texts);
    }

    /** The note on {@code call}, or null. */
    public String of(CallSummaryRow call) {
        return byCall.get(key(call.run(), call.callId()));
    }

    private static String key(int run, String callId) {
        return run + "/" + callId;
    }

    @Override
    public String toString() {
        return "CallNotes[" + byCall.size() + " call(s)]";
    }
}
