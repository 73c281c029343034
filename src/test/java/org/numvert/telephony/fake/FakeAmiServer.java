package org.numvert.telephony.fake;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * An Asterisk manager interface on a real TCP port, for asterisk-java's real client to connect
 * to: banner {@code Asterisk Call Manager/11.0.0}, {@code Challenge}/MD5 {@code Login} the way
 * asterisk-java does it, then {@code FullyBooted}; the actions asterisk-java needs on its own
 * ({@code CoreSettings}, {@code Ping}, {@code Logoff}) are answered as Asterisk 22 answers them.
 * Everything else goes to the {@link FakeAmiConnection}'s responders (a replay of a capture, a
 * test's own answers), or gets Asterisk's "Invalid/unknown command" error.
 *
 * <p>Accepts connections one after another (a dropped client reconnects); each logged-in
 * connection is handed out by {@link #awaitLogin}.
 */
public final class FakeAmiServer implements AutoCloseable {
    private final String secret;
    private final ServerSocket serverSocket;
    private final BlockingQueue<FakeAmiConnection> loggedIn = new LinkedBlockingQueue<>();
    private final BlockingQueue<Consumer<FakeAmiConnection>> preparations = new LinkedBlockingQueue<>();
    private final List<FakeAmiConnection> connections = new CopyOnWriteArrayList<>();
    private final Thread acceptor;
    private volatile boolean closed;

    public FakeAmiServer(String secret) throws IOException {
        this.secret = secret;
        this.serverSocket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.acceptor = new Thread(this::acceptLoop, "fake-ami-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return serverSocket.getLocalPort();
    }

    /** The next connection that logs in, waiting at most {@code seconds}. */
    public FakeAmiConnection awaitLogin(long seconds) throws InterruptedException {
        FakeAmiConnection connection = loggedIn.poll(seconds, TimeUnit.SECONDS);
        if (connection == null) {
            throw new AssertionError("no AMI login within " + seconds + " s");
        }
        return connection;
    }

    /**
     * Sets up the next connection to be accepted before it says a word (a replay whose answers
     * must be in place when the client's first actions arrive).
     */
    public void prepareNext(Consumer<FakeAmiConnection> preparation) {
        preparations.add(preparation);
    }

    /** Every connection accepted so far. */
    public List<FakeAmiConnection> connections() {
        return List.copyOf(connections);
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket socket = serverSocket.accept();
                FakeAmiConnection connection = new FakeAmiConnection(socket, secret, loggedIn::add);
                Consumer<FakeAmiConnection> preparation = preparations.poll();
                if (preparation != null) {
                    preparation.accept(connection);
                }
                connections.add(connection);
                connection.start();
            } catch (IOException e) {
                if (!closed) {
                    throw new IllegalStateException("fake AMI accept failed", e);
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        serverSocket.close();
        for (FakeAmiConnection connection : connections) {
            connection.close();
        }
    }
}
