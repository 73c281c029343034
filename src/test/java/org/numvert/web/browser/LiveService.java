package org.numvert.web.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.numvert.app.ConfigLoader;
import org.numvert.app.Numvert;
import org.numvert.app.NumvertConfig;

/**
 * The whole service started in this JVM on a temporary data directory, as on the embedded default
 * (simulated PBX, demo accounts), on a free port: the browser tests drive its real pages, and may
 * reach its engine directly to make a change they then watch on a page.
 */
final class LiveService implements AutoCloseable {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    final Numvert numvert;
    final Path dataDir;
    private final Map<String, String> passwords = new HashMap<>();

    private LiveService(Numvert numvert, Path dataDir) {
        this.numvert = numvert;
        this.dataDir = dataDir;
    }

    /** Starts the service with {@code overrides} (configuration keys) on {@code dataDir}. */
    static LiveService start(Path dataDir, Map<String, String> overrides) throws Exception {
        Map<String, String> settings = new HashMap<>(Map.of("http.port", "0", "dataDir", dataDir.toString(),
                "ivr.scriptsDir", Path.of("ivr-scripts").toAbsolutePath().toString()));
        settings.putAll(overrides);
        NumvertConfig config = ConfigLoader.load(Optional.empty(), Map.of(), settings);
        Numvert numvert = Numvert.create(config);
        LiveService service = new LiveService(numvert, dataDir);
        try {
            numvert.start().toCompletionStage().toCompletableFuture().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            service.readDemoAccounts();
            return service;
        } catch (Exception e) {
            numvert.stop(TIMEOUT);
            throw e;
        }
    }

    private void readDemoAccounts() throws Exception {
        for (String line : Files.readAllLines(dataDir.resolve("demo-accounts.txt"))) {
            String[] fields = line.strip().split("\\s+");
            if (fields.length >= 2 && !line.startsWith("#")) {
                passwords.put(fields[0], fields[1]);
            }
        }
    }

    String password(String login) {
        String password = passwords.get(login);
        if (password == null) {
            throw new IllegalArgumentException("no demo account " + login + " in " + passwords.keySet());
        }
        return password;
    }

    String url(String path) {
        return "http://127.0.0.1:" + numvert.httpPort() + path;
    }

    @Override
    public void close() throws Exception {
        numvert.stop(TIMEOUT);
    }
}
