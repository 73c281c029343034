package org.numvert.bench;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.numvert.app.ConfigLoader;
import org.numvert.app.Numvert;
import org.numvert.app.NumvertConfig;

/**
 * How live the pages are, measured on the whole service (README, "Pages" and "The shared FAQ"):
 * started in this JVM on a temporary data directory with the simulated PBX under brisk traffic,
 * users ({@link BenchUsers}) logged in over HTTP through the login form (real sessions), then
 * <ol>
 * <li>supervisors' wallboard streams and agents' desk streams open while agents change their
 * state through the desk's API at a steady rate: for each change, the time until every stream
 * that should show it did ({@link StateChangeDelay});</li>
 * <li>an editor changes a FAQ article while agents search the word it brings: the time from the
 * editor's answer to each agent's first hit ({@link FaqEditDelay}).</li>
 * </ol>
 * Options ({@code name=value}): {@code clients=100} streams, of which {@code supervisors=10}
 * wallboards and the rest desks of as many agents; {@code rate=20} changes a second for
 * {@code seconds=20}; {@code callsPerHour=1200} and {@code simAgents=30} on the simulated PBX;
 * {@code readers=10} agents searching with {@code pause=100} ms between an answer and the next
 * search, over {@code edits=20} edits. Not a test: it prints figures.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.numvert.bench.LiveDelayBenchmark</pre>
 */
public final class LiveDelayBenchmark {
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private LiveDelayBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("load average at start: " + loadAverage());
        int clients = BenchArgs.option(args, "clients", 100);
        int supervisors = BenchArgs.option(args, "supervisors", 10);
        try (ScratchDirectory data = ScratchDirectory.create("numvert-live-bench")) {
            NumvertConfig config = config(data.path, args);
            List<String> agents = BenchUsers.seed(config, clients - supervisors);
            Numvert numvert = start(config);
            Vertx vertx = Vertx.vertx();
            try {
                BenchUsers users = new BenchUsers(vertx, numvert.httpPort(), clients);
                measure(args, users, users.login("agents", agents), users.supervisors(supervisors));
            } finally {
                await(vertx.close());
                numvert.stop(TIMEOUT);
            }
        }
        System.out.println("load average at end: " + loadAverage());
        System.exit(0);
    }

    private static void measure(String[] args, BenchUsers users, List<BenchSession> agents, List<BenchSession> supervisors)
            throws Exception {
        List<Future<LiveListener>> opening = new ArrayList<>();
        supervisors.forEach(s -> opening.add(LiveListener.open(users.http, users.port, s, LiveListener.Kind.WALLBOARD)));
        agents.forEach(a -> opening.add(LiveListener.open(users.http, users.port, a, LiveListener.Kind.DESK)));
        List<LiveListener> listeners = await(Future.all(opening)).list();
        await(StateChangeDelay.pauseAll(agents));
        await(users.vertx.timer(2_000));
        int rate = BenchArgs.option(args, "rate", 20);
        int changes = rate * BenchArgs.option(args, "seconds", 20);
        new StateChangeDelay(users.vertx, agents, listeners, changes).run(rate);

        BenchSession editor = await(users.login(BenchUsers.EDITOR));
        List<BenchSession> readers = agents.subList(0, Math.min(agents.size(), BenchArgs.option(args, "readers", 10)));
        new FaqEditDelay(users.vertx, editor, readers, BenchArgs.option(args, "pause", 100))
                .run(BenchArgs.option(args, "edits", 20));
    }

    private static NumvertConfig config(Path dataDir, String[] args) throws Exception {
        Map<String, String> settings = new HashMap<>(Map.of("http.port", "0", "dataDir", dataDir.toString(),
                "ivr.scriptsDir", Path.of("ivr-scripts").toAbsolutePath().toString(),
                "sim.callsPerHour", Integer.toString(BenchArgs.option(args, "callsPerHour", 1200)),
                "sim.agents", Integer.toString(BenchArgs.option(args, "simAgents", 30)),
                "sim.promptSpeed", "40", "sim.seed", "11"));
        return ConfigLoader.load(Optional.empty(), Map.of(), settings);
    }

    private static Numvert start(NumvertConfig config) throws Exception {
        Numvert numvert = Numvert.create(config);
        long t0 = System.nanoTime();
        await(numvert.start());
        System.out.printf(Locale.ROOT, "service started in %.1f s (simulated PBX: %d calls/h, %d simulated agents)%n",
                (System.nanoTime() - t0) / 1e9, config.sim().callsPerHour(), config.sim().agents());
        return numvert;
    }

    /** The 1, 5 and 15 minute load averages (Linux), or the JVM's view of the last minute's. */
    private static String loadAverage() throws Exception {
        Path proc = Path.of("/proc/loadavg");
        if (Files.isReadable(proc)) {
            String[] fields = Files.readString(proc).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2] + " (1, 5, 15 min), "
                    + Runtime.getRuntime().availableProcessors() + " cores";
        }
        return String.format(Locale.ROOT, "%.2f (1 min)", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }
}
