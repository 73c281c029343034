package org.numvert.telephony;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.asteriskjava.fastagi.DefaultAgiServer;
import org.asteriskjava.fastagi.MappingStrategy;
import org.asteriskjava.fastagi.internal.DefaultAgiChannelFactory;
import org.asteriskjava.util.ServerSocketFacade;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The FastAGI server Asterisk connects to ({@code agi://host:port/ivr?hotline=...},
 * {@code .../hold}), configured only from {@link AgiSettings}: asterisk-java's default
 * constructor would read a {@code fastagi.properties} from the class path, so none is read here.
 * Bound to {@code agi.bindAddress} (loopback by default); connections from hosts outside
 * {@code agi.allowedHosts} are closed unread; a session silent for {@code agi.idleTimeoutSeconds}
 * is closed; at most {@code agi.threads} sessions run at once (one thread each, asterisk-java's
 * model; threads {@code numvert-agi-N}).
 *
 * <p>{@code DefaultAgiServer.startup()} blocks its caller for the server's whole life, so it
 * runs on its own thread ({@code numvert-agi-accept}); {@link #start()} completes once the port
 * is bound.
 */
final class FastAgiServer {
    private static final Logger LOG = LoggerFactory.getLogger(FastAgiServer.class);
    /** A bundle name that does not exist: asterisk-java then reads no properties file. */
    private static final String NO_PROPERTIES = "org.numvert.telephony.no-fastagi-properties";
    private static final int CORE_THREADS = 10;

    private final AgiSettings settings;
    private final Server server;
    private final CompletableFuture<Integer> bound = new CompletableFuture<>();
    private Thread acceptor;

    FastAgiServer(AgiSettings settings, MappingStrategy scripts) {
        this.settings = settings;
        this.server = new Server(scripts);
    }

    /** Binds and starts accepting; the future completes with the bound port, or fails. */
    CompletableFuture<Integer> start() {
        acceptor = new Thread(this::serve, "numvert-agi-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        return bound;
    }

    /** Stops accepting; running sessions end with their calls. */
    void stop(Duration timeout) throws InterruptedException {
        server.shutdown();
        if (acceptor != null) {
            acceptor.join(timeout.toMillis());
        }
    }

    private void serve() {
        try {
            server.startup();
        } catch (IOException | RuntimeException e) {
            if (!bound.completeExceptionally(e)) {
                LOG.error("FastAGI server stopped: {}", e.toString());
            }
        }
    }

    private static Set<InetAddress> resolve(Iterable<String> hosts) throws UnknownHostException {
        Set<InetAddress> addresses = new HashSet<>();
        for (String host : hosts) {
            addresses.addAll(Set.of(InetAddress.getAllByName(host.strip())));
        }
        return addresses;
    }

    /** asterisk-java's server with our socket, thread pool and no properties file. */
    private final class Server extends DefaultAgiServer {
        Server(MappingStrategy scripts) {
            super(NO_PROPERTIES, scripts, new DefaultAgiChannelFactory());
            setPort(settings.port());
            setSocketReadTimeout(settings.idleTimeoutSeconds() * 1000);
            setPoolSize(Math.min(CORE_THREADS, settings.threads()));
            setMaximumPoolSize(settings.threads());
        }

        @Override
        protected ServerSocketFacade createServerSocket() throws IOException {
            InetAddress address = InetAddress.getByName(settings.bindAddress());
            setAddress(address);
            Set<InetAddress> allowed = resolve(settings.allowedHosts());
            ServerSocket socket = new ServerSocket(settings.port(), Math.max(200, settings.threads()), address);
            AllowListedServerSocket listening =
                    new AllowListedServerSocket(socket, allowed, settings.idleTimeoutSeconds() * 1000);
            LOG.info("FastAGI listening on {}:{}, sessions from {}", address.getHostAddress(),
                    listening.port(), settings.allowedHosts());
            bound.complete(listening.port());
            return listening;
        }

        @Override
        protected ThreadPoolExecutor createPool() {
            return new ThreadPoolExecutor(getPoolSize(), getMaximumPoolSize(), 60L, TimeUnit.SECONDS,
                    new SynchronousQueue<>(), new NamedThreads("numvert-agi"));
        }
    }
}
