package org.numvert.faq.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of an evaluation: per query kind, success at 1 and at 10 (an expected article in
 * the first 1 or 10 hits) and mean reciprocal rank at 10; and search latency.
 */
public record EvalReport(Map<String, KindFigures> kinds, double p50Millis, double p99Millis) {

    /** @param n queries of this kind */
    public record KindFigures(int n, double s1, double s10, double mrr10) {
    }

    /** {@code {"kinds": {"<kind>": {"n", "s1", "s10", "mrr10"}}, "latencyMs": {"p50", "p99"}}} */
    public String toJson() {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        ObjectNode kindsNode = root.putObject("kinds");
        kinds.forEach((kind, f) -> kindsNode.putObject(kind).put("n", f.n()).put("s1", round(f.s1()))
                .put("s10", round(f.s10())).put("mrr10", round(f.mrr10())));
        root.putObject("latencyMs").put("p50", round(p50Millis)).put("p99", round(p99Millis));
        return root.toString();
    }

    /** A table for people. */
    public String toText() {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-36s %6s %6s %6s %7s%n",
                "kind", "n", "S@1", "S@10", "MRR@10"));
        kinds.forEach((kind, f) -> text.append(String.format(Locale.ROOT, "%-36s %6d %6.3f %6.3f %7.3f%n",
                kind, f.n(), f.s1(), f.s10(), f.mrr10())));
        text.append(String.format(Locale.ROOT, "search latency: p50 %.2f ms, p99 %.2f ms%n", p50Millis, p99Millis));
        return text.toString();
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
