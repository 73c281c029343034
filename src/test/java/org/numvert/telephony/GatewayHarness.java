package org.numvert.telephony;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.numvert.ivr.CrisisState;
import org.numvert.routing.RoutingEventSink;
import org.numvert.telephony.fake.FakeAmiConnection;
import org.numvert.telephony.fake.FakeAmiServer;

/**
 * A gateway connected to a {@link FakeAmiServer} over real TCP, with a FastAGI server on a free
 * loopback port; callback channel ids are {@code numvert-cb-0001}, {@code -0002} … as in the
 * captures.
 */
final class GatewayHarness implements AutoCloseable {
    static final String SECRET = "verify-secret";

    final FakeAmiServer ami;
    final AsteriskGateway gateway;
    final RecordedJournal journal = new RecordedJournal();
    FakeAmiConnection connection;
    private int logins;

    GatewayHarness(RoutingEventSink sink, QueueStandings standings) throws Exception {
        this(sink, standings, new AgiSettings("127.0.0.1", 0, List.of("127.0.0.1"), 50, 10));
    }

    GatewayHarness(RoutingEventSink sink, QueueStandings standings, AgiSettings agi) throws Exception {
        this(sink, standings, agi, 30, Duration.ofSeconds(5));
    }

    /** With keep-alive pings every {@code pingSeconds} and AMI replies awaited {@code actionTimeout}. */
    GatewayHarness(RoutingEventSink sink, QueueStandings standings, AgiSettings agi, int pingSeconds,
            Duration actionTimeout) throws Exception {
        ami = new FakeAmiServer(SECRET);
        AtomicInteger ids = new AtomicInteger();
        GatewayTuning tuning = new GatewayTuning(Duration.ofMillis(50), actionTimeout,
                () -> String.format("numvert-cb-%04d", ids.incrementAndGet()), TestIvr.CLOCK);
        AmiSettings settings = new AmiSettings("127.0.0.1", ami.port(), "numvert", SECRET, pingSeconds, 1);
        GatewayWiring wiring = new GatewayWiring(sink, standings, () -> TestIvr.LIBRARY, () -> CrisisState.NONE,
                journal);
        gateway = new AsteriskGateway(settings, agi, wiring, tuning);
        gateway.start().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    /** Waits for the gateway's next AMI login and its resynchronisation; returns that connection. */
    FakeAmiConnection loggedIn() throws InterruptedException {
        connection = ami.awaitLogin(10);
        int logins = ++this.logins;
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> gateway.resynchronisations() >= logins);
        return connection;
    }

    int agiPort() {
        return gateway.agiPort();
    }

    @Override
    public void close() throws Exception {
        gateway.stop(Duration.ofSeconds(5));
        ami.close();
    }
}
