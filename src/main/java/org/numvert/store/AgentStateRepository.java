package org.numvert.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.numvert.routing.AgentId;
import org.numvert.routing.PauseReason;

/**
 * The agents' routing states kept across restarts (table {@code agent_routing_state}). Blocking:
 * call on the database workers.
 */
public final class AgentStateRepository {
    private final Database database;

    public AgentStateRepository(Database database) {
        this.database = database;
    }

    /** Every stored state, by agent id. */
    public List<StoredAgentState> list() {
        return database.transaction(c -> {
            List<StoredAgentState> states = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT agent_id, logged_in, pause_reason, changed_at"
                    + " FROM agent_routing_state ORDER BY agent_id");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    states.add(new StoredAgentState(new AgentId(rs.getString("agent_id")), rs.getBoolean("logged_in"),
                            Optional.ofNullable(rs.getString("pause_reason")).map(PauseReason::new),
                            Timestamps.get(rs, "changed_at")));
                }
            }
            return states;
        });
    }

    /** Stores each state (one transaction); the agents must be stored. */
    public void saveAll(Collection<StoredAgentState> states) {
        if (states.isEmpty()) {
            return;
        }
        database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("MERGE INTO agent_routing_state t"
                    + " USING (VALUES (CAST(? AS VARCHAR(64)), CAST(? AS BOOLEAN), CAST(? AS VARCHAR(40)),"
                    + " CAST(? AS TIMESTAMP WITH TIME ZONE))) AS v (agent_id, logged_in, pause_reason, changed_at)"
                    + " ON t.agent_id = v.agent_id"
                    + " WHEN MATCHED THEN UPDATE SET t.logged_in = v.logged_in, t.pause_reason = v.pause_reason,"
                    + " t.changed_at = v.changed_at"
                    + " WHEN NOT MATCHED THEN INSERT VALUES (v.agent_id, v.logged_in, v.pause_reason, v.changed_at)")) {
                for (StoredAgentState state : states) {
                    s.setString(1, state.agent().value());
                    s.setBoolean(2, state.loggedIn());
                    s.setString(3, state.pause().map(PauseReason::code).orElse(null));
                    Timestamps.set(s, 4, state.changedAt());
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
    }
}
