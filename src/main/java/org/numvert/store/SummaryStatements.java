package org.numvert.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** The SQL of table {@code call_summary}: columns, binding and reading, insert and update. */
final class SummaryStatements {
    static final String COLUMNS = "run_id, call_id, call_kind, origin_call_id, hotline, group_id,"
            + " first_group_id, entered_at, queued_at, answered_at, ended_at, wrapped_up_at, outcome,"
            + " ivr_exit, overflow_action, ended_by, agent_id, priority, topic, choices, wait_ms, talk_ms,"
            + " wrap_up_ms, wrap_up_code, offers, missed_offers, overflows, transfers, callbacks,"
            + " callback_id, callback_attempts, callback_result, caller_number, caller_key, caller_state";
    private static final String UPDATE = "UPDATE call_summary SET call_kind = ?, origin_call_id = ?,"
            + " hotline = ?, group_id = ?, first_group_id = ?, entered_at = ?, queued_at = ?,"
            + " answered_at = ?, ended_at = ?, wrapped_up_at = ?, outcome = ?, ivr_exit = ?,"
            + " overflow_action = ?, ended_by = ?, agent_id = ?, priority = ?, topic = ?, choices = ?,"
            + " wait_ms = ?, talk_ms = ?, wrap_up_ms = ?, wrap_up_code = ?, offers = ?, missed_offers = ?,"
            + " overflows = ?, transfers = ?, callbacks = ?, callback_id = ?,"
            + " callback_attempts = ?, callback_result = ?,"
            + " caller_number = CASE WHEN caller_state IS NULL THEN ? ELSE caller_number END,"
            + " caller_key = CASE WHEN caller_state IS NULL THEN ? ELSE caller_key END,"
            + " caller_state = CASE WHEN caller_state IS NULL THEN ? ELSE caller_state END"
            + " WHERE run_id = ? AND call_id = ?";

    private SummaryStatements() {
    }

    static void insert(Connection c, List<CallSummaryRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO call_summary (" + COLUMNS
                + ") VALUES (" + Params.marks(35) + ")")) {
            for (CallSummaryRow row : rows) {
                Params p = new Params(s).integer(row.run()).string(row.callId());
                bindBody(p, row);
                bindCaller(p, row.caller());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Updates every column; the caller columns only while they are unset (see {@link RecordBatch}). */
    static void update(Connection c, List<CallSummaryRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(UPDATE)) {
            for (CallSummaryRow row : rows) {
                Params p = new Params(s);
                bindBody(p, row);
                bindCaller(p, row.caller());
                p.integer(row.run()).string(row.callId());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void bindBody(Params p, CallSummaryRow r) throws SQLException {
        p.string(r.kind()).string(r.originCallId()).string(r.hotline()).string(r.groupId())
                .string(r.firstGroupId()).instant(r.enteredAt()).instant(r.queuedAt())
                .instant(r.answeredAt()).instant(r.endedAt()).instant(r.wrappedUpAt())
                .string(r.outcome()).string(r.ivrExit()).string(r.overflowAction())
                .string(r.endedBy()).string(r.agentId()).integer(r.priority()).string(r.topic())
                .string(r.choices()).nullableNumber(r.waitMillis()).nullableNumber(r.talkMillis())
                .nullableNumber(r.wrapUpMillis()).string(r.wrapUpCode()).integer(r.offers())
                .integer(r.missedOffers()).integer(r.overflows()).integer(r.transfers())
                .integer(r.callbacks()).string(r.callbackId()).integer(r.callbackAttempts())
                .string(r.callbackResult());
    }

    private static void bindCaller(Params p, CallerColumns caller) throws SQLException {
        p.string(caller.number()).string(caller.key()).string(caller.state());
    }

    static CallSummaryRow read(ResultSet rs) throws SQLException {
        return new CallSummaryRow(rs.getInt("run_id"), rs.getString("call_id"),
                rs.getString("call_kind"), rs.getString("origin_call_id"), rs.getString("hotline"),
                rs.getString("group_id"), rs.getString("first_group_id"),
                Timestamps.get(rs, "entered_at"), Timestamps.get(rs, "queued_at"),
                Timestamps.get(rs, "answered_at"), Timestamps.get(rs, "ended_at"),
                Timestamps.get(rs, "wrapped_up_at"), rs.getString("outcome"), rs.getString("ivr_exit"),
                rs.getString("overflow_action"), rs.getString("ended_by"), rs.getString("agent_id"),
                new CallerColumns(rs.getString("caller_number"), rs.getString("caller_key"),
                        rs.getString("caller_state")),
                rs.getInt("priority"), rs.getString("topic"), rs.getString("choices"),
                Params.nullableLong(rs, "wait_ms"), Params.nullableLong(rs, "talk_ms"),
                Params.nullableLong(rs, "wrap_up_ms"), rs.getString("wrap_up_code"),
                rs.getInt("offers"), rs.getInt("missed_offers"), rs.getInt("overflows"),
                rs.getInt("transfers"), rs.getInt("callbacks"), rs.getString("callback_id"),
                rs.getInt("callback_attempts"), rs.getString("callback_result"));
    }
}
