package org.numvert.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.numvert.routing.GroupId;
import org.numvert.routing.IntervalFigures;

/**
 * The SQL of tables {@code group_interval}, {@code agent_interval} and {@code agent_pause_interval}:
 * rows hold absolute figures (not increments), so writing one again is harmless.
 */
final class IntervalStatements {
    static final String GROUP_FIGURES = "offered, answered, answered_within, abandoned, short_abandoned,"
            + " overflowed, callbacks, answered_wait_ms, max_wait_ms, handled, talk_ms, wrap_up_ms, busy_ms,"
            + " available_ms";
    static final String AGENT_FIGURES = "logged_in_ms, ready_ms, ringing_ms, on_call_ms, wrap_up_state_ms,"
            + " paused_ms, answered, callbacks, missed_offers, handled, talk_ms, wrap_up_ms";

    private IntervalStatements() {
    }

    static void upsertGroups(Connection c, List<GroupIntervalRow> rows) throws SQLException {
        List<GroupIntervalRow> absent = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("UPDATE group_interval SET hotline = ?, "
                + GROUP_FIGURES.replace(",", " = ?,") + " = ? WHERE run_id = ? AND group_id = ? AND interval_start = ?")) {
            for (GroupIntervalRow row : rows) {
                Params p = new Params(s).string(row.hotline());
                bindFigures(p, row.figures());
                p.integer(row.run()).string(row.groupId()).millis(row.figures().fromMillis());
                if (s.executeUpdate() == 0) {
                    absent.add(row);
                }
            }
        }
        insertGroups(c, absent);
    }

    static void insertGroups(Connection c, List<GroupIntervalRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO group_interval (run_id, group_id,"
                + " interval_start, hotline, " + GROUP_FIGURES + ") VALUES (" + Params.marks(18) + ")")) {
            for (GroupIntervalRow row : rows) {
                Params p = new Params(s).integer(row.run()).string(row.groupId())
                        .millis(row.figures().fromMillis()).string(row.hotline());
                bindFigures(p, row.figures());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void bindFigures(Params p, IntervalFigures f) throws SQLException {
        p.number(f.offered()).number(f.answered()).number(f.answeredWithinThreshold())
                .number(f.abandoned()).number(f.shortAbandoned()).number(f.overflowed())
                .number(f.callbacksRequested()).number(f.answeredWaitMillis()).number(f.maxWaitMillis())
                .number(f.handled()).number(f.talkMillis()).number(f.wrapUpMillis())
                .number(f.busyMillis()).number(f.availableMillis());
    }

    static IntervalFigures readFigures(ResultSet rs, String group, long from, long to) throws SQLException {
        return new IntervalFigures(group == null ? null : new GroupId(group), from, to,
                rs.getLong("offered"), rs.getLong("answered"), rs.getLong("answered_within"),
                rs.getLong("abandoned"), rs.getLong("short_abandoned"), rs.getLong("overflowed"),
                rs.getLong("callbacks"), rs.getLong("answered_wait_ms"), rs.getLong("max_wait_ms"),
                rs.getLong("handled"), rs.getLong("talk_ms"), rs.getLong("wrap_up_ms"),
                rs.getLong("busy_ms"), rs.getLong("available_ms"));
    }

    static void upsertAgents(Connection c, List<AgentIntervalRow> rows) throws SQLException {
        List<AgentIntervalRow> absent = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("UPDATE agent_interval SET "
                + AGENT_FIGURES.replace(",", " = ?,") + " = ? WHERE run_id = ? AND agent_id = ? AND interval_start = ?")) {
            for (AgentIntervalRow row : rows) {
                Params p = bindAgentFigures(new Params(s), row.figures());
                p.integer(row.run()).string(row.agentId()).millis(row.startMillis());
                if (s.executeUpdate() == 0) {
                    absent.add(row);
                }
            }
        }
        insertAgents(c, absent);
        upsertPauses(c, rows);
    }

    static void insertAgents(Connection c, List<AgentIntervalRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO agent_interval (run_id, agent_id,"
                + " interval_start, " + AGENT_FIGURES + ") VALUES (" + Params.marks(15) + ")")) {
            for (AgentIntervalRow row : rows) {
                bindAgentFigures(new Params(s).integer(row.run()).string(row.agentId())
                        .millis(row.startMillis()), row.figures());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void upsertPauses(Connection c, List<AgentIntervalRow> rows) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE agent_pause_interval SET paused_ms = ?"
                + " WHERE run_id = ? AND agent_id = ? AND interval_start = ? AND pause_reason = ?");
                PreparedStatement insert = c.prepareStatement("INSERT INTO agent_pause_interval (run_id,"
                        + " agent_id, interval_start, pause_reason, paused_ms) VALUES (?, ?, ?, ?, ?)")) {
            for (AgentIntervalRow row : rows) {
                for (Map.Entry<String, Long> pause : row.figures().pausedByReason().entrySet()) {
                    new Params(update).number(pause.getValue()).integer(row.run()).string(row.agentId())
                            .millis(row.startMillis()).string(pause.getKey());
                    if (update.executeUpdate() == 0) {
                        new Params(insert).integer(row.run()).string(row.agentId()).millis(row.startMillis())
                                .string(pause.getKey()).number(pause.getValue());
                        insert.executeUpdate();
                    }
                }
            }
        }
    }

    private static Params bindAgentFigures(Params p, AgentFigures f) throws SQLException {
        return p.number(f.loggedInMillis()).number(f.readyMillis()).number(f.ringingMillis())
                .number(f.onCallMillis()).number(f.wrapUpStateMillis()).number(f.pausedMillis())
                .number(f.answered()).number(f.callbacks()).number(f.missedOffers()).number(f.handled())
                .number(f.talkMillis()).number(f.wrapUpMillis());
    }

    static AgentFigures readAgentFigures(ResultSet rs, Map<String, Long> pauses) throws SQLException {
        return new AgentFigures(rs.getLong("logged_in_ms"), rs.getLong("ready_ms"),
                rs.getLong("ringing_ms"), rs.getLong("on_call_ms"), rs.getLong("wrap_up_state_ms"),
                rs.getLong("paused_ms"), pauses, rs.getLong("answered"), rs.getLong("callbacks"),
                rs.getLong("missed_offers"), rs.getLong("handled"), rs.getLong("talk_ms"),
                rs.getLong("wrap_up_ms"));
    }

    static void deleteRun(Connection c, int run) throws SQLException {
        for (String table : List.of("group_interval", "agent_interval", "agent_pause_interval")) {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table + " WHERE run_id = ?")) {
                s.setInt(1, run);
                s.executeUpdate();
            }
        }
    }
}
