package org.numvert.sim;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.numvert.routing.EscalationStep;
import org.numvert.routing.OverflowAction;

/**
 * A discrete-event simulation scenario (the JSON format is documented in README, section
 * "Simulation"; {@link ScenarioReader} reads and validates it).
 *
 * @param warmupMinutes    the first minutes are simulated but left out of the figures
 * @param answerDelaySeconds how long an offered agent takes to answer (0: at once, as Erlang C
 *                         assumes)
 * @param callbackAcceptance probability that a caller offered a callback by an overflow accepts
 * @param start            the virtual start time (statistics intervals follow Europe/Paris days)
 */
public record Scenario(
        int durationMinutes,
        int warmupMinutes,
        int ringTimeoutSeconds,
        double answerDelaySeconds,
        double callbackAcceptance,
        Instant start,
        long seed,
        List<Group> groups,
        List<AgentPool> agents,
        List<Arrivals> arrivals) {

    /**
     * A skill group with its routing settings and, optionally, its own handle and patience
     * times (else the scenario's).
     */
    public record Group(String name, int slTargetSeconds, int wrapUpSeconds, int maxWaitSeconds,
            int maxQueueLength, boolean joinWhenEmpty, OverflowAction overflow,
            List<EscalationStep> escalation, Distribution handleTime,
            Optional<Distribution> patience) {
    }

    /**
     * {@code count} identical agents; with a shift they log in at {@code startMinute} and out at
     * {@code endMinute} (after their call), else they work the whole run.
     */
    public record AgentPool(int count, Map<String, Integer> skills, String name,
            Optional<Shift> shift) {
    }

    public record Shift(int startMinute, int endMinute) {
    }

    /**
     * Poisson arrivals to a group: {@code perHour}, or a {@code profile} of rates for the
     * successive hours of the run (the last one holds after the end of the list).
     */
    public record Arrivals(String group, double perHour, List<Double> profile, int priority) {

        double ratePerHourAt(long elapsedMillis) {
            if (profile.isEmpty()) {
                return perHour;
            }
            int hour = (int) Math.min(elapsedMillis / 3_600_000L, profile.size() - 1L);
            return profile.get(hour);
        }

        double meanPerHour(int durationMinutes) {
            if (profile.isEmpty()) {
                return perHour;
            }
            double sum = 0;
            for (int minute = 0; minute < durationMinutes; minute++) {
                sum += ratePerHourAt(minute * 60_000L);
            }
            return sum / durationMinutes;
        }
    }

    public Group group(String name) {
        return groups.stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow();
    }
}
