package org.numvert.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.numvert.routing.EscalationStep;
import org.numvert.routing.GroupId;
import org.numvert.routing.HotlineId;
import org.numvert.routing.Organisation;
import org.numvert.routing.SkillGroup;

/**
 * The skill groups (tables {@code skill_group} and {@code skill_group_escalation}). Blocking: call
 * on the database workers.
 */
public final class SkillGroupRepository {
    private static final String COLUMNS = "id, hotline, label, sl_target_seconds, sl_goal_percent, wrap_up_seconds,"
            + " max_wait_seconds, max_queue_length, join_when_empty, organisations";

    private final Database database;

    public SkillGroupRepository(Database database) {
        this.database = database;
    }

    /** Every group, by id. */
    public List<StoredGroup> list() {
        return database.transaction(c -> {
            Map<String, List<EscalationStep>> steps = escalations(c);
            List<StoredGroup> groups = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM skill_group ORDER BY id");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    groups.add(read(rs, steps.getOrDefault(rs.getString("id"), List.of())));
                }
            }
            return groups;
        });
    }

    /**
     * Adds the groups of {@code seed} that are not stored yet (stored ones are left as they are:
     * the database is the reference once seeded).
     *
     * @return the groups added
     */
    public List<StoredGroup> addMissing(Collection<StoredGroup> seed, Instant now) {
        return database.transaction(c -> {
            List<StoredGroup> added = new ArrayList<>();
            for (StoredGroup group : seed) {
                if (!exists(c, group.id())) {
                    insert(c, group, now);
                    added.add(group);
                }
            }
            return added;
        });
    }

    /** Creates or replaces {@code group}, escalation steps included. */
    public void save(StoredGroup group, Instant now) {
        database.transaction(c -> {
            if (exists(c, group.id())) {
                update(c, group, now);
            } else {
                insert(c, group, now);
            }
            return null;
        });
    }

    private static boolean exists(Connection c, GroupId id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM skill_group WHERE id = ?")) {
            s.setString(1, id.value());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void insert(Connection c, StoredGroup stored, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO skill_group (" + COLUMNS
                + ", created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, stored.id().value());
            bindSettings(s, 2, stored);
            Timestamps.set(s, 11, now);
            Timestamps.set(s, 12, now);
            s.executeUpdate();
        }
        insertSteps(c, stored.group());
    }

    private static void update(Connection c, StoredGroup stored, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE skill_group SET hotline = ?, label = ?,"
                + " sl_target_seconds = ?, sl_goal_percent = ?, wrap_up_seconds = ?, max_wait_seconds = ?,"
                + " max_queue_length = ?, join_when_empty = ?, organisations = ?, updated_at = ? WHERE id = ?")) {
            bindSettings(s, 1, stored);
            Timestamps.set(s, 10, now);
            s.setString(11, stored.id().value());
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("DELETE FROM skill_group_escalation WHERE group_id = ?")) {
            s.setString(1, stored.id().value());
            s.executeUpdate();
        }
        insertSteps(c, stored.group());
    }

    /** Binds hotline … organisations (9 columns) from {@code first}. */
    private static void bindSettings(PreparedStatement s, int first, StoredGroup stored) throws SQLException {
        SkillGroup g = stored.group();
        s.setString(first, g.hotline().value());
        s.setString(first + 1, g.label());
        s.setInt(first + 2, g.slTargetSeconds());
        s.setInt(first + 3, stored.serviceLevelGoalPercent());
        s.setInt(first + 4, g.wrapUpSeconds());
        s.setInt(first + 5, g.maxWaitSeconds());
        s.setInt(first + 6, g.maxQueueLength());
        s.setBoolean(first + 7, g.joinWhenEmpty());
        s.setString(first + 8, g.organisations().stream().map(Organisation::name).collect(Collectors.joining(",")));
    }

    private static void insertSteps(Connection c, SkillGroup group) throws SQLException {
        if (group.escalation().isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO skill_group_escalation"
                + " (group_id, step_no, after_seconds, min_proficiency, also_groups) VALUES (?, ?, ?, ?, ?)")) {
            int n = 0;
            for (EscalationStep step : group.escalation()) {
                s.setString(1, group.id().value());
                s.setInt(2, ++n);
                s.setInt(3, step.afterSeconds());
                s.setInt(4, step.minProficiency());
                s.setString(5, step.alsoGroups().stream().map(GroupId::value).collect(Collectors.joining(",")));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static Map<String, List<EscalationStep>> escalations(Connection c) throws SQLException {
        Map<String, List<EscalationStep>> steps = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT group_id, after_seconds, min_proficiency, also_groups"
                + " FROM skill_group_escalation ORDER BY group_id, step_no");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                List<GroupId> also = split(rs.getString("also_groups")).stream().map(GroupId::new).toList();
                steps.computeIfAbsent(rs.getString("group_id"), g -> new ArrayList<>())
                        .add(new EscalationStep(rs.getInt("after_seconds"), rs.getInt("min_proficiency"), also));
            }
        }
        return steps;
    }

    private static StoredGroup read(ResultSet rs, List<EscalationStep> steps) throws SQLException {
        List<Organisation> organisations = split(rs.getString("organisations")).stream()
                .map(Organisation::valueOf).toList();
        SkillGroup group = new SkillGroup(new GroupId(rs.getString("id")), new HotlineId(rs.getString("hotline")),
                rs.getString("label"), rs.getInt("sl_target_seconds"), rs.getInt("wrap_up_seconds"),
                rs.getInt("max_wait_seconds"), rs.getInt("max_queue_length"), rs.getBoolean("join_when_empty"),
                organisations, steps);
        return new StoredGroup(group, rs.getInt("sl_goal_percent"));
    }

    private static List<String> split(String list) {
        return list == null || list.isBlank() ? List.of()
                : Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
