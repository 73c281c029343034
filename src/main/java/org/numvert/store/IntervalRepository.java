package org.numvert.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The 15-minute interval figures per group and per agent: read summed over the runs for reports,
 * read or replaced per run for a rebuild from the log. Blocking: call on the database workers.
 */
public final class IntervalRepository {
    private static final long INTERVAL_MILLIS = 15 * 60_000L;
    private static final String GROUP_SUMS = "SUM(offered) offered, SUM(answered) answered,"
            + " SUM(answered_within) answered_within, SUM(abandoned) abandoned,"
            + " SUM(short_abandoned) short_abandoned, SUM(overflowed) overflowed, SUM(callbacks) callbacks,"
            + " SUM(answered_wait_ms) answered_wait_ms, MAX(max_wait_ms) max_wait_ms, SUM(handled) handled,"
            + " SUM(talk_ms) talk_ms, SUM(wrap_up_ms) wrap_up_ms, SUM(busy_ms) busy_ms,"
            + " SUM(available_ms) available_ms";
    private static final String AGENT_SUMS = "SUM(logged_in_ms) logged_in_ms, SUM(ready_ms) ready_ms,"
            + " SUM(ringing_ms) ringing_ms, SUM(on_call_ms) on_call_ms, SUM(wrap_up_state_ms) wrap_up_state_ms,"
            + " SUM(paused_ms) paused_ms, SUM(answered) answered, SUM(callbacks) callbacks,"
            + " SUM(missed_offers) missed_offers, SUM(handled) handled, SUM(talk_ms) talk_ms,"
            + " SUM(wrap_up_ms) wrap_up_ms";

    private final Database database;

    public IntervalRepository(Database database) {
        this.database = database;
    }

    /** Every group's intervals starting in [from, to), the runs added up (run 0), by group and start. */
    public List<GroupIntervalRow> groups(Instant from, Instant to) {
        return groupsBefore(Integer.MAX_VALUE, from, to);
    }

    /**
     * Like {@link #groups}, of the runs before {@code run} only: the figures of the earlier runs,
     * without those the current run is writing.
     */
    public List<GroupIntervalRow> groupsBefore(int run, Instant from, Instant to) {
        return database.transaction(c -> readGroups(c, "SELECT 0 run_id, group_id, interval_start,"
                + " MAX(hotline) hotline, " + GROUP_SUMS + " FROM group_interval WHERE interval_start >= ?"
                + " AND interval_start < ? AND run_id < ? GROUP BY group_id, interval_start"
                + " ORDER BY group_id, interval_start", p -> p.instant(from).instant(to).integer(run)));
    }

    /** Every agent's intervals starting in [from, to), the runs added up (run 0), by agent and start. */
    public List<AgentIntervalRow> agents(Instant from, Instant to) {
        return agentsBefore(Integer.MAX_VALUE, from, to);
    }

    /** Like {@link #agents}, of the runs before {@code run} only. */
    public List<AgentIntervalRow> agentsBefore(int run, Instant from, Instant to) {
        return database.transaction(c -> {
            Map<String, Map<String, Long>> pauses = readPauses(c, "SELECT agent_id, interval_start,"
                    + " pause_reason, SUM(paused_ms) paused_ms FROM agent_pause_interval WHERE interval_start >= ?"
                    + " AND interval_start < ? AND run_id < ? GROUP BY agent_id, interval_start, pause_reason",
                    p -> p.instant(from).instant(to).integer(run));
            return readAgents(c, "SELECT 0 run_id, agent_id, interval_start, " + AGENT_SUMS
                    + " FROM agent_interval WHERE interval_start >= ? AND interval_start < ? AND run_id < ?"
                    + " GROUP BY agent_id, interval_start ORDER BY agent_id, interval_start",
                    p -> p.instant(from).instant(to).integer(run), pauses);
        });
    }

