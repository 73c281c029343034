package org.numvert.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.numvert.telephony.fake.FakeAmiServer;

/** Setting {@code ami.host} makes the Asterisk gateway the call-control port, with health and gauge. */
class AsteriskWiringTest {
    @TempDir
    Path dir;

    @Test
    void theServiceLogsInToAsteriskAndSaysSo() throws Exception {
        try (FakeAmiServer ami = new FakeAmiServer("s3cret")) {
            NumvertConfig config = ConfigLoader.load(Optional.empty(), Map.of(
                    "NUMVERT_AMI_HOST", "127.0.0.1", "NUMVERT_AMI_PORT", String.valueOf(ami.port()),
                    "NUMVERT_AMI_SECRET", "s3cret", "NUMVERT_AGI_PORT", "0"),
                    Map.of("dataDir", dir.toString(), "http.port", "0"));
            Numvert numvert = Numvert.create(config);
            try {
                numvert.start().toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
                ami.awaitLogin(10);

                String health = Awaitility.await().atMost(Duration.ofSeconds(10))
                        .until(() -> get(numvert, "/health"), body -> body.contains("AMI logged in"));
                String metrics = numvert.scrapeMetrics();

                assertThat(health).contains("FastAGI on port");
                assertThat(metrics).contains("numvert_ami_connected 1.0");
                assertThat(get(numvert, "/metrics")).contains("authentication required");
            } finally {
                numvert.stop(Duration.ofSeconds(20));
            }
        }
    }

    private static String get(Numvert numvert, String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + numvert.httpPort() + path)).build(), HttpResponse.BodyHandlers.ofString());
        return response.body();
    }
}
