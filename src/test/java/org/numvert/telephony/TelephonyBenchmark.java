package org.numvert.telephony;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.asteriskjava.manager.DefaultManagerConnection;
import org.asteriskjava.manager.event.HangupEvent;
import org.numvert.routing.CallId;
import org.numvert.routing.CallerNumber;
import org.numvert.routing.GroupId;
import org.numvert.routing.HotlineId;
import org.numvert.routing.RoutingEvent;
import org.numvert.routing.RoutingFact;
import org.numvert.telephony.fake.AgiCapture;
import org.numvert.telephony.fake.AmiCapture;
import org.numvert.telephony.fake.AmiMessage;
import org.numvert.telephony.fake.FakeAmiConnection;
import org.numvert.telephony.fake.FakeAmiServer;

/**
 * Speed of the gateway, printed (not asserted): see README, "Connecting a real Asterisk".
 * <ol>
 * <li>AMI events per second through asterisk-java, the translation and the routing engine,
 * against the same stream read by a bare asterisk-java listener that does nothing; the stream is
 * the captured burst of 20 calls (IVR, hold, hang-up), repeated with fresh ids.
 * <li>FastAGI sessions open at once: that many hold sessions are connected and held open
 * together before any is let go; refused sessions are counted.
 * </ol>
 * Run: {@code mvn -B -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.numvert.telephony.TelephonyBenchmark [-Dexec.args="40 500"]}
 */
public final class TelephonyBenchmark {
    private static final Pattern IDS = Pattern.compile("(?m)^((?:Dest|LocalOne|LocalTwo)?(?:Uniqueid|Linkedid|UniqueID): )(.+)$");
    private static final int ROUNDS = 10;
    private static final int WARM_UP = 3;

