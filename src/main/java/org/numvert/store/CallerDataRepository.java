package org.numvert.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Caller numbers in the records (tables {@code call_summary} and {@code call_event}): retention
 * (the clear number is dropped, the keyed hash stays) and erasure on request (both dropped).
 * Statistics do not read these columns, so neither changes a figure. Blocking: call on the
 * database workers.
 */
public final class CallerDataRepository {
    private final Database database;

    public CallerDataRepository(Database database) {
        this.database = database;
    }

    /** How many summary and event rows a change touched. */
    public record Changed(long summaries, long events) {
    }

    /** Drops the clear numbers of calls that entered before {@code cutoff}; their keys stay. */
    public Changed pseudonymiseBefore(Instant cutoff) {
        return database.transaction(c -> new Changed(
                update(c, "UPDATE call_summary SET caller_number = NULL, caller_state = 'PSEUDONYMISED'"
                        + " WHERE caller_state = 'CLEAR' AND entered_at < ?", cutoff),
                update(c, "UPDATE call_event SET caller_number = NULL, caller_state = 'PSEUDONYMISED'"
                        + " WHERE caller_state = 'CLEAR' AND occurred_at < ?", cutoff)));
    }

    /** Drops number and key from every row of the caller whose key is {@code callerKey}. */
    public Changed erase(String callerKey) {
        return database.transaction(c -> new Changed(
                update(c, "UPDATE call_summary SET caller_number = NULL, caller_key = NULL,"
                        + " caller_state = 'ERASED' WHERE caller_key = ?", callerKey),
                update(c, "UPDATE call_event SET caller_number = NULL, caller_key = NULL,"
                        + " caller_state = 'ERASED' WHERE caller_key = ?", callerKey)));
    }

    /** How many log rows name the caller whose key is {@code callerKey}. */
    public long events(String callerKey) {
        return database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM call_event WHERE caller_key = ?")) {
                s.setString(1, callerKey);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** How many rows still hold a clear number from before {@code cutoff} (retention check). */
    public long clearBefore(Instant cutoff) {
        return database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT (SELECT COUNT(*) FROM call_summary"
                    + " WHERE caller_number IS NOT NULL AND entered_at < ?) + (SELECT COUNT(*) FROM call_event"
                    + " WHERE caller_number IS NOT NULL AND occurred_at < ?) FROM (VALUES (0))")) {
                new Params(s).instant(cutoff).instant(cutoff);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    private static long update(Connection c, String sql, Object value) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            if (value instanceof Instant instant) {
                Timestamps.set(s, 1, instant);
            } else {
                s.setString(1, (String) value);
            }
            return s.executeUpdate();
        }
    }
}
