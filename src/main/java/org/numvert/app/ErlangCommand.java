package org.numvert.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.numvert.sim.ErlangA;
import org.numvert.sim.ErlangC;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code erlang}: staffing calculator. Agents needed for a service level, and the predicted SL
 * and ASA at staffing levels around it: Erlang C, or Erlang A when callers' patience is given.
 */
@Command(name = "erlang", mixinStandardHelpOptions = true,
        description = "Agents needed for a service level (Erlang C; Erlang A with --patience).")
final class ErlangCommand implements Callable<Integer> {
    private static final int AROUND = 3;

    @Spec
    CommandSpec spec;

    @Option(names = "--per-hour", required = true, paramLabel = "CALLS", description = "Calls per hour.")
    double perHour;

    @Option(names = "--aht", required = true, paramLabel = "SECONDS",
            description = "Average handle time (talk + wrap-up), seconds.")
    double aht;

    @Option(names = "--sl", defaultValue = "0.8", paramLabel = "FRACTION",
            description = "Target service level, 0-1 (default ${DEFAULT-VALUE}).")
    double targetSl;

    @Option(names = "--within", defaultValue = "20", paramLabel = "SECONDS",
            description = "Service-level threshold T, seconds (default ${DEFAULT-VALUE}).")
    double within;

    @Option(names = "--patience", paramLabel = "SECONDS",
            description = "Mean patience of callers (exponential): use Erlang A.")
    Double patience;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        validate();
        double traffic = perHour / 3600.0 * aht;
        int needed = agentsNeeded(traffic);
        ObjectNode result = new ObjectMapper().createObjectNode();
        result.put("model", patience == null ? "erlang-c" : "erlang-a");
        result.put("trafficErlangs", Math.round(traffic * 1000) / 1000.0);
        result.put("agentsNeeded", needed);
        ArrayNode levels = result.putArray("levels");
        int from = Math.max(patience == null ? (int) Math.floor(traffic) + 1 : 1, needed - AROUND);
        for (int agents = from; agents <= needed + AROUND; agents++) {
            levels.add(level(agents, traffic));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? result + System.lineSeparator() : text(result));
        out.flush();
        return 0;
    }

    private void validate() {
        String problem = perHour <= 0 ? "--per-hour must be positive"
                : aht <= 0 ? "--aht must be positive"
                : targetSl <= 0 || targetSl >= 1 ? "--sl must be between 0 and 1 (exclusive)"
                : within < 0 ? "--within must not be negative"
                : patience != null && patience <= 0 ? "--patience must be positive" : null;
        if (problem != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), problem);
        }
    }

    private int agentsNeeded(double traffic) {
        if (patience == null) {
            return ErlangC.agentsNeeded(traffic, aht, targetSl, within);
        }
        int agents = 1;
        while (erlangA(agents).serviceLevel() < targetSl) {
            agents++;
        }
        return agents;
    }

    private ErlangA.Prediction erlangA(int agents) {
        return ErlangA.predict(agents, perHour, aht, patience, within, 5);
    }

    private ObjectNode level(int agents, double traffic) {
        ObjectNode node = new ObjectMapper().createObjectNode();
        node.put("agents", agents);
        node.put("occupancy", round(Math.min(1, traffic / agents)));
        if (patience == null) {
            node.put("serviceLevel", round(ErlangC.serviceLevel(agents, traffic, aht, within)));
            node.put("asa", Math.round(ErlangC.asaSeconds(agents, traffic, aht) * 10) / 10.0);
            node.put("probabilityOfWait", round(ErlangC.probabilityOfWait(agents, traffic)));
        } else {
            ErlangA.Prediction p = erlangA(agents);
            node.put("serviceLevel", round(p.serviceLevel()));
            node.put("asa", Math.round(p.asaSeconds() * 10) / 10.0);
            node.put("probabilityOfWait", round(p.probabilityOfWait()));
            node.put("abandonRate", round(p.abandonRate()));
        }
        return node;
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    private String text(ObjectNode result) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%s: %.0f calls/h, AHT %.0f s = %.2f erlangs; target %.0f%% within %.0f s%s%n",
                patience == null ? "Erlang C" : "Erlang A", perHour, aht,
                result.get("trafficErlangs").asDouble(), targetSl * 100, within,
                patience == null ? "" : String.format(Locale.ROOT, ", patience %.0f s", patience)));
        out.append(String.format(Locale.ROOT, "agents needed: %d%n%n", result.get("agentsNeeded").asInt()));
        out.append(String.format(Locale.ROOT, "%6s %7s %8s %9s %7s%s%n", "agents", "SL", "ASA s",
                "P(wait)", "occ.", patience == null ? "" : "  abandons"));
        for (var level : result.get("levels")) {
            out.append(String.format(Locale.ROOT, "%6d %6.1f%% %8.1f %8.1f%% %6.1f%%%s%s%n",
                    level.get("agents").asInt(), level.get("serviceLevel").asDouble() * 100,
                    level.get("asa").asDouble(), level.get("probabilityOfWait").asDouble() * 100,
                    level.get("occupancy").asDouble() * 100,
                    level.has("abandonRate") ? String.format(Locale.ROOT, " %9.1f%%",
                            level.get("abandonRate").asDouble() * 100) : "",
                    level.get("agents").asInt() == result.get("agentsNeeded").asInt() ? "  <- needed" : ""));
        }
        return out.toString();
    }
}
