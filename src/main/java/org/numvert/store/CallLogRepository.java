package org.numvert.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The call event log (table {@code call_event}) and everything written with it. {@link #append}
 * is the only way records are written while the service runs: one batch, one transaction, so
 * that the summaries, agent states and interval rows never disagree with the log after a crash.
 * Blocking: call on the database workers.
 */
public final class CallLogRepository {
    private static final String COLUMNS = "run_id, seq, occurred_at, kind, call_id, group_id, agent_id,"
            + " caller_number, caller_key, caller_state, detail";

    private final Database database;

    public CallLogRepository(Database database) {
        this.database = database;
    }

    /**
     * Writes {@code batch} in one transaction. Returns false, writing nothing, when its first row
     * is already there: the batch was committed by an attempt whose outcome looked like a failure.
     */
    public boolean append(RecordBatch batch) {
        return database.transaction(c -> {
            if (exists(c, batch.run(), batch.firstSeq())) {
                return false;
            }
            insertEvents(c, batch.events());
            insertAgentStates(c, batch.agentStates());
            DirectoryStatements.mergeGroups(c, batch.groups(), batch.lastAtMillis());
            DirectoryStatements.mergeAgents(c, batch.agents(), batch.lastAtMillis());
            SummaryStatements.insert(c, batch.newSummaries());
            SummaryStatements.update(c, batch.changedSummaries());
            IntervalStatements.upsertGroups(c, batch.groupIntervals());
            IntervalStatements.upsertAgents(c, batch.agentIntervals());
            RecordRunRepository.progress(c, batch);
            return true;
        });
    }

    /** Up to {@code limit} events of {@code run} after {@code afterSeq}, in order. */
    public List<CallEventRow> read(int run, long afterSeq, int limit) {
        return database.transaction(c -> select(c, "WHERE run_id = ? AND seq > ? ORDER BY seq LIMIT ?",
                p -> p.integer(run).number(afterSeq).integer(limit)));
    }

    /** The last event of {@code call} in {@code run} among {@code kinds}, null when none. */
    public CallEventRow lastOfCall(int run, String call, List<String> kinds) {
        String marks = String.join(", ", kinds.stream().map(k -> "?").toList());
        return database.transaction(c -> select(c, "WHERE run_id = ? AND call_id = ? AND kind IN (" + marks
                + ") ORDER BY seq DESC LIMIT 1", p -> {
                    p.integer(run).string(call);
                    for (String kind : kinds) {
                        p.string(kind);
                    }
                })).stream().findFirst().orElse(null);
    }

    /**
     * Up to {@code limit} events in [from, to) after the position ({@code afterAt}, {@code afterRun},
     * {@code afterSeq}), in time order (then run, then sequence): pages of an export.
     */
    public List<CallEventRow> between(Instant from, Instant to, CallEventRow after, int limit) {
        return database.transaction(c -> select(c, "WHERE occurred_at >= ? AND occurred_at < ?"
                + " AND (occurred_at > ? OR (occurred_at = ? AND (run_id > ? OR (run_id = ? AND seq > ?))))"
                + " ORDER BY occurred_at, run_id, seq LIMIT ?", p -> {
                    p.instant(from).instant(to);
                    Instant at = after == null ? Instant.EPOCH : Instant.ofEpochMilli(after.atMillis());
                    int run = after == null ? -1 : after.run();
                    p.instant(at).instant(at).integer(run).integer(run).number(after == null ? 0 : after.seq());
                    p.integer(limit);
                }));
    }

    private static boolean exists(Connection c, int run, long seq) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM call_event WHERE run_id = ? AND seq = ?")) {
            new Params(s).integer(run).number(seq);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void insertEvents(Connection c, List<CallEventRow> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO call_event (" + COLUMNS
                + ") VALUES (" + Params.marks(11) + ")")) {
            for (CallEventRow e : events) {
                new Params(s).integer(e.run()).number(e.seq()).millis(e.atMillis()).string(e.kind())
                        .string(e.callId()).string(e.groupId()).string(e.agentId())
                        .string(e.caller().number()).string(e.caller().key()).string(e.caller().state())
                        .string(e.detail());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void insertAgentStates(Connection c, List<AgentStateRow> states) throws SQLException {
        if (states.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO agent_state (run_id, seq, agent_id,"
                + " agent_state, pause_reason, since) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (AgentStateRow state : states) {
                new Params(s).integer(state.run()).number(state.seq()).string(state.agentId())
                        .string(state.state()).string(state.pauseReason()).millis(state.sinceMillis());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    @FunctionalInterface
    private interface Binding {
        void bind(Params p) throws SQLException;
    }

    private static List<CallEventRow> select(Connection c, String where, Binding binding) throws SQLException {
        List<CallEventRow> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM call_event " + where)) {
            binding.bind(new Params(s));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new CallEventRow(rs.getInt("run_id"), rs.getLong("seq"),
                            Timestamps.millis(rs, "occurred_at"), rs.getString("kind"), rs.getString("call_id"),
                            rs.getString("group_id"), rs.getString("agent_id"),
                            new CallerColumns(rs.getString("caller_number"), rs.getString("caller_key"),
                                    rs.getString("caller_state")), rs.getString("detail")));
                }
            }
        }
        return rows;
    }
}
