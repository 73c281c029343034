package org.numvert.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;

/**
 * Failed logins, kept for a short window to throttle guessing (table {@code login_failure}): per
 * login (by a digest of the login as typed) and per client address. Blocking: call on the
 * database workers.
 */
public final class LoginFailureRepository {
    private final Database database;

    public LoginFailureRepository(Database database) {
        this.database = database;
    }

    /** Records one failure and forgets those older than {@code forgetBefore}. */
    public void record(String loginKey, String address, Instant at, Instant forgetBefore) {
        database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO login_failure (login_key, address, occurred_at) VALUES (?, ?, ?)")) {
                s.setString(1, loginKey);
                s.setString(2, address);
                Timestamps.set(s, 3, at);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM login_failure WHERE occurred_at < ?")) {
                Timestamps.set(s, 1, forgetBefore);
                s.executeUpdate();
            }
            return null;
        });
    }

    /** Failures for this login since {@code since}. */
    public FailureCount ofLogin(String loginKey, Instant since) {
        return count("login_key", loginKey, since);
    }

    /** Failures from this address since {@code since}, whatever the login. */
    public FailureCount ofAddress(String address, Instant since) {
        return count("address", address, since);
    }

    /** Forgets a login's failures (after it logged in successfully). */
    public void clear(String loginKey) {
        database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM login_failure WHERE login_key = ?")) {
                s.setString(1, loginKey);
                return s.executeUpdate();
            }
        });
    }

    private FailureCount count(String column, String value, Instant since) {
        return database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) AS n, MIN(occurred_at) AS oldest"
                    + " FROM login_failure WHERE " + column + " = ? AND occurred_at >= ?")) {
                s.setString(1, value);
                Timestamps.set(s, 2, since);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return new FailureCount(rs.getInt("n"), Timestamps.optional(rs, "oldest"));
                }
            }
        });
    }

    /** How many failures in the window, and when the oldest of them happened. */
    public record FailureCount(int count, Optional<Instant> oldest) {
    }
}
