package org.numvert.store;

/** An agent entered {@code state} at {@code sinceMillis} (table {@code agent_state}). */
public record AgentStateRow(int run, long seq, String agentId, String state, String pauseReason,
        long sinceMillis) {
}
