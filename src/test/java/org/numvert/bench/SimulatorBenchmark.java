package org.numvert.bench;

import java.util.concurrent.TimeUnit;
import org.numvert.routing.RoutingPolicy;
import org.numvert.sim.DiscreteEventSimulator;
import org.numvert.sim.Scenario;
import org.numvert.sim.ScenarioException;
import org.numvert.sim.ScenarioReader;
import org.numvert.sim.SimulationResult;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Discrete-event simulator speed on one core: simulation events per second (the {@code events}
 * counter), running the production engine. Goal: above 1,000,000 events/s.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class SimulatorBenchmark {
    /** 50 agents on one group (Erlang C check); 100 multi-skilled agents on 6 groups. */
    @Param({"single-pool", "multi-skill"})
    public String shape;

    private Scenario scenario;
    private long seed;

    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Events {
        public long events;

        @Setup(Level.Iteration)
        public void reset() {
            events = 0;
        }
    }

    @Setup(Level.Trial)
    public void read() throws ScenarioException {
        scenario = ScenarioReader.parse(shape.equals("single-pool") ? SINGLE : MULTI, shape);
    }

    @Benchmark
    public SimulationResult simulateTwentyHours(Events counter) {
        SimulationResult result = DiscreteEventSimulator.run(scenario, ++seed, RoutingPolicy.GLOBAL);
        counter.events += result.events();
        return result;
    }

    private static final String SINGLE = "{\"durationMinutes\": 1200, \"wrapUpSeconds\": 0,"
            + " \"groups\": [{\"name\": \"a\"}], \"agents\": [{\"count\": 50, \"skills\": {\"a\": 5}}],"
            + " \"arrivals\": [{\"group\": \"a\", \"perHour\": 700}],"
            + " \"handleTimeSeconds\": {\"mean\": 240, \"distribution\": \"exponential\"},"
            + " \"patienceSeconds\": {\"mean\": 300, \"distribution\": \"exponential\"}}";

    private static final String MULTI = "{\"durationMinutes\": 1200, \"wrapUpSeconds\": 30,"
            + " \"groups\": [{\"name\": \"g1\"}, {\"name\": \"g2\"}, {\"name\": \"g3\", \"slTargetSeconds\": 60},"
            + "  {\"name\": \"g4\", \"escalation\": [{\"afterSeconds\": 40, \"minProficiency\": 1,"
            + "   \"alsoGroups\": [\"g1\"]}]}, {\"name\": \"g5\"}, {\"name\": \"g6\", \"maxWaitSeconds\": 300,"
            + "   \"overflow\": \"voicemail\"}],"
            + " \"agents\": [{\"count\": 40, \"skills\": {\"g1\": 5, \"g2\": 3, \"g3\": 2}},"
            + "  {\"count\": 30, \"skills\": {\"g3\": 4, \"g4\": 4, \"g5\": 2}},"
            + "  {\"count\": 30, \"skills\": {\"g5\": 5, \"g6\": 4, \"g1\": 1}}],"
            + " \"arrivals\": [{\"group\": \"g1\", \"perHour\": 300}, {\"group\": \"g2\", \"perHour\": 150},"
            + "  {\"group\": \"g3\", \"perHour\": 200}, {\"group\": \"g4\", \"perHour\": 150, \"priority\": 1},"
            + "  {\"group\": \"g5\", \"perHour\": 200}, {\"group\": \"g6\", \"perHour\": 150}],"
            + " \"handleTimeSeconds\": {\"mean\": 240, \"distribution\": \"lognormal\", \"sd\": 180},"
            + " \"patienceSeconds\": {\"mean\": 240, \"distribution\": \"exponential\"}}";
}
