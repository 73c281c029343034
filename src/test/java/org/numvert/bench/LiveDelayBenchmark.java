package org.numvert.bench;

import io.vertx.core.CompositeFuture;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
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
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.numvert.app.ConfigLoader;
import org.numvert.app.Numvert;

/**
 * How live the pages are, measured on the whole service (README, "Pages" and "The shared FAQ"):
 * started in this JVM on a temporary data directory with the simulated PBX under brisk traffic,
 * users logged in over HTTP through the login form (real sessions), then
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
    private static final List<String> SUPERVISORS = List.of("superviseur-region", "superviseur-adocc", "admin");

    private LiveDelayBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("load average at start: " + loadAverage());
        int clients = BenchArgs.option(args, "clients", 100);
        int supervisors = BenchArgs.option(args, "supervisors", 10);
        try (ScratchDirectory data = ScratchDirectory.create("numvert-live-bench")) {
            Numvert numvert = start(data.path, args);
            Vertx vertx = Vertx.vertx();
            try {
                Users users = new Users(vertx, numvert.httpPort(), passwords(data.path), clients);
                measure(args, users, users.agents(clients - supervisors), users.supervisors(supervisors));
            } finally {
                await(vertx.close());
                numvert.stop(TIMEOUT);
            }
        }
        System.out.println("load average at end: " + loadAverage());
        System.exit(0);
    }

    private static void measure(String[] args, Users users, List<BenchSession> agents, List<BenchSession> supervisors)
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

        BenchSession editor = await(users.login("redacteur-faq"));
        List<BenchSession> readers = agents.subList(0, Math.min(agents.size(), BenchArgs.option(args, "readers", 10)));
        new FaqEditDelay(users.vertx, editor, readers, BenchArgs.option(args, "pause", 100))
                .run(BenchArgs.option(args, "edits", 20));
    }

    private static Numvert start(Path dataDir, String[] args) throws Exception {
        Map<String, String> settings = new HashMap<>(Map.of("http.port", "0", "dataDir", dataDir.toString(),
                "ivr.scriptsDir", Path.of("ivr-scripts").toAbsolutePath().toString(),
                "sim.callsPerHour", Integer.toString(BenchArgs.option(args, "callsPerHour", 1200)),
                "sim.agents", Integer.toString(BenchArgs.option(args, "simAgents", 30)),
                "sim.promptSpeed", "40", "sim.seed", "11"));
        Numvert numvert = Numvert.create(ConfigLoader.load(Optional.empty(), Map.of(), settings));
        long t0 = System.nanoTime();
        await(numvert.start());
        System.out.printf(Locale.ROOT, "service started in %.1f s (simulated PBX: %s calls/h, %s simulated agents)%n",
                (System.nanoTime() - t0) / 1e9, settings.get("sim.callsPerHour"), settings.get("sim.agents"));
        return numvert;
    }

    private static Map<String, String> passwords(Path dataDir) throws Exception {
        Map<String, String> passwords = new HashMap<>();
        for (String line : Files.readAllLines(dataDir.resolve("demo-accounts.txt"))) {
            String[] fields = line.strip().split("\\s+");
            if (fields.length >= 2 && !line.startsWith("#")) {
                passwords.put(fields[0], fields[1]);
            }
        }
        return passwords;
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

    /** The benchmark's users: the demo supervisors, and agents the administrator creates through the users' API. */
    private static final class Users {
        final Vertx vertx;
        final int port;
        final WebClient web;
        final HttpClient http;
        private final Map<String, String> passwords;

        Users(Vertx vertx, int port, Map<String, String> passwords, int clients) {
            this.vertx = vertx;
            this.port = port;
            this.passwords = new HashMap<>(passwords);
            web = WebClient.create(vertx, new WebClientOptions().setKeepAlive(true).setFollowRedirects(false),
                    new PoolOptions().setHttp1MaxSize(64));
            http = vertx.createHttpClient(new HttpClientOptions(), new PoolOptions().setHttp1MaxSize(clients + 10));
        }

        Future<BenchSession> login(String login) {
            return BenchSession.login(web, port, login, passwords.get(login));
        }

        /** {@code count} logins of the demo supervisors and administrator, in turn (as many browsers). */
        List<BenchSession> supervisors(int count) throws Exception {
            return timed("supervisors logged in", () -> Future.all(IntStream.range(0, count)
                    .mapToObj(i -> login(SUPERVISORS.get(i % SUPERVISORS.size()))).toList()));
        }

        /** {@code count} new agents (a third of AD'OCC), created by the administrator, each logged in. */
        List<BenchSession> agents(int count) throws Exception {
            BenchSession admin = await(login("admin"));
            List<String> logins = IntStream.rangeClosed(1, count).mapToObj(i -> String.format("bench-agent-%03d", i)).toList();
            timed("agents created", () -> Future.all(logins.stream().map(login -> create(admin, login)).toList()));
            return timed("agents logged in", () -> Future.all(logins.stream().map(this::login).toList()));
        }

        private Future<JsonObject> create(BenchSession admin, String login) {
            String password = "Bench-" + login + "-password";
            passwords.put(login, password);
            int number = Integer.parseInt(login.substring(login.length() - 3));
            return admin.expect(201, HttpMethod.POST, "/api/users", new JsonObject().put("login", login)
                    .put("displayName", "Agent " + number).put("role", "agent")
                    .put("organisation", number % 3 == 0 ? "ADOCC" : "REGION").put("password", password));
        }

        private <T> List<T> timed(String what, Supplier<Future<CompositeFuture>> all) throws Exception {
            long t0 = System.nanoTime();
            List<T> list = await(all.get()).list();
            System.out.printf(Locale.ROOT, "%d %s in %.1f s%n", list.size(), what, (System.nanoTime() - t0) / 1e9);
            return list;
        }
    }
}
