package org.numvert.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.numvert.routing.RoutingFact;
import org.numvert.routing.RoutingPolicy;
import org.numvert.sim.DiscreteEventSimulator;
import org.numvert.sim.Scenario;
import org.numvert.sim.ScenarioReader;
import org.numvert.store.CallEventRow;
import org.numvert.store.CallLogRepository;
import org.numvert.store.CallSummaryRepository;
import org.numvert.store.RecordRun;
import org.numvert.store.RecordRunRepository;

/** Batches of any size, batches written twice, and a run left open by a crash. */
class RunWriterTest {
    private static final String SCENARIO = """
            {"start": "2026-06-01T08:00:00+02:00", "durationMinutes": 240, "seed": 3, "answerDelaySeconds": 2,
             "handleTimeSeconds": {"mean": 180, "distribution": "exponential"},
             "patienceSeconds": {"mean": 90, "distribution": "exponential"},
             "groups": [{"name": "aides", "maxWaitSeconds": 60, "overflow": "callback"}, {"name": "transport"}],
             "callbackAcceptance": 1,
             "agents": [{"count": 3, "skills": {"aides": 5, "transport": 2}, "shift": {"startMinute": 10, "endMinute": 200}},
                        {"count": 2, "skills": {"transport": 5}}],
             "arrivals": [{"group": "aides", "perHour": 50}, {"group": "transport", "perHour": 30}]}
            """;

    private final RecordsFixture fixture;
    private final Scenario scenario;
    private final List<RoutingFact> facts = new ArrayList<>();

    RunWriterTest() throws Exception {
        scenario = ScenarioReader.parse(SCENARIO, "test");
        fixture = new RecordsFixture(scenario.start());
        DiscreteEventSimulator.run(scenario, 3, RoutingPolicy.GLOBAL, output -> {
            if (output instanceof RoutingFact fact && !(fact instanceof RoutingFact.EventIgnored)) {
                facts.add(fact);
            }
        });
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void batchesOfAnySizeLeaveTheRowsARebuildFinds() {
        int run = new RecordRunRepository(fixture.database).start(scenario.start());
        RunWriter writer = writer(run);
        SplittableRandom random = new SplittableRandom(11);
        int seq = 0;
        while (seq < facts.size()) {
            int size = Math.min(facts.size() - seq, 1 + random.nextInt(random.nextBoolean() ? 3 : 60));
            writer.write(batch(seq, size));
            seq += size;
        }

        assertThat(facts.size()).isGreaterThan(2_000);
        assertThat(new RunReplay(fixture.database, RecordsFixture.KEYS).check(run)).isEmpty();
    }

    @Test
    void aBatchWrittenAgainIsNotWrittenTwice() {
        int run = new RecordRunRepository(fixture.database).start(scenario.start());
        RunWriter writer = writer(run);
        PendingBatch first = batch(0, 500);
        writer.write(first);
        writer.write(first);
        writer.write(batch(500, 500));

        List<CallEventRow> log = new CallLogRepository(fixture.database).read(run, 0, 10_000);
        assertThat(log).hasSize(1_000);
        assertThat(log).extracting(CallEventRow::seq).doesNotHaveDuplicates();
        assertThat(new RunReplay(fixture.database, RecordsFixture.KEYS).check(run)).isEmpty();
    }

    @Test
    void aRunLeftOpenByACrashIsClosedAtTheNextStart() throws Exception {
        RecordRunRepository runs = new RecordRunRepository(fixture.database);
        int crashed = runs.start(scenario.start());
        int half = facts.size() / 2;
        writer(crashed).write(batch(0, half));
        assertThat(new CallSummaryRepository(fixture.database).unfinished(crashed)).isNotEmpty();

        fixture.start();

        await().atMost(Duration.ofSeconds(30))
                .until(() -> runs.find(crashed).orElseThrow().state().equals(RecordRun.RECOVERED));
        RecordRun run = runs.find(crashed).orElseThrow();
        Instant lastFact = Instant.ofEpochMilli(facts.get(half - 1).atMillis());
        assertThat(run.endedAt()).isEqualTo(lastFact);
        assertThat(new CallSummaryRepository(fixture.database).unfinished(crashed)).isEmpty();
        List<CallEventRow> tail = new CallLogRepository(fixture.database).read(crashed, half, 100);
        assertThat(tail.get(0).kind()).isEqualTo("RUN_ENDED");
        assertThat(tail.subList(1, tail.size())).isNotEmpty()
                .allSatisfy(row -> assertThat(row.detail()).contains("\"to\":\"LOGGED_OUT\""));
        assertThat(new RunReplay(fixture.database, RecordsFixture.KEYS).check(crashed)).isEmpty();
    }

    private RunWriter writer(int run) {
        return new RunWriter(run, 0, new RunFolds(), new EventCodec(RecordsFixture.KEYS), fixture.database,
                RecordRun.STOPPED);
    }

    private PendingBatch batch(int from, int size) {
        List<PendingBatch.Item> items = new ArrayList<>();
        for (int i = from; i < from + size; i++) {
            items.add(new PendingBatch.Item(i + 1, facts.get(i)));
        }
        return new PendingBatch(items);
    }
}
