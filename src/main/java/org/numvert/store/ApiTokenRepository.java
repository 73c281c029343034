package org.numvert.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Personal API tokens (table {@code api_token}), found by the digest of their secret. Revoked
 * tokens stay as history and never authenticate again. Blocking: call on the database workers.
 */
public final class ApiTokenRepository {
    private static final String COLUMNS = "id, login, name, created_at, last_used_at, revoked_at";

    private final Database database;

    public ApiTokenRepository(Database database) {
        this.database = database;
    }

    /** Stores a new token and returns it with its id. */
    public StoredToken insert(String login, String name, String secretDigest, Instant createdAt) {
        return database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO api_token (login, name, token_hash, created_at) VALUES (?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, login);
                s.setString(2, name);
                s.setString(3, secretDigest);
                Timestamps.set(s, 4, createdAt);
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    return new StoredToken(keys.getLong(1), login, name, createdAt, Optional.empty(), Optional.empty());
                }
            }
        });
    }

    /** The token whose secret has this digest, if it is not revoked. */
    public Optional<StoredToken> findActive(String secretDigest) {
        return database.transaction(c -> select(c, "WHERE token_hash = ? AND revoked_at IS NULL", secretDigest)
                .stream().findFirst());
    }

    /** A user's tokens that still work, oldest first. */
    public List<StoredToken> activeOf(String login) {
        return database.transaction(c -> select(c, "WHERE login = ? AND revoked_at IS NULL ORDER BY id", login));
    }

    /** Revokes one of {@code login}'s tokens; false when it has no such active token. */
    public boolean revoke(String login, long id, Instant at) {
        return database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE api_token SET revoked_at = ? WHERE id = ? AND login = ? AND revoked_at IS NULL")) {
                Timestamps.set(s, 1, at);
                s.setLong(2, id);
                s.setString(3, login);
                return s.executeUpdate() == 1;
            }
        });
    }

    public void markUsed(long id, Instant at) {
        database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE api_token SET last_used_at = ? WHERE id = ?")) {
                Timestamps.set(s, 1, at);
                s.setLong(2, id);
                return s.executeUpdate();
            }
        });
    }

    private static List<StoredToken> select(Connection c, String where, String arg) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM api_token " + where)) {
            s.setString(1, arg);
            List<StoredToken> tokens = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    tokens.add(new StoredToken(rs.getLong("id"), rs.getString("login"), rs.getString("name"),
                            Timestamps.get(rs, "created_at"), Timestamps.optional(rs, "last_used_at"),
                            Timestamps.optional(rs, "revoked_at")));
                }
            }
            return tokens;
        }
    }
}
