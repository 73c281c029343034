package org.numvert.bench;

import java.util.Arrays;

/** The {@code name=value} options of the benchmarks' command lines. */
final class BenchArgs {
    private BenchArgs() {
    }

    /** The value of {@code name=value} among the arguments, or {@code fallback}. */
    static int option(String[] args, String name, int fallback) {
        return Integer.parseInt(text(args, name, Integer.toString(fallback)));
    }

    /** The text of {@code name=value} among the arguments, or {@code fallback}. */
    static String text(String[] args, String name, String fallback) {
        return Arrays.stream(args).filter(a -> a.startsWith(name + "=")).findFirst()
                .map(a -> a.substring(name.length() + 1)).orElse(fallback);
    }
}
