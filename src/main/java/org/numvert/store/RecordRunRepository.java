package org.numvert.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The runs of the service (table {@code record_run}). Blocking: call on the database workers. */
public final class RecordRunRepository {
    private static final String SELECT = "SELECT run_id, started_at, ended_at, last_seq, last_at, run_state"
            + " FROM record_run ";

    private final Database database;

    public RecordRunRepository(Database database) {
        this.database = database;
    }

    /** Registers a new run starting at {@code at} and returns its id (one more than the last). */
    public int start(Instant at) {
        return database.transaction(c -> {
            int run;
            try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(MAX(run_id), 0) + 1 FROM record_run");
                    ResultSet rs = s.executeQuery()) {
                rs.next();
                run = rs.getInt(1);
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO record_run (run_id, started_at,"
                    + " last_seq, run_state) VALUES (?, ?, 0, ?)")) {
                new Params(s).integer(run).instant(at).string(RecordRun.RUNNING);
                s.executeUpdate();
            }
            return run;
        });
    }

    public Optional<RecordRun> find(int run) {
        return database.transaction(c -> select(c, "WHERE run_id = ?", run).stream().findFirst());
    }

    /** Every run, oldest first. */
    public List<RecordRun> list() {
        return database.transaction(c -> select(c, "ORDER BY run_id"));
    }

    /** Runs still marked running other than {@code current}: the service died during them. */
    public List<RecordRun> crashed(int current) {
        return database.transaction(c -> select(c, "WHERE run_state = 'RUNNING' AND run_id <> ? ORDER BY run_id",
                current));
    }

    /** In the batch's transaction: the run's last event, and its end when the batch closes it. */
    static void progress(Connection c, RecordBatch batch) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE record_run SET last_seq = ?, last_at = ?,"
                + " run_state = COALESCE(CAST(? AS VARCHAR(12)), run_state),"
                + " ended_at = CASE WHEN CAST(? AS VARCHAR(12)) IS NULL THEN ended_at ELSE ? END"
                + " WHERE run_id = ?")) {
            String ended = batch.runEnded().orElse(null);
            Instant at = Instant.ofEpochMilli(batch.lastAtMillis());
            new Params(s).number(batch.lastSeq()).instant(at).string(ended).string(ended)
                    .instant(at).integer(batch.run());
            s.executeUpdate();
        }
    }

    private static List<RecordRun> select(Connection c, String where, Object... values) throws SQLException {
        List<RecordRun> runs = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(SELECT + where)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    runs.add(new RecordRun(rs.getInt("run_id"), Timestamps.get(rs, "started_at"),
                            Timestamps.get(rs, "ended_at"), rs.getLong("last_seq"), Timestamps.get(rs, "last_at"),
                            rs.getString("run_state")));
                }
            }
        }
        return runs;
    }
}
