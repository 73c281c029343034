package org.numvert.sim;

/**
 * Live demo traffic of the simulated PBX (used when no Asterisk is configured).
 *
 * @param callsPerHour simulated inbound calls per hour, spread over the hotlines
 * @param agents       simulated agents logged in at start
 * @param seed         random seed; 0 picks one at start
 */
public record SimSettings(int callsPerHour, int agents, long seed) {
}
