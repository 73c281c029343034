package org.numvert.sim;

/**
 * Erlang C: the classic staffing model of a single queue served by {@code n} identical agents,
 * Poisson arrivals, exponential handle times, callers who never hang up. numvert uses it as the
 * reference the simulator must match on a dedicated pool, and as a staffing calculator.
 *
 * <p>The probability of waiting is computed from Erlang B's recursion, stable for hundreds of
 * agents.
 */
public final class ErlangC {
    private ErlangC() {
    }

    /** Probability that a caller waits at all, with {@code traffic} = λ × AHT erlangs. */
    public static double probabilityOfWait(int agents, double traffic) {
        if (agents <= traffic) {
            return 1.0;
        }
        double blocking = 1.0;
        for (int k = 1; k <= agents; k++) {
            blocking = traffic * blocking / (k + traffic * blocking);
        }
        return agents * blocking / (agents - traffic * (1 - blocking));
    }

    /** Fraction of callers answered within {@code thresholdSeconds}. */
    public static double serviceLevel(int agents, double traffic, double ahtSeconds,
            double thresholdSeconds) {
        if (agents <= traffic) {
            return 0.0;
        }
        return 1.0 - probabilityOfWait(agents, traffic)
                * Math.exp(-(agents - traffic) * thresholdSeconds / ahtSeconds);
    }

    /** Average speed of answer in seconds; infinite when the agents cannot keep up. */
    public static double asaSeconds(int agents, double traffic, double ahtSeconds) {
        if (agents <= traffic) {
            return Double.POSITIVE_INFINITY;
        }
        return probabilityOfWait(agents, traffic) * ahtSeconds / (agents - traffic);
    }

    /** The fewest agents giving at least {@code targetServiceLevel} within the threshold. */
    public static int agentsNeeded(double traffic, double ahtSeconds, double targetServiceLevel,
            double thresholdSeconds) {
        int agents = Math.max(1, (int) Math.floor(traffic) + 1);
        while (serviceLevel(agents, traffic, ahtSeconds, thresholdSeconds) < targetServiceLevel) {
            agents++;
        }
        return agents;
    }
}
