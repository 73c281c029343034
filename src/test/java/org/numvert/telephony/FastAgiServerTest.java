package org.numvert.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.numvert.routing.CallId;
import org.numvert.routing.CallerNumber;
import org.numvert.routing.RoutingEvent.CallbackRequested;
import org.numvert.telephony.fake.AgiCapture;
import org.numvert.telephony.fake.FakeAgiClient;

/** The FastAGI server and the hold script, with Asterisk's side replayed over real sockets. */
class FastAgiServerTest {
    private final RecordingSink sink = new RecordingSink();
    private GatewayHarness harness;

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    @Test
    void aConnectionFromAHostOffTheAllowListIsClosedUnread() throws Exception {
        harness = new GatewayHarness(sink, QueueStandings.none());
        AgiCapture hold = AgiCapture.load("agi-numvert-answered-02-hold.txt");

        String refused = exchange(InetAddress.getByName("127.0.0.2"), hold.header());
        FakeAgiClient.Session allowed = new FakeAgiClient(hold).run(harness.agiPort());

        assertThat(refused).isEmpty();
        assertThat(allowed.commands()).isNotEmpty();
    }

    @Test
    void pressingOneDuringTheHoldAnnouncementAsksForACallback() throws Exception {
        harness = new GatewayHarness(sink, QueueStandings.none());
        AgiCapture hold = AgiCapture.load("agi-numvert-callback-02-hold.txt");

        FakeAgiClient.Session session = new FakeAgiClient(hold).run(harness.agiPort());

        assertThat(sink.await(CallbackRequested.class)).isEqualTo(new CallbackRequested(
                new CallId(hold.header("agi_uniqueid")), CallerNumber.of("0687654321")));
        assertThat(session.commands("SET VARIABLE")).contains("SET VARIABLE \"NUMVERT_CALLBACK_REQUESTED\" \"1\"");
    }

    @Test
    void theHoldAnnouncementGivesThePositionAndTheEstimatedWait() throws Exception {
        harness = new GatewayHarness(sink, call -> CompletableFuture.completedFuture(
                Optional.of(new QueueStandings.Standing(4, Duration.ofSeconds(150)))));

        FakeAgiClient.Session session = new FakeAgiClient(AgiCapture.load("agi-numvert-answered-02-hold.txt"))
                .run(harness.agiPort());

        assertThat(session.commands()).startsWith("STREAM FILE \"queue-thereare\" \"\"", "SAY NUMBER \"3\" \"\"",
                "STREAM FILE \"queue-callswaiting\" \"\"", "STREAM FILE \"queue-holdtime\" \"\"", "SAY NUMBER \"3\" \"\"",
                "STREAM FILE \"queue-minutes\" \"\"", "STREAM FILE \"numvert/rappel-proposition\" \"1\"");
        assertThat(sink.events()).isEmpty();
    }

    @Test
    void aRedirectThatLooksLikeAHangUpEndsTheSessionAtOnceWithoutATraceInTheEngine() throws Exception {
        harness = new GatewayHarness(sink, QueueStandings.none());

        FakeAgiClient.Session plain = new FakeAgiClient(AgiCapture.load("agi-numvert-ring-no-answer-02-hold.txt"))
                .run(harness.agiPort());
        FakeAgiClient.Session exitOnHangup = new FakeAgiClient(
                AgiCapture.load("agi-numvert-redirect-agi-exitonhangup-02-hold.txt")).run(harness.agiPort());

        assertThat(plain.commands("STREAM FILE")).hasSize(1);
        assertThat(plain.commands()).hasSize(2).last().asString().contains("AJ_AGISTATUS");
        assertThat(exitOnHangup.endedByAsterisk()).isTrue();
        assertThat(exitOnHangup.commands()).hasSize(1);
        assertThat(new FakeAgiClient(AgiCapture.load("agi-numvert-answered-02-hold.txt")).run(harness.agiPort())
                .commands()).isNotEmpty();
        assertThat(sink.events()).isEmpty();
    }

    @Test
    void anUnknownScriptIsRefusedOnTheChannel() throws Exception {
        harness = new GatewayHarness(sink, QueueStandings.none());

        FakeAgiClient.Session session = new FakeAgiClient(AgiCapture.load("agi-numvert-answered-02-hold.txt"))
                .with("agi_network_script", "no-such-script").run(harness.agiPort());

        assertThat(session.commands()).contains("SET VARIABLE \"AJ_AGISTATUS\" \"NOT_FOUND\"");
    }

    @Test
    void aSilentSessionIsClosedAfterTheIdleTimeout() throws Exception {
        harness = new GatewayHarness(sink, QueueStandings.none(), new AgiSettings("127.0.0.1", 0, List.of("127.0.0.1"), 5, 1));

        String received = exchange(InetAddress.getLoopbackAddress(),
                AgiCapture.load("agi-numvert-answered-02-hold.txt").header());

        assertThat(received).as("one command, then the server gave up waiting").startsWith("STREAM FILE");
    }

    @Test
    void manySessionsAtOnceAreAllServed() throws Exception {
        harness = new GatewayHarness(sink, QueueStandings.none(), new AgiSettings("127.0.0.1", 0, List.of("127.0.0.1"), 120, 10));
        AgiCapture hold = AgiCapture.load("agi-numvert-answered-02-hold.txt");
        ExecutorService callers = Executors.newFixedThreadPool(100);
        try {
            List<CompletableFuture<FakeAgiClient.Session>> sessions = IntStream.range(0, 100)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> run(new FakeAgiClient(hold)
                            .with("agi_uniqueid", "1795881901." + i)), callers))
                    .toList();

            for (CompletableFuture<FakeAgiClient.Session> session : sessions) {
                assertThat(session.get(20, TimeUnit.SECONDS).commands()).isNotEmpty();
            }
        } finally {
            callers.shutdownNow();
        }
    }

    private FakeAgiClient.Session run(FakeAgiClient client) {
        try {
            return client.run(harness.agiPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends the request header from {@code local}, then reads whatever comes until the server closes. */
    private String exchange(InetAddress local, String header) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(local, 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), harness.agiPort()));
            socket.setSoTimeout(10_000);
            try {
                socket.getOutputStream().write(header.getBytes(StandardCharsets.UTF_8));
                InputStream in = socket.getInputStream();
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                // a reset instead of a close: nothing was served either
                return "";
            }
        }
    }
}
