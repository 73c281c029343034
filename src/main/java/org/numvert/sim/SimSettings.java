package org.numvert.sim;

/**
 * Live demo traffic of the simulated PBX (used when no Asterisk is configured).
 *
 * @param callsPerHour       simulated inbound calls per hour, spread over the hotlines (with
 *                           {@code dailyShape}, the day's average)
 * @param agents             simulated agents logged in at start
 * @param seed               random seed; 0 picks one at start
 * @param promptSpeed        how many times faster than spoken French the IVR prompts play (1 =
 *                           real pace; tests and quick demos use more)
 * @param followOpeningHours whether simulated callers meet the hotlines' opening hours (closed
 *                           message outside them); by default they call as if the hotline were open,
 *                           so that the demo runs day and night
 * @param dailyShape         whether arrivals follow a contact centre's day (peaks at 10:00 and
 *                           14:30, quiet nights) rather than a constant rate
 * @param repeatCallers      share of calls (0 to 1) from a number that called recently: people
 *                           call again after an abandon, a callback promise, a missing document
 */
public record SimSettings(int callsPerHour, int agents, long seed, int promptSpeed, boolean followOpeningHours,
        boolean dailyShape, double repeatCallers) {
    public static final double DEFAULT_REPEAT_CALLERS = 0.12;

    public SimSettings {
        if (callsPerHour < 0 || agents < 0 || promptSpeed < 1 || !(repeatCallers >= 0 && repeatCallers <= 1)) {
            throw new IllegalArgumentException("invalid simulated PBX settings");
        }
    }

    /** The default share of repeat callers. */
    public SimSettings(int callsPerHour, int agents, long seed, int promptSpeed, boolean followOpeningHours,
            boolean dailyShape) {
        this(callsPerHour, agents, seed, promptSpeed, followOpeningHours, dailyShape, DEFAULT_REPEAT_CALLERS);
    }

    /** Real pace, callers as if always open, constant rate. */
    public static SimSettings of(int callsPerHour, int agents, long seed) {
        return new SimSettings(callsPerHour, agents, seed, 1, false, false);
    }
}
