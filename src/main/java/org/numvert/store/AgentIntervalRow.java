package org.numvert.store;

/**
 * One agent's figures over one 15-minute interval starting at {@code startMillis} (tables
 * {@code agent_interval} and {@code agent_pause_interval}), of one run or summed over the runs
 * (run 0).
 */
public record AgentIntervalRow(int run, String agentId, long startMillis, AgentFigures figures) {
}
