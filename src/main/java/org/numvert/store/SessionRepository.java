package org.numvert.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Instant;
import java.util.Optional;

/**
 * Page sessions (table {@code web_session}), found by the digest of their id. A session past its
 * idle time is never returned, and {@link #deleteExpired} removes it. Blocking: call on the
 * database workers.
 */
public final class SessionRepository {
    private final Database database;

    public SessionRepository(Database database) {
        this.database = database;
    }

    /** The session with this id digest, unless it ended before {@code now}. */
    public Optional<StoredSession> find(String idHash, Instant now) {
        return database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id_hash, login, session_data, data_version,"
                    + " idle_millis, last_accessed FROM web_session WHERE id_hash = ? AND expires_at > ?")) {
                s.setString(1, idHash);
                Timestamps.set(s, 2, now);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(row(rs)) : Optional.empty();
                }
            }
        });
    }

    /** Stores a new session; a {@link DuplicateKeyException} if its id is already taken. */
    public void insert(StoredSession session) {
        database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO web_session (login, session_data,"
                    + " data_version, idle_millis, last_accessed, expires_at, id_hash) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                bind(s, session);
                return s.executeUpdate();
            } catch (SQLIntegrityConstraintViolationException e) {
                throw new DuplicateKeyException("session id already taken", e);
            }
        });
    }

    /**
     * Replaces a stored session if it is still at {@code expectedVersion}; false when it was changed
     * meanwhile by another request or has ended (deleted or expired).
     */
    public boolean update(StoredSession session, int expectedVersion) {
        return database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE web_session SET login = ?, session_data = ?,"
                    + " data_version = ?, idle_millis = ?, last_accessed = ?, expires_at = ?"
                    + " WHERE id_hash = ? AND data_version = ? AND expires_at > ?")) {
                bind(s, session);
                s.setInt(8, expectedVersion);
                Timestamps.set(s, 9, session.lastAccessed());
                return s.executeUpdate() == 1;
            }
        });
    }

    /** Records a use of an unchanged session (pushing its end back); false when it has ended. */
    public boolean touch(String idHash, Instant accessed, long idleMillis) {
        return database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE web_session SET last_accessed = ?,"
                    + " expires_at = ? WHERE id_hash = ? AND expires_at > ?")) {
                Timestamps.set(s, 1, accessed);
                Timestamps.set(s, 2, accessed.plusMillis(idleMillis));
                s.setString(3, idHash);
                Timestamps.set(s, 4, accessed);
                return s.executeUpdate() == 1;
            }
        });
    }

    public void delete(String idHash) {
        update("DELETE FROM web_session WHERE id_hash = ?", idHash);
    }

    /** Ends all sessions of a user; returns how many there were. */
    public int deleteOf(String login) {
        return update("DELETE FROM web_session WHERE login = ?", login);
    }

    /** Removes the sessions that ended before {@code now}; returns how many. */
    public int deleteExpired(Instant now) {
        return database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM web_session WHERE expires_at <= ?")) {
                Timestamps.set(s, 1, now);
                return s.executeUpdate();
            }
        });
    }

    public int deleteAll() {
        return database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM web_session")) {
                return s.executeUpdate();
            }
        });
    }

    /** Sessions still running at {@code now}. */
    public int count(Instant now) {
        return database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM web_session WHERE expires_at > ?")) {
                Timestamps.set(s, 1, now);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    private int update(String sql, String arg) {
        return database.transaction(c -> execute(c, sql, arg));
    }

    private static int execute(Connection c, String sql, String arg) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, arg);
            return s.executeUpdate();
        }
    }

    private static void bind(PreparedStatement s, StoredSession session) throws SQLException {
        s.setString(1, session.login().orElse(null));
        s.setBytes(2, session.data());
        s.setInt(3, session.version());
        s.setLong(4, session.idleMillis());
        Timestamps.set(s, 5, session.lastAccessed());
        Timestamps.set(s, 6, session.expiresAt());
        s.setString(7, session.idHash());
    }

    private static StoredSession row(ResultSet rs) throws SQLException {
        return new StoredSession(rs.getString("id_hash"), Optional.ofNullable(rs.getString("login")),
                rs.getBytes("session_data"), rs.getInt("data_version"), rs.getLong("idle_millis"),
                Timestamps.get(rs, "last_accessed"));
    }
}
