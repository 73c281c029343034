package org.numvert.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve}: runs the service until SIGTERM / SIGINT, then stops it gracefully. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the service (the default sub-command).")
final class ServeCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (YAML or JSON); default ./numvert.yaml if present.")
    Path configFile;

    @Option(names = "--http-port", paramLabel = "N", description = "HTTP port (http.port).")
    Integer httpPort;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Data directory (dataDir).")
    Path dataDir;

    @Option(names = "--sim-calls-per-hour", paramLabel = "N",
            description = "Simulated PBX traffic (sim.callsPerHour).")
    Integer simCallsPerHour;

    @Option(names = "--sim-agents", paramLabel = "N",
            description = "Simulated agents (sim.agents).")
    Integer simAgents;

    @Override
    public Integer call() throws Exception {
        NumvertConfig config;
        try {
            config = ConfigLoader.load(Optional.ofNullable(configFile), System.getenv(), overrides());
        } catch (ConfigException e) {
            System.err.println(e.getMessage());
            return Main.EXIT_CONFIG;
        }
        Numvert numvert = Numvert.create(config);
        try {
            numvert.start().toCompletionStage().toCompletableFuture().get();
        } catch (ExecutionException e) {
            LOG.error("numvert could not start: {}", e.getCause().toString(), e.getCause());
            numvert.stop(STOP_TIMEOUT);
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopGracefully(numvert, stopped),
                "numvert-shutdown"));
        LOG.info("numvert ready on http://{}:{} (data in {}, {})", config.http().host(),
                numvert.httpPort(), config.dataDir().toAbsolutePath(),
                config.asteriskConfigured() ? "Asterisk" : "simulated PBX");
        stopped.await();
        return 0;
    }

    private static void stopGracefully(Numvert numvert, CountDownLatch stopped) {
        LOG.info("stopping numvert");
        try {
            numvert.stop(STOP_TIMEOUT);
        } catch (Exception e) {
            LOG.error("numvert did not stop cleanly", e);
        } finally {
            stopped.countDown();
        }
    }

    private Map<String, String> overrides() {
        Map<String, String> overrides = new HashMap<>();
        if (httpPort != null) {
            overrides.put("http.port", httpPort.toString());
        }
        if (dataDir != null) {
            overrides.put("dataDir", dataDir.toString());
        }
        if (simCallsPerHour != null) {
            overrides.put("sim.callsPerHour", simCallsPerHour.toString());
        }
        if (simAgents != null) {
            overrides.put("sim.agents", simAgents.toString());
        }
        return overrides;
    }
}
