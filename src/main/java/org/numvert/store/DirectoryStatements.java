package org.numvert.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import org.numvert.routing.Organisation;

/** Upserts of the groups and agents described by the engine (tables record_group, record_agent). */
final class DirectoryStatements {
    private DirectoryStatements() {
    }

    static void mergeGroups(Connection c, List<RecordGroup> groups, long atMillis) throws SQLException {
        for (RecordGroup g : groups) {
            String organisations = g.organisations().stream().map(Organisation::name)
                    .collect(Collectors.joining(","));
            try (PreparedStatement s = c.prepareStatement("UPDATE record_group SET hotline = ?, label = ?,"
                    + " organisations = ?, sl_target_seconds = ?, updated_at = ? WHERE group_id = ?")) {
                new Params(s).string(g.hotline()).string(g.label()).string(organisations)
                        .integer(g.slTargetSeconds()).millis(atMillis).string(g.id());
                if (s.executeUpdate() == 1) {
                    continue;
                }
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO record_group (hotline, label,"
                    + " organisations, sl_target_seconds, updated_at, group_id) VALUES (?, ?, ?, ?, ?, ?)")) {
                new Params(s).string(g.hotline()).string(g.label()).string(organisations)
                        .integer(g.slTargetSeconds()).millis(atMillis).string(g.id());
                s.executeUpdate();
            }
        }
    }

    static void mergeAgents(Connection c, List<RecordAgent> agents, long atMillis) throws SQLException {
        for (RecordAgent a : agents) {
            try (PreparedStatement s = c.prepareStatement("UPDATE record_agent SET agent_name = ?,"
                    + " organisation = ?, updated_at = ? WHERE agent_id = ?")) {
                new Params(s).string(a.name()).string(a.organisation().name()).millis(atMillis).string(a.id());
                if (s.executeUpdate() == 1) {
                    continue;
                }
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO record_agent (agent_name,"
                    + " organisation, updated_at, agent_id) VALUES (?, ?, ?, ?)")) {
                new Params(s).string(a.name()).string(a.organisation().name()).millis(atMillis).string(a.id());
                s.executeUpdate();
            }
        }
    }
}
