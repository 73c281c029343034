package org.numvert.sim;

import java.util.Map;
import org.numvert.routing.IntervalFigures;

/**
 * The figures of a simulation run after its warm-up, by group in scenario order and in total,
 * with the run's size and speed.
 */
public record SimulationResult(Map<String, IntervalFigures> groups, IntervalFigures total,
        long events, long wallNanos) {

    public double eventsPerSecond() {
        return wallNanos == 0 ? 0 : events * 1e9 / wallNanos;
    }
}
