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
import java.util.Optional;
import org.numvert.routing.AgentId;
import org.numvert.routing.AgentProfile;
import org.numvert.routing.GroupId;
import org.numvert.routing.Organisation;

/**
 * The agents' routing profiles: identity, organisation, contact and skills (tables {@code agent}
 * and {@code agent_skill}). Skills must name stored skill groups. Blocking: call on the database
 * workers.
 */
public final class AgentRepository {
    private final Database database;

    public AgentRepository(Database database) {
        this.database = database;
    }

    /** Every agent, by id. */
    public List<AgentProfile> list() {
        return database.transaction(c -> {
            Map<String, Map<GroupId, Integer>> skills = skills(c, Optional.empty());
            List<AgentProfile> agents = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id, name, organisation, contact FROM agent ORDER BY id");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    agents.add(read(rs, skills.getOrDefault(rs.getString("id"), Map.of())));
                }
            }
            return agents;
        });
    }

    public Optional<AgentProfile> find(AgentId id) {
        return database.transaction(c -> find(c, id));
    }

    /** Stores {@code profile} unless an agent with its id exists; true when stored. */
    public boolean addIfAbsent(AgentProfile profile, Instant now) {
        return database.transaction(c -> {
            if (find(c, profile.id()).isPresent()) {
                return false;
            }
            insert(c, profile, now);
            return true;
        });
    }

    /** Creates or replaces {@code profile}, skills included. */
    public void save(AgentProfile profile, Instant now) {
        database.transaction(c -> {
            if (find(c, profile.id()).isEmpty()) {
                insert(c, profile, now);
                return null;
            }
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE agent SET name = ?, organisation = ?, contact = ?, updated_at = ? WHERE id = ?")) {
                s.setString(1, profile.name());
                s.setString(2, profile.organisation().name());
                s.setString(3, profile.contact());
                Timestamps.set(s, 4, now);
                s.setString(5, profile.id().value());
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM agent_skill WHERE agent_id = ?")) {
                s.setString(1, profile.id().value());
                s.executeUpdate();
            }
            insertSkills(c, profile);
            return null;
        });
    }

    private static Optional<AgentProfile> find(Connection c, AgentId id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id, name, organisation, contact FROM agent WHERE id = ?")) {
            s.setString(1, id.value());
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(read(rs, skills(c, Optional.of(id)).getOrDefault(id.value(), Map.of())));
            }
        }
    }

    private static void insert(Connection c, AgentProfile profile, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO agent (id, name, organisation, contact,"
                + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setString(1, profile.id().value());
            s.setString(2, profile.name());
            s.setString(3, profile.organisation().name());
            s.setString(4, profile.contact());
            Timestamps.set(s, 5, now);
            Timestamps.set(s, 6, now);
            s.executeUpdate();
        }
        insertSkills(c, profile);
    }

    private static void insertSkills(Connection c, AgentProfile profile) throws SQLException {
        if (profile.skills().isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO agent_skill (agent_id, group_id, proficiency) VALUES (?, ?, ?)")) {
            for (Map.Entry<GroupId, Integer> skill : profile.skills().entrySet()) {
                s.setString(1, profile.id().value());
                s.setString(2, skill.getKey().value());
                s.setInt(3, skill.getValue());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static Map<String, Map<GroupId, Integer>> skills(Connection c, Optional<AgentId> only) throws SQLException {
        String sql = "SELECT agent_id, group_id, proficiency FROM agent_skill"
                + (only.isPresent() ? " WHERE agent_id = ?" : "");
        Map<String, Map<GroupId, Integer>> skills = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            if (only.isPresent()) {
                s.setString(1, only.get().value());
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    skills.computeIfAbsent(rs.getString("agent_id"), a -> new HashMap<>())
                            .put(new GroupId(rs.getString("group_id")), rs.getInt("proficiency"));
                }
            }
        }
        return skills;
    }

    private static AgentProfile read(ResultSet rs, Map<GroupId, Integer> skills) throws SQLException {
        return new AgentProfile(new AgentId(rs.getString("id")), rs.getString("name"),
                Organisation.valueOf(rs.getString("organisation")), rs.getString("contact"), skills);
    }
}
