package org.numvert.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * Erlang A (M/M/n+M): Erlang C with impatient callers, each abandoning after an exponential
 * patience. Closer to a real hotline than Erlang C when callers hang up.
 *
 * <p>Computed exactly on the birth-death chain of the number of callers (truncated where its
 * probabilities vanish). An arriving caller finding {@code j} callers queued ahead moves up at
 * rate nμ + iθ (a service ends, or one of the i ahead abandons) and abandons at rate θ: its
 * chance and time of service follow from that pure-death chain, by recursion for the means and
 * by uniformisation for the probabilities within a time. The figures use DESIGN.md's
 * definitions: abandons within the short-abandon limit are left out of the service level.
 */
public final class ErlangA {
    private static final double NEGLIGIBLE = 1e-14;

    private ErlangA() {
    }

    /**
     * @param serviceLevel answered within T ÷ (answered + abandoned after the short limit)
     * @param asaSeconds   mean wait of answered callers
     * @param abandonRate  abandoned after the short limit ÷ callers not short-abandoned
     */
    public record Prediction(double serviceLevel, double asaSeconds, double abandonRate,
            double probabilityOfWait) {
    }

    public static Prediction predict(int agents, double perHour, double ahtSeconds,
            double patienceSeconds, double thresholdSeconds, double shortAbandonSeconds) {
        double lambda = perHour / 3600.0;
        double mu = 1.0 / ahtSeconds;
        double theta = 1.0 / patienceSeconds;
        double[] arrival = arrivalDistribution(agents, lambda, mu, theta);
        double immediate = 0;
        for (int k = 0; k < Math.min(agents, arrival.length); k++) {
            immediate += arrival[k];
        }
        double[] queued = new double[Math.max(0, arrival.length - agents)];
        System.arraycopy(arrival, agents, queued, 0, queued.length);
        double served = immediate;
        double waitOfServed = 0;
        double pServed = 1;
        double mServed = 0;
        for (int j = 0; j < queued.length; j++) {
            double rate = agents * mu + j * theta;
            double move = rate / (rate + theta);
            mServed = move * (pServed / (rate + theta) + mServed);
            pServed = move * pServed;
            served += queued[j] * pServed;
            waitOfServed += queued[j] * mServed;
        }
        double abandoned = 1 - served;
        double[] byThreshold = absorbedBy(queued, agents, mu, theta, thresholdSeconds);
        double[] byShortLimit = absorbedBy(queued, agents, mu, theta, shortAbandonSeconds);
        double longAbandons = abandoned - byShortLimit[1];
        double sl = (immediate + byThreshold[0]) / (served + longAbandons);
        return new Prediction(sl, waitOfServed / served, longAbandons / (1 - byShortLimit[1]),
                1 - immediate);
    }

    /** Stationary probabilities of k callers in the system, as seen by arrivals (PASTA). */
    private static double[] arrivalDistribution(int agents, double lambda, double mu, double theta) {
        List<Double> weights = new ArrayList<>();
        double weight = 1;
        double total = 0;
        for (int k = 0; ; k++) {
            weights.add(weight);
            total += weight;
            double death = Math.min(k + 1, agents) * mu + Math.max(k + 1 - agents, 0) * theta;
            weight = weight * lambda / death;
            if (k > agents && weight < NEGLIGIBLE * total) {
                break;
            }
        }
        double[] p = new double[weights.size()];
        for (int k = 0; k < p.length; k++) {
            p[k] = weights.get(k) / total;
        }
        return p;
    }

    /**
     * Mass served [0] and abandoned [1] by time {@code t} for callers starting at the queue
     * positions weighted by {@code start}: uniformisation of the pure-death chain, in slices
     * short enough for the Poisson weights not to underflow.
     */
    private static double[] absorbedBy(double[] start, int agents, double mu, double theta, double t) {
        if (start.length == 0 || t <= 0) {
            return new double[] {0, 0};
        }
        Chain chain = new Chain(agents, mu, theta, start.length);
        int slices = (int) Math.ceil(chain.uniform * t / 200);
        double[] v = start.clone();
        double[] absorbed = {0, 0};
        for (int i = 0; i < slices; i++) {
            v = chain.advance(v, t / slices, absorbed);
        }
        return absorbed;
    }

    /** The tagged caller's position chain, uniformised at rate {@code uniform}. */
    private static final class Chain {
        final int agents;
        final double mu;
        final double theta;
        final double uniform;

        Chain(int agents, double mu, double theta, int size) {
            this.agents = agents;
            this.mu = mu;
            this.theta = theta;
            this.uniform = agents * mu + size * theta;
        }

        /** The distribution after {@code dt}; adds the mass served and abandoned meanwhile. */
        double[] advance(double[] v, double dt, double[] absorbed) {
            double mean = uniform * dt;
            double poisson = Math.exp(-mean);
            double[] current = v;
            double[] result = scaled(v, poisson);
            double servedSoFar = 0;
            double abandonedSoFar = 0;
            int steps = (int) Math.ceil(mean + 12 * Math.sqrt(mean) + 20);
            for (int step = 1; step <= steps; step++) {
                servedSoFar += current[0] * agents * mu / uniform;
                abandonedSoFar += sum(current) * theta / uniform;
                current = jump(current);
                poisson = poisson * mean / step;
                for (int i = 0; i < result.length; i++) {
                    result[i] += poisson * current[i];
                }
                absorbed[0] += poisson * servedSoFar;
                absorbed[1] += poisson * abandonedSoFar;
            }
            return result;
        }

        private double[] jump(double[] v) {
            double[] next = new double[v.length];
            for (int i = 0; i < v.length; i++) {
                double rate = agents * mu + i * theta;
                next[i] += v[i] * (1 - (rate + theta) / uniform);
                if (i > 0) {
                    next[i - 1] += v[i] * rate / uniform;
                }
            }
            return next;
        }

        private static double[] scaled(double[] v, double factor) {
            double[] result = new double[v.length];
            for (int i = 0; i < v.length; i++) {
                result[i] = v[i] * factor;
            }
            return result;
        }

        private static double sum(double[] v) {
            double total = 0;
            for (double x : v) {
                total += x;
            }
            return total;
        }
    }
}