    /** The group intervals of one run, by group and start. */
    public List<GroupIntervalRow> groupsOfRun(int run) {
        return database.transaction(c -> readGroups(c, "SELECT run_id, group_id, interval_start, hotline, "
                + IntervalStatements.GROUP_FIGURES + " FROM group_interval WHERE run_id = ?"
                + " ORDER BY group_id, interval_start", p -> p.integer(run)));
    }

    /** The agent intervals of one run, by agent and start. */
    public List<AgentIntervalRow> agentsOfRun(int run) {
        return database.transaction(c -> {
            Map<String, Map<String, Long>> pauses = readPauses(c, "SELECT agent_id, interval_start,"
                    + " pause_reason, paused_ms FROM agent_pause_interval WHERE run_id = ?", p -> p.integer(run));
            return readAgents(c, "SELECT run_id, agent_id, interval_start, " + IntervalStatements.AGENT_FIGURES
                    + " FROM agent_interval WHERE run_id = ? ORDER BY agent_id, interval_start",
                    p -> p.integer(run), pauses);
        });
    }

    /** Replaces every interval row of {@code run} (a rebuild from its log), in one transaction. */
    public void replaceRun(int run, List<GroupIntervalRow> groups, List<AgentIntervalRow> agents) {
        database.transaction(c -> {
            IntervalStatements.deleteRun(c, run);
            IntervalStatements.insertGroups(c, groups);
            IntervalStatements.insertAgents(c, agents);
            insertPauses(c, agents);
            return null;
        });
    }

    private static void insertPauses(Connection c, List<AgentIntervalRow> agents) throws SQLException {
        if (agents.stream().allMatch(row -> row.figures().pausedByReason().isEmpty())) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO agent_pause_interval (run_id, agent_id,"
                + " interval_start, pause_reason, paused_ms) VALUES (?, ?, ?, ?, ?)")) {
            for (AgentIntervalRow row : agents) {
                for (Map.Entry<String, Long> pause : row.figures().pausedByReason().entrySet()) {
                    new Params(s).integer(row.run()).string(row.agentId()).millis(row.startMillis())
                            .string(pause.getKey()).number(pause.getValue());
                    s.addBatch();
                }
            }
            s.executeBatch();
        }
    }

    @FunctionalInterface
    private interface Binding {
        void bind(Params p) throws SQLException;
    }

    private static List<GroupIntervalRow> readGroups(Connection c, String sql, Binding binding)
            throws SQLException {
        List<GroupIntervalRow> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            binding.bind(new Params(s));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long start = Timestamps.millis(rs, "interval_start");
                    String group = rs.getString("group_id");
                    rows.add(new GroupIntervalRow(rs.getInt("run_id"), group, rs.getString("hotline"),
                            IntervalStatements.readFigures(rs, group, start, start + INTERVAL_MILLIS)));
                }
            }
        }
        return rows;
    }

    private static Map<String, Map<String, Long>> readPauses(Connection c, String sql, Binding binding)
            throws SQLException {
        Map<String, Map<String, Long>> pauses = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            binding.bind(new Params(s));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    pauses.computeIfAbsent(rs.getString("agent_id") + "@" + Timestamps.millis(rs, "interval_start"),
                            k -> new TreeMap<>()).merge(rs.getString("pause_reason"), rs.getLong("paused_ms"), Long::sum);
                }
            }
        }
        return pauses;
    }

    private static List<AgentIntervalRow> readAgents(Connection c, String sql, Binding binding,
            Map<String, Map<String, Long>> pauses) throws SQLException {
        List<AgentIntervalRow> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            binding.bind(new Params(s));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String agent = rs.getString("agent_id");
                    long start = Timestamps.millis(rs, "interval_start");
                    Map<String, Long> paused = pauses.getOrDefault(agent + "@" + start, Map.of());
                    rows.add(new AgentIntervalRow(rs.getInt("run_id"), agent, start,
                            IntervalStatements.readAgentFigures(rs, paused)));
                }
            }
        }
        return rows;
    }
}
