package org.numvert.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.numvert.routing.Organisation;

/** The audit trail (table {@code audit_log}): append-only. Blocking: call on the database workers. */
public final class AuditRepository {
    private final Database database;

    public AuditRepository(Database database) {
        this.database = database;
    }

    public void append(AuditRecord record, Instant at) {
        database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO audit_log"
                    + " (occurred_at, actor, organisation, action, target, detail) VALUES (?, ?, ?, ?, ?, ?)")) {
                Timestamps.set(s, 1, at);
                s.setString(2, record.actor());
                s.setString(3, record.organisation().map(Organisation::name).orElse(null));
                s.setString(4, record.action());
                s.setString(5, record.target());
                s.setString(6, record.detail());
                return s.executeUpdate();
            }
        });
    }

    /**
     * The latest entries, newest first.
     *
     * @param organisation only this organisation's entries, or all when empty
     * @param beforeId     only entries older than this one (paging), or all when 0
     */
    public List<AuditEntry> latest(Optional<Organisation> organisation, long beforeId, int limit) {
        return database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id, occurred_at, actor, organisation, action,"
                    + " target, detail FROM audit_log WHERE (CAST(? AS VARCHAR(10)) IS NULL OR organisation = ?)"
                    + " AND (? = 0 OR id < ?) ORDER BY id DESC LIMIT ?")) {
                String org = organisation.map(Organisation::name).orElse(null);
                s.setString(1, org);
                s.setString(2, org);
                s.setLong(3, beforeId);
                s.setLong(4, beforeId);
                s.setInt(5, limit);
                List<AuditEntry> entries = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        entries.add(read(rs));
                    }
                }
                return entries;
            }
        });
    }

    private static AuditEntry read(ResultSet rs) throws SQLException {
        String org = rs.getString("organisation");
        return new AuditEntry(rs.getLong("id"), Timestamps.get(rs, "occurred_at"), new AuditRecord(
                rs.getString("actor"), Optional.ofNullable(org).map(Organisation::valueOf),
                rs.getString("action"), rs.getString("target"), rs.getString("detail")));
    }
}
