package org.numvert.sim;

import java.util.Map;
import org.numvert.routing.IntervalFigures;

/**
 * The figures of a simulation run after its warm-up, by group in scenario order and in total,
 * with the run's size and speed.
 *
 * @param cpuNanos the simulating thread's CPU time (wall time where the JVM cannot tell): the
 *                 speed on one core, whatever else the machine runs
 */
public record SimulationResult(Map<String, IntervalFigures> groups, IntervalFigures total,
        long events, long wallNanos, long cpuNanos) {

    /** Simulation events handled per second of the thread's CPU time. */
    public double eventsPerSecond() {
        return cpuNanos == 0 ? 0 : events * 1e9 / cpuNanos;
    }
}
