package org.numvert.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.numvert.routing.IntervalFigures;
import org.numvert.routing.RoutingPolicy;

/**
 * The simulator against theory on a dedicated pool, and against the per-queue baseline. The
 * default runs are short (2,000 simulated hours); {@code -Dnumvert.longRuns=true} runs 50,000
 * hours with tolerances five times tighter.
 */
class DiscreteEventSimulatorTest {
    private static final boolean LONG = Boolean.getBoolean("numvert.longRuns");
    private static final int HOURS = LONG ? 50_000 : 2_000;
    private static final double SL_TOLERANCE = LONG ? 0.004 : 0.02;
    private static final double ASA_TOLERANCE = LONG ? 0.02 : 0.1;

    @Test
    void aDedicatedPoolMatchesErlangC() throws Exception {
        Scenario scenario = ScenarioReader.parse(pool(""), "test");
        PoolReference reference = PoolReference.of(scenario).get("aides");

        IntervalFigures simulated = DiscreteEventSimulator.run(scenario, 7, RoutingPolicy.GLOBAL)
                .groups().get("aides");

        assertThat(reference.agents()).isEqualTo(10);
        assertThat(simulated.serviceLevel()).isCloseTo(reference.erlangCServiceLevel(), within(SL_TOLERANCE));
        assertThat(simulated.asaMillis() / 1000)
                .isCloseTo(reference.erlangCAsaSeconds(), within(reference.erlangCAsaSeconds() * ASA_TOLERANCE));
        assertThat(simulated.occupancy()).isCloseTo(0.8, within(SL_TOLERANCE));
    }

    @Test
    void impatientCallersMatchErlangA() throws Exception {
        Scenario scenario = ScenarioReader.parse(pool(
                ", \"patienceSeconds\": {\"mean\": 180, \"distribution\": \"exponential\"}"), "test");
        ErlangA.Prediction reference = PoolReference.of(scenario).get("aides").erlangA().orElseThrow();

        IntervalFigures simulated = DiscreteEventSimulator.run(scenario, 7, RoutingPolicy.GLOBAL)
                .groups().get("aides");

        assertThat(simulated.serviceLevel()).isCloseTo(reference.serviceLevel(), within(SL_TOLERANCE));
        assertThat(simulated.abandonRate()).isCloseTo(reference.abandonRate(), within(SL_TOLERANCE));
        assertThat(simulated.asaMillis() / 1000)
                .isCloseTo(reference.asaSeconds(), within(reference.asaSeconds() * ASA_TOLERANCE));
    }

    @Test
    void theSameSeedGivesTheSameRunAndAnotherSeedAnotherOne() throws Exception {
        Scenario scenario = ScenarioReader.parse(resource("entreprises-crisis-day.json"), "crisis");

        SimulationResult first = DiscreteEventSimulator.run(scenario, 42, RoutingPolicy.GLOBAL);
        SimulationResult again = DiscreteEventSimulator.run(scenario, 42, RoutingPolicy.GLOBAL);
        SimulationResult other = DiscreteEventSimulator.run(scenario, 43, RoutingPolicy.GLOBAL);

        assertThat(again.groups()).isEqualTo(first.groups());
        assertThat(other.total()).isNotEqualTo(first.total());
    }

    @Test
    void everyCallOfARichScenarioIsAccountedFor() throws Exception {
        Scenario scenario = ScenarioReader.parse(resource("entreprises-crisis-day.json"), "crisis");

        SimulationResult result = DiscreteEventSimulator.run(scenario, 2, RoutingPolicy.GLOBAL);

        for (IntervalFigures f : result.groups().values()) {
            long out = f.answered() + f.abandoned() + f.shortAbandoned() + f.overflowed();
            assertThat(f.offered() - out).as("still waiting at the end in %s", f.group())
                    .isBetween(0L, 40L);
        }
        assertThat(result.total().overflowed()).isPositive();
        assertThat(result.total().callbacksRequested()).isPositive();
    }

    @Test
    void globalRoutingHonoursPriorityAndTargetsAcrossHotlinesWhereThePerQueueBaselineDoesNot()
            throws Exception {
        Scenario scenario = ScenarioReader.parse(resource("priority-across-hotlines.json"), "priority");

        SimulationResult global = DiscreteEventSimulator.run(scenario, 3, RoutingPolicy.GLOBAL);
        SimulationResult perQueue = DiscreteEventSimulator.run(scenario, 3, RoutingPolicy.PER_QUEUE);

        IntervalFigures urgentGlobal = global.groups().get("transport-info");
        IntervalFigures urgentPerQueue = perQueue.groups().get("transport-info");
        assertThat(urgentGlobal.serviceLevel()).isGreaterThan(urgentPerQueue.serviceLevel() + 0.05);
        assertThat(global.total().asaMillis()).isLessThan(perQueue.total().asaMillis());
        assertThat(global.total().offered()).isEqualTo(perQueue.total().offered());
    }

    private static String pool(String extra) {
        return "{\"durationMinutes\": " + (HOURS * 60 + 60) + ", \"warmupMinutes\": 60,"
                + " \"wrapUpSeconds\": 0, \"groups\": [{\"name\": \"aides\", \"slTargetSeconds\": 20}],"
                + " \"agents\": [{\"count\": 10, \"skills\": {\"aides\": 5, \"ailleurs\": 1}}],"
                + " \"arrivals\": [{\"group\": \"aides\", \"perHour\": 120}],"
                + " \"handleTimeSeconds\": {\"mean\": 240, \"distribution\": \"exponential\"}" + extra + "}";
    }

    static String resource(String name) throws IOException {
        try (InputStream in = DiscreteEventSimulatorTest.class.getResourceAsStream("/scenarios/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
