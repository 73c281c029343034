package org.numvert.sim;

import java.util.SplittableRandom;

/**
 * A random duration in seconds: exponential, lognormal (given mean and standard deviation) or
 * constant. Samples are in milliseconds, at least 1 ms for the non-constant ones.
 */
public record Distribution(Kind kind, double meanSeconds, double sdSeconds) {

    public enum Kind {
        EXPONENTIAL, LOGNORMAL, CONSTANT
    }

    public static Distribution exponential(double meanSeconds) {
        return new Distribution(Kind.EXPONENTIAL, meanSeconds, meanSeconds);
    }

    public static Distribution constant(double seconds) {
        return new Distribution(Kind.CONSTANT, seconds, 0);
    }

    public long sampleMillis(SplittableRandom random) {
        double seconds = switch (kind) {
            case EXPONENTIAL -> -meanSeconds * Math.log(1.0 - random.nextDouble());
            case LOGNORMAL -> lognormal(random);
            case CONSTANT -> meanSeconds;
        };
        long millis = Math.round(seconds * 1000);
        return kind == Kind.CONSTANT ? millis : Math.max(1, millis);
    }

    private double lognormal(SplittableRandom random) {
        double variance = Math.log(1 + (sdSeconds * sdSeconds) / (meanSeconds * meanSeconds));
        double mu = Math.log(meanSeconds) - variance / 2;
        return Math.exp(mu + Math.sqrt(variance) * gaussian(random));
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
