package org.numvert.bench;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.numvert.records.CallRecorder;
import org.numvert.records.CallerKeys;
import org.numvert.records.RecordsSettings;
import org.numvert.records.RecordsVerticle;
import org.numvert.routing.RoutingPolicy;
import org.numvert.sim.DiscreteEventSimulator;
import org.numvert.sim.Scenario;
import org.numvert.sim.ScenarioReader;
import org.numvert.store.Database;
import org.numvert.store.Migrations;

/**
 * How fast the call journal writes: a busy simulated day (about 6,000 calls) through the
 * production engine into the records, on an in-memory database and on a file database (durable
 * commits, as in service). Prints events, batches and events per second.
 *
 * <pre>mvn -q -o test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.numvert.bench.RecordsThroughput</pre>
 */
public final class RecordsThroughput {
    private static final String DAY = """
            {"start": "2026-05-11T07:00:00+02:00", "durationMinutes": 720, "seed": 5, "answerDelaySeconds": 3,
             "handleTimeSeconds": {"mean": 240, "distribution": "exponential"},
             "patienceSeconds": {"mean": 180, "distribution": "exponential"},
             "groups": [{"name": "aides", "maxWaitSeconds": 240, "overflow": "callback"}, {"name": "formation"},
                        {"name": "transport", "maxQueueLength": 6, "overflow": "voicemail"}],
             "callbackAcceptance": 0.6,
             "agents": [{"count": 25, "skills": {"aides": 5, "formation": 3}}, {"count": 20, "skills": {"transport": 5, "formation": 2}}],
             "arrivals": [{"group": "aides", "perHour": 200}, {"group": "formation", "perHour": 150},
                          {"group": "transport", "perHour": 180}]}
            """;

    private RecordsThroughput() {
    }

    public static void main(String[] args) throws Exception {
        Scenario scenario = ScenarioReader.parse(DAY, "bench");
        Path dir = Files.createTempDirectory("numvert-bench");
        measure("memory", Database::openMemory, scenario);
        measure("file  ", name -> Database.openFile(dir.resolve(name)), scenario);
        System.exit(0);
    }

    private interface Opener {
        Database open(String name);
    }

    private static void measure(String label, Opener opener, Scenario scenario) throws Exception {
        Vertx vertx = Vertx.vertx();
        Database database = opener.open("bench-" + System.nanoTime()).withWorkers(vertx);
        Migrations.fromClasspath(database).migrate();
        Instant end = scenario.start().plusSeconds(scenario.durationMinutes() * 60L);
        RecordsVerticle records = new RecordsVerticle(database, new RecordsSettings(90),
                CallerKeys.of("bench secret".getBytes(StandardCharsets.UTF_8)), Clock.fixed(end, ZoneOffset.UTC));
        await(vertx.deployVerticle(records));
        CallRecorder recorder = records.recorder();
        long began = System.nanoTime();
        DiscreteEventSimulator.run(scenario, scenario.seed(), RoutingPolicy.GLOBAL, recorder);
        long simulated = System.nanoTime();
        await(recorder.close());
        long written = System.nanoTime();
        long events = recorder.status().durable();
        System.out.printf("%s: %,d events (%,d ms to simulate), all written after %,d ms: %,.0f events/s%n", label,
                events, (simulated - began) / 1_000_000, (written - began) / 1_000_000,
                events * 1e9 / (written - began));
        await(vertx.close());
        database.close();
    }

    private static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.MINUTES);
    }
}
