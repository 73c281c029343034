package org.numvert.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.numvert.records.RecordsFixture.await;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.numvert.routing.IntervalFigures;
import org.numvert.routing.RoutingEngine;
import org.numvert.routing.RoutingPolicy;
import org.numvert.sim.DiscreteEventSimulator;
import org.numvert.sim.Scenario;
import org.numvert.sim.ScenarioReader;
import org.numvert.sim.SimulationResult;
import org.numvert.store.AgentFigures;
import org.numvert.store.AgentIntervalRow;
import org.numvert.store.CallSummaryRepository;
import org.numvert.store.CallSummaryRow;
import org.numvert.store.GroupIntervalRow;
import org.numvert.store.IntervalRepository;

/**
 * Two simulated days (across the change to summer time) through the production engine and the
 * call journal into HSQLDB: the stored log, summaries and interval rows agree with each other and
 * with the engine's own figures.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SimulatedDaysConsistencyTest {
    private static final String SCENARIO = """
            {"start": "2026-03-28T06:00:00+01:00", "durationMinutes": 2880, "seed": 7,
             "wrapUpSeconds": 30, "answerDelaySeconds": 3, "callbackAcceptance": 0.5,
             "handleTimeSeconds": {"mean": 200, "distribution": "exponential"},
             "patienceSeconds": {"mean": 150, "distribution": "exponential"},
             "groups": [
               {"name": "aides", "slTargetSeconds": 20, "maxWaitSeconds": 120, "overflow": "renfort"},
               {"name": "renfort", "slTargetSeconds": 30, "wrapUpSeconds": 0},
               {"name": "formation", "slTargetSeconds": 20, "maxWaitSeconds": 180, "overflow": "callback"},
               {"name": "transport", "slTargetSeconds": 15, "maxQueueLength": 4, "overflow": "voicemail"}],
             "agents": [
               {"count": 6, "name": "jour", "skills": {"aides": 5, "renfort": 3, "formation": 2},
                "shift": {"startMinute": 120, "endMinute": 720}},
               {"count": 4, "name": "lendemain", "skills": {"aides": 4, "transport": 3},
                "shift": {"startMinute": 1560, "endMinute": 2160}},
               {"count": 5, "name": "continu", "skills": {"formation": 5, "transport": 5, "renfort": 2}}],
             "arrivals": [
               {"group": "aides", "perHour": 40}, {"group": "formation", "perHour": 25},
               {"group": "transport", "perHour": 45, "priority": 1}]}
            """;

    private RecordsFixture fixture;
    private SimulationResult result;
    private Scenario scenario;
    private int run;

    @BeforeAll
    void simulate() throws Exception {
        scenario = ScenarioReader.parse(SCENARIO, "test");
        fixture = new RecordsFixture(scenario.start());
        CallRecorder recorder = fixture.start();
        run = recorder.status().run();
        result = DiscreteEventSimulator.run(scenario, scenario.seed(), RoutingPolicy.GLOBAL, recorder);
        fixture.clock.advance(java.time.Duration.between(scenario.start(), end()));
        fixture.stop();
    }

    @AfterAll
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void theStoredRowsAreWhatTheLogFoldsInto() {
        assertThat(new RunReplay(fixture.database, RecordsFixture.KEYS).check(run)).isEmpty();
    }

    @Test
    void eachGroupsStoredIntervalsAddUpToTheEnginesFigures() {
        Map<String, IntervalFigures> stored = new TreeMap<>();
        for (GroupIntervalRow row : new IntervalRepository(fixture.database).groups(scenario.start(), end())) {
            stored.merge(row.groupId(), row.figures(), IntervalFigures::plus);
        }
        assertThat(stored.keySet()).containsExactlyInAnyOrderElementsOf(result.groups().keySet());
        result.groups().forEach((group, engine) -> {
            IntervalFigures mine = IntervalFigures.empty(engine.group(), engine.fromMillis(), engine.toMillis())
                    .plus(stored.get(group));
            assertThat(mine).as(group).isEqualTo(engine);
        });
        assertThat(result.total().offered()).as("a busy enough run").isGreaterThan(5_000);
        assertThat(result.total().overflowed()).isPositive();
        assertThat(result.total().callbacksRequested()).isPositive();
        assertThat(result.total().shortAbandoned()).isPositive();
    }

    @Test
    void agentsTimeAddsUpToTheEnginesTotalTime() {
        AgentFigures sum = AgentFigures.EMPTY;
        for (AgentIntervalRow row : new IntervalRepository(fixture.database).agents(scenario.start(), end())) {
            sum = sum.plus(row.figures());
        }
        IntervalFigures total = result.total();
        assertThat(sum.onCallMillis() + sum.wrapUpStateMillis()).isEqualTo(total.busyMillis());
        assertThat(sum.loggedInMillis() - sum.pausedMillis()).isEqualTo(total.availableMillis());
        assertThat(sum.handled()).isEqualTo(total.handled());
        assertThat(sum.talkMillis()).isEqualTo(total.talkMillis());
        assertThat(sum.answered()).isEqualTo(total.answered());
    }

    @Test
    void summariesCountTheSameOutcomes() {
        List<CallSummaryRow> all = summaries();
        Map<String, Long> outcomes = all.stream().collect(Collectors.groupingBy(CallSummaryRow::outcome,
                Collectors.counting()));
        IntervalFigures total = result.total();
        assertThat(outcomes.get("ANSWERED")).isEqualTo(total.answered());
        assertThat(outcomes.get("ABANDONED")).isEqualTo(total.abandoned());
        assertThat(outcomes.get("SHORT_ABANDONED")).isEqualTo(total.shortAbandoned());
        assertThat(all.stream().filter(s -> s.kind().equals("CALLBACK")).count()).isEqualTo(total.callbacksRequested());
        assertThat(all).allSatisfy(s -> assertThat(s.endedAt()).as(s.callId()).isNotNull());
    }

    @Test
    void daysAndHoursFollowParisTimeAcrossTheClockChange() throws Exception {
        Reports reports = new Reports(fixture.database);
        List<HotlineReportRow> days = await(reports.hotlines(scenario.start(), end(), ReportStep.DAY, Optional.empty()));
        assertThat(days).extracting(r -> Instant.ofEpochMilli(r.startMillis()).atZone(RoutingEngine.PARIS).toLocalDate())
                .containsExactly(LocalDate.parse("2026-03-28"), LocalDate.parse("2026-03-29"),
                        LocalDate.parse("2026-03-30"));
        assertThat(days.get(1).endMillis() - days.get(1).startMillis()).isEqualTo(23 * 3_600_000L);
        assertThat(days.stream().mapToLong(r -> r.figures().offered()).sum()).isEqualTo(result.total().offered());

        Instant sunday = LocalDate.parse("2026-03-29").atStartOfDay(RoutingEngine.PARIS).toInstant();
        Instant monday = LocalDate.parse("2026-03-30").atStartOfDay(RoutingEngine.PARIS).toInstant();
        List<GroupReportRow> hours = await(reports.groups(sunday, monday, ReportStep.HOUR, Optional.empty()));
        assertThat(hours.stream().filter(r -> r.group().equals("transport")).count()).isEqualTo(23);
        assertThat(hours.stream().filter(r -> r.group().equals("transport")).mapToLong(r -> r.figures().offered())
                .sum()).isEqualTo(days.get(1).figures().offered() - offeredOfDay(days.get(1), "transport"));
    }

    private long offeredOfDay(HotlineReportRow day, String except) throws Exception {
        List<GroupReportRow> groups = await(new Reports(fixture.database).groups(Instant.ofEpochMilli(day.startMillis()),
                Instant.ofEpochMilli(day.endMillis()), ReportStep.DAY, Optional.empty()));
        return groups.stream().filter(r -> !r.group().equals(except)).mapToLong(r -> r.figures().offered()).sum();
    }

    private Instant end() {
        return scenario.start().plusSeconds(scenario.durationMinutes() * 60L);
    }

    private List<CallSummaryRow> summaries() {
        CallSummaryRepository repository = new CallSummaryRepository(fixture.database);
        List<CallSummaryRow> all = new ArrayList<>();
        String after = "";
        for (List<CallSummaryRow> page = repository.ofRun(run, after, 5000); !page.isEmpty();
                page = repository.ofRun(run, after, 5000)) {
            all.addAll(page);
            after = page.get(page.size() - 1).callId();
        }
        return all;
    }
}
