package org.numvert.sim;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import org.numvert.routing.IntervalFigures;
import org.numvert.routing.RoutingPolicy;

/**
 * The output of {@code simulate}: one JSON object (issue 3's shape: {@code groups}, {@code total},
 * {@code erlangC}; service levels as fractions 0–1, times in seconds, null when undefined), or a
 * report for people with, when routing globally, the per-queue baseline beside it.
 */
public final class SimulationReport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SimulationReport() {
    }

    public static ObjectNode json(SimulationResult result, Map<String, PoolReference> references) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode groups = root.putObject("groups");
        result.groups().forEach((name, figures) -> groups.set(name, figures(figures)));
        root.set("total", figures(result.total()));
        ObjectNode erlang = root.putObject("erlangC");
        references.forEach((name, reference) -> {
            ObjectNode node = erlang.putObject(name);
            node.put("agents", reference.agents());
            number(node, "serviceLevel", reference.erlangCServiceLevel(), 4);
            number(node, "asa", reference.erlangCAsaSeconds(), 2);
        });
        return root;
    }

    private static ObjectNode figures(IntervalFigures f) {
        ObjectNode node = JSON.createObjectNode();
        node.put("offered", f.offered());
        node.put("answered", f.answered());
        node.put("abandoned", f.abandoned());
        node.put("shortAbandoned", f.shortAbandoned());
        node.put("overflowed", f.overflowed());
        number(node, "serviceLevel", f.serviceLevel(), 4);
        number(node, "asa", f.asaMillis() / 1000, 2);
        number(node, "aht", f.ahtMillis() / 1000, 2);
        number(node, "occupancy", f.occupancy(), 4);
        number(node, "maxWait", f.maxWaitMillis() / 1000.0, 2);
        return node;
    }

    private static void number(ObjectNode node, String key, double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            node.putNull(key);
        } else {
            double scale = Math.pow(10, decimals);
            node.put(key, Math.round(value * scale) / scale);
        }
    }

    /**
     * The readable report.
     *
     * @param baseline the same run with the other policy (the per-queue baseline when
     *                 {@code policy} is global), or null
     */
    public static String text(Scenario scenario, long seed, RoutingPolicy policy,
            SimulationResult result, SimulationResult baseline, Map<String, PoolReference> references) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Simulation: %d min (%d min warm-up), seed %d, %s routing%n",
                scenario.durationMinutes(), scenario.warmupMinutes(), seed,
                policy == RoutingPolicy.GLOBAL ? "global" : "per-queue"));
        out.append(String.format(Locale.ROOT,
                "%,d events in %.2f s of CPU, %.2f s elapsed (%,.0f events per CPU second)%n%n",
                result.events(), result.cpuNanos() / 1e9, result.wallNanos() / 1e9,
                result.eventsPerSecond()));
        out.append(String.format(Locale.ROOT, "%-26s %8s %8s %8s %6s %8s %7s %7s %7s %6s %8s%n",
                "group", "offered", "answered", "abandon", "short", "overflow", "SL", "ASA s",
                "AHT s", "occ.", "max wait"));
        result.groups().forEach((name, f) -> out.append(row(name, f)));
        out.append(row("total", result.total()));
        if (baseline != null) {
            out.append(String.format(Locale.ROOT, "%nPer-queue baseline (app_queue-like, same callers):%n"));
            out.append(String.format(Locale.ROOT, "%-26s %9s %9s %9s %9s%n", "group", "SL global",
                    "SL p-q", "ASA glob.", "ASA p-q"));
            result.groups().forEach((name, f) -> out.append(comparison(name, f, baseline.groups().get(name))));
            out.append(comparison("total", result.total(), baseline.total()));
        }
        if (!references.isEmpty()) {
            out.append(String.format(Locale.ROOT, "%nDedicated pools against Erlang (SL within the group's T):%n"));
            references.forEach((name, ref) -> out.append(reference(ref, result.groups().get(name))));
        }
        out.append(String.format(Locale.ROOT, "%nSL = answered within T / (answered + abandoned after 5 s);"
                + " ASA = mean wait of answered; AHT = talk + wrap-up; occupancy = on calls and"
                + " wrap-up / logged in and not paused.%n"));
        return out.toString();
    }

    private static String row(String name, IntervalFigures f) {
        return String.format(Locale.ROOT, "%-26s %8d %8d %8d %6d %8d %7s %7s %7s %6s %8.0f%n",
                name, f.offered(), f.answered(), f.abandoned(), f.shortAbandoned(), f.overflowed(),
                percent(f.serviceLevel()), seconds(f.asaMillis() / 1000), seconds(f.ahtMillis() / 1000),
                percent(f.occupancy()), f.maxWaitMillis() / 1000.0);
    }

    private static String comparison(String name, IntervalFigures global, IntervalFigures perQueue) {
        return String.format(Locale.ROOT, "%-26s %9s %9s %9s %9s%n", name,
                percent(global.serviceLevel()), percent(perQueue.serviceLevel()),
                seconds(global.asaMillis() / 1000), seconds(perQueue.asaMillis() / 1000));
    }

    private static String reference(PoolReference ref, IntervalFigures simulated) {
        String line = String.format(Locale.ROOT,
                "  %s: %d agents, %.0f calls/h, AHT %.0f s: simulated SL %s ASA %s s;"
                        + " Erlang C SL %s ASA %s s",
                ref.group(), ref.agents(), ref.perHour(), ref.ahtSeconds(),
                percent(simulated.serviceLevel()), seconds(simulated.asaMillis() / 1000),
                percent(ref.erlangCServiceLevel()), seconds(ref.erlangCAsaSeconds()));
        String erlangA = ref.erlangA().map(a -> String.format(Locale.ROOT,
                "; Erlang A SL %s ASA %s s abandons %s", percent(a.serviceLevel()),
                seconds(a.asaSeconds()), percent(a.abandonRate()))).orElse("");
        return line + erlangA + System.lineSeparator();
    }

    private static String percent(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1f%%", value * 100);
    }

    private static String seconds(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "-"
                : String.format(Locale.ROOT, "%.1f", value);
    }
}
