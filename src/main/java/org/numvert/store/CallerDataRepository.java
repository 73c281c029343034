package org.numvert.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Callers' personal data in the records: the numbers (tables {@code call_summary} and
 * {@code call_event}) and the agents' wrap-up notes ({@code wrapup_note}). Retention drops the
 * clear numbers (the keyed hash stays) and deletes the notes; erasure on request drops number and
 * key and deletes the notes of the caller's calls. Statistics read none of these, so neither
 * changes a figure. Blocking: call on the database workers.
 */
public final class CallerDataRepository {
    private final Database database;

    public CallerDataRepository(Database database) {
        this.database = database;
    }

    /** How many summary and event rows a change touched, and how many notes it deleted. */
    public record Changed(long summaries, long events, long notes) {
    }

    /**
     * Drops the clear numbers of calls that entered before {@code cutoff} (their keys stay) and
     * deletes the wrap-up notes written before it.
     */
    public Changed pseudonymiseBefore(Instant cutoff) {
        return database.transaction(c -> new Changed(
                update(c, "UPDATE call_summary SET caller_number = NULL, caller_state = 'PSEUDONYMISED'"
                        + " WHERE caller_state = 'CLEAR' AND entered_at < ?", cutoff),
                update(c, "UPDATE call_event SET caller_number = NULL, caller_state = 'PSEUDONYMISED'"
                        + " WHERE caller_state = 'CLEAR' AND occurred_at < ?", cutoff),
                update(c, "DELETE FROM wrapup_note WHERE written_at < ?", cutoff)));
    }

    /**
     * Deletes the wrap-up notes of the calls of the caller whose key is {@code callerKey}, then
     * drops number and key from every row of that caller.
     */
    public Changed erase(String callerKey) {
        return database.transaction(c -> {
            long notes = update(c, "DELETE FROM wrapup_note WHERE EXISTS (SELECT 1 FROM call_summary s"
                    + " WHERE s.run_id = wrapup_note.run_id AND s.call_id = wrapup_note.call_id"
                    + " AND s.caller_key = ?)", callerKey);
            return new Changed(
                    update(c, "UPDATE call_summary SET caller_number = NULL, caller_key = NULL,"
                            + " caller_state = 'ERASED' WHERE caller_key = ?", callerKey),
                    update(c, "UPDATE call_event SET caller_number = NULL, caller_key = NULL,"
                            + " caller_state = 'ERASED' WHERE caller_key = ?", callerKey),
                    notes);
        });
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

    /** How many wrap-up notes written before {@code cutoff} are still kept (retention check). */
    public long notesBefore(Instant cutoff) {
        return database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM wrapup_note WHERE written_at < ?")) {
                new Params(s).instant(cutoff);
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
