package org.numvert.telephony;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.asteriskjava.util.ServerSocketFacade;
import org.asteriskjava.util.SocketConnectionFacade;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The FastAGI listening socket: a connection from a host that is not on the allow-list is
 * closed at once, before a byte is read (anyone who can open a FastAGI session can drive a
 * call's dialplan). Each refused address is logged once at WARN, later ones at DEBUG.
 *
 * <p>Called by asterisk-java's accept loop, on the FastAGI server's own thread.
 */
final class AllowListedServerSocket implements ServerSocketFacade {
    private static final Logger LOG = LoggerFactory.getLogger(AllowListedServerSocket.class);

    private final ServerSocket serverSocket;
    private final Set<InetAddress> allowed;
    private final Set<InetAddress> refused = ConcurrentHashMap.newKeySet();
    private volatile int idleTimeoutMillis;

    AllowListedServerSocket(ServerSocket serverSocket, Set<InetAddress> allowed, int idleTimeoutMillis) {
        this.serverSocket = serverSocket;
        this.allowed = Set.copyOf(allowed);
        this.idleTimeoutMillis = idleTimeoutMillis;
    }

    @Override
    public SocketConnectionFacade accept() throws IOException {
        while (true) {
            Socket socket = serverSocket.accept();
            InetAddress from = socket.getInetAddress();
            if (allowed.contains(from)) {
                return new AgiSocket(socket, idleTimeoutMillis);
            }
            refuse(socket, from);
        }
    }

    private void refuse(Socket socket, InetAddress from) throws IOException {
        socket.close();
        if (refused.add(from)) {
            LOG.warn("FastAGI connection from {} refused: not in agi.allowedHosts", from.getHostAddress());
        } else {
            LOG.debug("FastAGI connection from {} refused", from.getHostAddress());
        }
    }

    @Override
    public void close() throws IOException {
        serverSocket.close();
    }

    @Override
    public void setSocketReadTimeout(int socketReadTimeout) {
        this.idleTimeoutMillis = socketReadTimeout;
    }

    int port() {
        return serverSocket.getLocalPort();
    }
}
