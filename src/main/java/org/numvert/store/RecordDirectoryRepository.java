package org.numvert.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.numvert.routing.Organisation;

/**
 * The groups and agents the records have seen (tables {@code record_group}, {@code record_agent}),
 * as the engine last described them. Blocking: call on the database workers.
 */
public final class RecordDirectoryRepository {
    private final Database database;

    public RecordDirectoryRepository(Database database) {
        this.database = database;
    }

    public List<RecordGroup> groups() {
        return database.transaction(c -> {
            List<RecordGroup> groups = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT group_id, hotline, label, organisations,"
                    + " sl_target_seconds FROM record_group ORDER BY group_id"); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    List<Organisation> organisations = Arrays.stream(rs.getString("organisations").split(","))
                            .filter(o -> !o.isBlank()).map(Organisation::valueOf).toList();
                    groups.add(new RecordGroup(rs.getString("group_id"), rs.getString("hotline"),
                            rs.getString("label"), organisations, rs.getInt("sl_target_seconds")));
                }
            }
            return groups;
        });
    }

    public List<RecordAgent> agents() {
        return database.transaction(c -> {
            List<RecordAgent> agents = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT agent_id, agent_name, organisation"
                    + " FROM record_agent ORDER BY agent_id"); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    agents.add(new RecordAgent(rs.getString("agent_id"), rs.getString("agent_name"),
                            Organisation.valueOf(rs.getString("organisation"))));
                }
            }
            return agents;
        });
    }
}
