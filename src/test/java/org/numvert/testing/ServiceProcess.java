package org.numvert.testing;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The shaded jar run as a real process, as an operator runs it: for tests of start-up, signals
 * and durability. Its output goes to a log file next to the data directory.
 */
public final class ServiceProcess implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final int port;
    private final Path log;

    private ServiceProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** The jar the build made (failsafe passes its path). */
    public static Path jar() {
        return Path.of(System.getProperty("numvert.jar", "target/numvert.jar"));
    }

    public static ServiceProcess start(Path workDir, Map<String, String> env, String... args) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-jar", jar().toAbsolutePath().toString(),
                "serve", "--http-port", String.valueOf(port), "--data-dir", workDir.resolve("data").toString()));
        command.addAll(List.of(args));
        return launch(workDir, env, command, port);
    }

    /** Runs a command line of the jar to its end and returns it (exit code, output). */
    public static Finished run(Path workDir, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-jar", jar().toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ServiceProcess p = launch(workDir, env, command, -1);
        if (!p.process.waitFor(120, TimeUnit.SECONDS)) {
            p.process.destroyForcibly();
            throw new IllegalStateException("command did not finish: " + command);
        }
        return new Finished(p.process.exitValue(), Files.readString(p.log));
    }

    private static ServiceProcess launch(Path workDir, Map<String, String> env, List<String> command, int port)
            throws IOException {
        Files.createDirectories(workDir);
        Path log = Files.createTempFile(workDir, "numvert-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("NUMVERT_"));
        builder.environment().putAll(env);
        return new ServiceProcess(builder.start(), port, log);
    }

    public int port() {
        return port;
    }

    public String output() throws IOException {
        return Files.readString(log);
    }

    /**
     * Waits until {@code GET /health} answers 200 and returns its body; when it does not within
     * 90 s, fails with the end of the service's output, so that a failed start says why.
     */
    public String awaitHealthy() {
        try {
            return await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                    .ignoreExceptions()
                    .until(() -> get("/health"), r -> r.statusCode() == 200 || !process.isAlive())
                    .body();
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("the service was not healthy within 90 s (alive: " + process.isAlive()
                    + "); the end of its output:\n" + outputTail(80), e);
        }
    }

    private String outputTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** GET with an API token ({@code users token}) in the {@code Authorization} header. */
    public HttpResponse<String> get(String path, String bearerToken) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + bearerToken)
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** SIGTERM, then the exit code. */
    public int terminate() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("no exit within 60 s of SIGTERM");
        }
        return process.exitValue();
    }

    /** SIGKILL: what a crash or a power cut looks like to the data directory. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(60, TimeUnit.SECONDS);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    public record Finished(int exitCode, String output) {
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
