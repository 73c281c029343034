package org.numvert.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The agents' wrap-up notes (table {@code wrapup_note}): one per call and agent, the latest kept.
 * Retention and erasure of notes are in {@link CallerDataRepository}, with the callers' other
 * data. Blocking: call on the database workers.
 */
public final class WrapUpNoteRepository {
    private static final int IN_CHUNK = 500;
    private static final String MERGE = "MERGE INTO wrapup_note n USING (VALUES (CAST(? AS INT),"
            + " CAST(? AS VARCHAR(128)), CAST(? AS VARCHAR(128)), CAST(? AS VARCHAR(100)), CAST(? AS VARCHAR(2000)),"
            + " CAST(? AS TIMESTAMP WITH TIME ZONE))) AS v (run_id, call_id, agent_id, wrap_up_code, note_text,"
            + " written_at) ON n.run_id = v.run_id AND n.call_id = v.call_id AND n.agent_id = v.agent_id"
            + " WHEN MATCHED THEN UPDATE SET n.wrap_up_code = v.wrap_up_code, n.note_text = v.note_text,"
            + " n.written_at = v.written_at"
            + " WHEN NOT MATCHED THEN INSERT VALUES (v.run_id, v.call_id, v.agent_id, v.wrap_up_code,"
            + " v.note_text, v.written_at)";

    private final Database database;

    public WrapUpNoteRepository(Database database) {
        this.database = database;
    }

    /**
     * Keeps {@code note} in place of the agent's earlier note on the call; a blank text removes
     * the earlier note (the agent cleared it).
     */
    public void keep(WrapUpNoteRow note) {
        if (note.text() != null && note.text().length() > WrapUpNoteRow.MAX_TEXT) {
            throw new IllegalArgumentException("note: at most " + WrapUpNoteRow.MAX_TEXT + " characters");
        }
        database.transaction(c -> {
            if (note.text() == null || note.text().isBlank()) {
                try (PreparedStatement s = c.prepareStatement(
                        "DELETE FROM wrapup_note WHERE run_id = ? AND call_id = ? AND agent_id = ?")) {
                    new Params(s).integer(note.run()).string(note.callId()).string(note.agentId());
                    return s.executeUpdate();
                }
            }
            try (PreparedStatement s = c.prepareStatement(MERGE)) {
                new Params(s).integer(note.run()).string(note.callId()).string(note.agentId()).string(note.code())
                        .string(note.text()).instant(note.writtenAt());
                return s.executeUpdate();
            }
        });
    }

    /** The notes on these calls, newest first. */
    public List<WrapUpNoteRow> ofCalls(Collection<CallSummaryRow> calls) {
        Set<String> wanted = new HashSet<>();
        calls.forEach(call -> wanted.add(call.run() + "/" + call.callId()));
        List<String> ids = calls.stream().map(CallSummaryRow::callId).distinct().toList();
        return database.transaction(c -> {
            List<WrapUpNoteRow> found = new ArrayList<>();
            for (int from = 0; from < ids.size(); from += IN_CHUNK) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
                try (PreparedStatement s = c.prepareStatement("SELECT run_id, call_id, agent_id, wrap_up_code,"
                        + " note_text, written_at FROM wrapup_note WHERE call_id IN (" + Params.marks(chunk.size())
                        + ")")) {
                    Params p = new Params(s);
                    for (String id : chunk) {
                        p.string(id);
                    }
                    read(s).stream().filter(note -> wanted.contains(note.run() + "/" + note.callId()))
                            .forEach(found::add);
                }
            }
            found.sort((a, b) -> b.writtenAt().compareTo(a.writtenAt()));
            return found;
        });
    }

    private static List<WrapUpNoteRow> read(PreparedStatement s) throws SQLException {
        List<WrapUpNoteRow> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rows.add(new WrapUpNoteRow(rs.getInt("run_id"), rs.getString("call_id"), rs.getString("agent_id"),
                        rs.getString("wrap_up_code"), rs.getString("note_text"), Timestamps.get(rs, "written_at")));
            }
        }
        return rows;
    }
}
