package org.numvert.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.numvert.routing.RoutingPolicy;
import org.numvert.sim.DiscreteEventSimulator;
import org.numvert.sim.PoolReference;
import org.numvert.sim.Scenario;
import org.numvert.sim.ScenarioException;
import org.numvert.sim.ScenarioReader;
import org.numvert.sim.SimulationReport;
import org.numvert.sim.SimulationResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code simulate SCENARIO.json}: the discrete-event simulator on the production engine. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Simulate a scenario on the routing engine (virtual time) and report the figures.")
final class SimulateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO.json", description = "Scenario file (JSON).")
    Path scenarioFile;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: the scenario's, else 1).")
    Long seed;

    @Option(names = "--json", description = "Print one JSON object instead of the report.")
    boolean json;

    @Option(names = "--strategy", paramLabel = "global|per-queue", defaultValue = "global",
            description = "Routing: numvert's global choice, or the app_queue-like per-queue baseline.")
    String strategy;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RoutingPolicy policy = policy();
        Scenario scenario;
        try {
            scenario = ScenarioReader.read(scenarioFile);
        } catch (ScenarioException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(e.getMessage());
            err.flush();
            return Main.EXIT_CONFIG;
        }
        long chosenSeed = seed != null ? seed : scenario.seed();
        SimulationResult result = DiscreteEventSimulator.run(scenario, chosenSeed, policy);
        Map<String, PoolReference> references = PoolReference.of(scenario);
        if (json) {
            out.println(SimulationReport.json(result, references).toString());
        } else {
            SimulationResult baseline = policy == RoutingPolicy.GLOBAL
                    ? DiscreteEventSimulator.run(scenario, chosenSeed, RoutingPolicy.PER_QUEUE) : null;
            out.print(SimulationReport.text(scenario, chosenSeed, policy, result, baseline, references));
        }
        out.flush();
        return 0;
    }

    private RoutingPolicy policy() {
        return switch (strategy) {
            case "global" -> RoutingPolicy.GLOBAL;
            case "per-queue" -> RoutingPolicy.PER_QUEUE;
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--strategy must be global or per-queue: '" + strategy + "'");
        };
    }
}