    private TelephonyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int sessions = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        Stream stream = Stream.of(AmiCapture.load("numvert-burst.txt.gz"), repeats);
        System.out.printf("AMI stream: %d events, %d calls%n", stream.events, stream.roots.size());
        List<Double> bare = new ArrayList<>();
        List<Double> gateway = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            System.gc();
            double b = bare(stream);
            System.gc();
            double g = gateway(stream);
            System.out.printf("round %d: bare listener %.0f events/s, gateway + engine %.0f events/s%n", round + 1, b, g);
            if (round >= WARM_UP) {
                bare.add(b);
                gateway.add(g);
            }
        }
        System.out.printf("AMI median: bare %.0f events/s, gateway %.0f events/s, ratio %.2f (target >= 0.8)%n",
                median(bare), median(gateway), median(gateway) / median(bare));
        System.out.printf("AMI best:   bare %.0f events/s, gateway %.0f events/s, ratio %.2f%n",
                best(bare), best(gateway), best(gateway) / best(bare));
        concurrentSessions(sessions);
        System.exit(0);
    }

    /** The capture's events, {@code repeats} times with distinct ids, ending on a root Hangup. */
    private record Stream(String bytes, int events, List<String> roots, String lastRoot) {
        static Stream of(AmiCapture capture, int repeats) {
            List<AmiMessage> events = capture.events().stream()
                    .filter(e -> !e.isEvent("FullyBooted") && !e.isEvent("SuccessfulAuth")).toList();
            int last = lastRootHangup(events);
            StringBuilder bytes = new StringBuilder();
            List<String> roots = new ArrayList<>();
            for (int r = 0; r < repeats; r++) {
                for (AmiMessage event : events.subList(0, last + 1)) {
                    String suffix = "." + r;
                    bytes.append(IDS.matcher(event.raw()).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + m.group(2) + suffix)));
                    if (isRoot(event)) {
                        roots.add(event.value("Uniqueid") + suffix);
                    }
                }
            }
            return new Stream(bytes.toString(), (last + 1) * repeats, roots, roots.get(roots.size() - 1));
        }

        private static int lastRootHangup(List<AmiMessage> events) {
            for (int i = events.size() - 1; i >= 0; i--) {
                AmiMessage event = events.get(i);
                if (event.isEvent("Hangup") && event.value("Uniqueid").equals(event.value("Linkedid"))) {
                    return i;
                }
            }
            throw new IllegalStateException("no root hang-up in the capture");
        }

        private static boolean isRoot(AmiMessage event) {
            return event.isEvent("Newchannel") && event.value("Uniqueid").equals(event.value("Linkedid"))
                    && event.value("Channel").endsWith(";1");
        }
    }

    private static double bare(Stream stream) throws Exception {
        try (FakeAmiServer ami = new FakeAmiServer(GatewayHarness.SECRET)) {
            DefaultManagerConnection connection = new DefaultManagerConnection("127.0.0.1", ami.port(), "numvert",
                    GatewayHarness.SECRET);
            CountDownLatch last = new CountDownLatch(1);
            AtomicLong end = new AtomicLong();
            connection.addEventListener(event -> {
                if (event instanceof HangupEvent hangup && stream.lastRoot.equals(hangup.getUniqueId())) {
                    end.set(System.nanoTime());
                    last.countDown();
                }
            });
            connection.login("on");
            FakeAmiConnection peer = ami.awaitLogin(10);
            long start = System.nanoTime();
            peer.send(stream.bytes);
            await(last, "bare listener");
            connection.logoff();
            return stream.events / ((end.get() - start) / 1e9);
        }
    }

    private static double gateway(Stream stream) throws Exception {
        try (EngineThread engine = new EngineThread();
                GatewayHarness harness = new GatewayHarness(engine, QueueStandings.none())) {
            engine.connect(harness.gateway);
            FakeAmiConnection peer = harness.loggedIn();
            for (String root : stream.roots) {
                harness.gateway.calls().enter(new RoutingEvent.CallEntered(new CallId(root), new HotlineId("transport"),
                        new GroupId("transport-info"), 0, CallerNumber.of("0612345678"), "", List.of(), null),
                        root, "Local/x@callers-" + root + ";1", "0800333333");
            }
            CountDownLatch ended = new CountDownLatch(stream.roots.size());
            AtomicLong end = new AtomicLong();
            engine.subscribe(output -> {
                if (output instanceof RoutingFact.CallAbandoned) {
                    end.set(System.nanoTime());
                    ended.countDown();
                }
            });
            long start = System.nanoTime();
            peer.send(stream.bytes);
            await(ended, "gateway");
            return stream.events / ((end.get() - start) / 1e9);
        }
    }

    /** {@code count} hold sessions connected and kept open together, then all let go. */
    private static void concurrentSessions(int count) throws Exception {
        AgiSettings agi = new AgiSettings("127.0.0.1", 0, List.of("127.0.0.1"), count + 100, 60);
        try (GatewayHarness harness = new GatewayHarness(command -> { }, QueueStandings.none(), agi)) {
            String header = AgiCapture.load("agi-numvert-answered-02-hold.txt").header();
            CountDownLatch open = new CountDownLatch(count);
            CountDownLatch go = new CountDownLatch(1);
            AtomicInteger refused = new AtomicInteger();
            AtomicInteger served = new AtomicInteger();
            List<Thread> callers = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                String own = header.replace("agi_uniqueid: 1795881901.0", "agi_uniqueid: 1795881901." + i);
                Thread caller = new Thread(() -> hold(harness.agiPort(), own, open, go, refused, served), "bench-caller-" + i);
                callers.add(caller);
                caller.start();
            }
            boolean all = open.await(60, TimeUnit.SECONDS);
            double openSeconds = (System.nanoTime() - start) / 1e9;
            go.countDown();
            for (Thread caller : callers) {
                caller.join(TimeUnit.SECONDS.toMillis(60));
            }
            double totalSeconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("FastAGI: %d sessions open at once: %s in %.2f s; %d served to the end, %d refused, all done in %.2f s%n",
                    count, all ? "yes" : "NO (" + (count - open.getCount()) + ")", openSeconds, served.get(),
                    refused.get(), totalSeconds);
        }
    }

    /** One Asterisk side: header, first command, wait for all, then answer until the server closes. */
    private static void hold(int port, String header, CountDownLatch open, CountDownLatch go, AtomicInteger refused,
            AtomicInteger served) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(120_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(header.getBytes(StandardCharsets.UTF_8));
            if (readLine(in) == null) {
                refused.incrementAndGet();
                open.countDown();
                return;
            }
            open.countDown();
            go.await();
            do {
                out.write("200 result=0 endpos=1000\n".getBytes(StandardCharsets.UTF_8));
            } while (readLine(in) != null);
            served.incrementAndGet();
        } catch (IOException | InterruptedException e) {
            refused.incrementAndGet();
            open.countDown();
        }
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            line.append((char) c);
        }
        return c == -1 && line.length() == 0 ? null : line.toString();
    }

    private static void await(CountDownLatch latch, String who) throws InterruptedException {
        if (!latch.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException(who + " did not see the whole stream (" + latch.getCount() + " left)");
        }
    }

    private static double best(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
