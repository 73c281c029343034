package org.numvert.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.numvert.routing.AgentId;
import org.numvert.routing.Organisation;

/**
 * The users of the pages and APIs (table {@code user_account}). Blocking: call on the database
 * workers. A login or an agent id used twice is a {@link DuplicateKeyException}.
 */
public final class UserRepository {
    private static final String COLUMNS = "login, display_name, user_role, organisation, faq_editor, agent_id,"
            + " password_hash, enabled, credentials_changed_at, created_at, updated_at";

    private final Database database;

    public UserRepository(Database database) {
        this.database = database;
    }

    public void insert(StoredUser user) {
        database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO user_account (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                bind(s, user);
                return execute(s, user);
            }
        });
    }

    /** Replaces every column but the login and the creation time; false when there is no such user. */
    public boolean update(StoredUser user) {
        return database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE user_account SET display_name = ?,"
                    + " user_role = ?, organisation = ?, faq_editor = ?, agent_id = ?, password_hash = ?,"
                    + " enabled = ?, credentials_changed_at = ?, updated_at = ? WHERE login = ?")) {
                s.setString(1, user.displayName());
                s.setString(2, user.role());
                s.setString(3, user.organisation().name());
                s.setBoolean(4, user.faqEditor());
                s.setString(5, user.agent().map(AgentId::value).orElse(null));
                s.setString(6, user.passwordHash());
                s.setBoolean(7, user.enabled());
                Timestamps.set(s, 8, user.credentialsChangedAt());
                Timestamps.set(s, 9, user.updatedAt());
                s.setString(10, user.login());
                return execute(s, user) == 1;
            }
        });
    }

    public Optional<StoredUser> find(String login) {
        return database.transaction(c -> {
            List<StoredUser> found = select(c, "WHERE login = ?", login);
            return found.stream().findFirst();
        });
    }

    /** Every user, by login. */
    public List<StoredUser> list() {
        return database.transaction(c -> select(c, "ORDER BY login"));
    }

    /** Enabled users that are routing agents, by login: what the routing profiles are made for. */
    public List<StoredUser> agents() {
        return database.transaction(c -> select(c, "WHERE agent_id IS NOT NULL AND enabled ORDER BY login"));
    }

    public int count() {
        return database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM user_account");
                    ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /** Enabled users with {@code role}: a guard against removing the last administrator. */
    public int countEnabled(String role) {
        return database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT COUNT(*) FROM user_account WHERE user_role = ? AND enabled")) {
                s.setString(1, role);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    private static int execute(PreparedStatement s, StoredUser user) throws SQLException {
        try {
            return s.executeUpdate();
        } catch (SQLIntegrityConstraintViolationException e) {
            throw new DuplicateKeyException("login or agent id already taken: " + user.login()
                    + user.agent().map(a -> " / " + a).orElse(""), e);
        }
    }

    private static void bind(PreparedStatement s, StoredUser user) throws SQLException {
        s.setString(1, user.login());
        s.setString(2, user.displayName());
        s.setString(3, user.role());
        s.setString(4, user.organisation().name());
        s.setBoolean(5, user.faqEditor());
        s.setString(6, user.agent().map(AgentId::value).orElse(null));
        s.setString(7, user.passwordHash());
        s.setBoolean(8, user.enabled());
        Timestamps.set(s, 9, user.credentialsChangedAt());
        Timestamps.set(s, 10, user.createdAt());
        Timestamps.set(s, 11, user.updatedAt());
    }

    private static List<StoredUser> select(Connection c, String where, String... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM user_account " + where)) {
            for (int i = 0; i < args.length; i++) {
                s.setString(i + 1, args[i]);
            }
            List<StoredUser> users = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    users.add(read(rs));
                }
            }
            return users;
        }
    }

    private static StoredUser read(ResultSet rs) throws SQLException {
        String agent = rs.getString("agent_id");
        return new StoredUser(rs.getString("login"), rs.getString("display_name"), rs.getString("user_role"),
                Organisation.valueOf(rs.getString("organisation")), rs.getBoolean("faq_editor"),
                Optional.ofNullable(agent).map(AgentId::new), rs.getString("password_hash"),
                rs.getBoolean("enabled"), Timestamps.get(rs, "credentials_changed_at"),
                Timestamps.get(rs, "created_at"), Timestamps.get(rs, "updated_at"));
    }
}
