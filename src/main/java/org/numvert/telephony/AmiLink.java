package org.numvert.telephony;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.asteriskjava.manager.AuthenticationFailedException;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.DefaultManagerConnection;
import org.asteriskjava.manager.ManagerEventListener;
import org.asteriskjava.manager.ResponseEvents;
import org.asteriskjava.manager.TimeoutException;
import org.asteriskjava.manager.action.EventGeneratingAction;
import org.asteriskjava.manager.action.ManagerAction;
import org.asteriskjava.manager.action.PingAction;
import org.asteriskjava.manager.event.ConnectEvent;
import org.asteriskjava.manager.event.DisconnectEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.ResponseEvent;
import org.asteriskjava.manager.response.ManagerError;
import org.asteriskjava.manager.response.ManagerResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The manager (AMI) connection to Asterisk, kept up: log in, ping every
 * {@link AmiSettings#pingSeconds()}, and on loss log in again with a capped backoff, as a new
 * asterisk-java connection each time (its own reconnection loop, which retries every 5 s for
 * ever, is stopped by logging the lost connection off).
 *
 * <p>Threading: one worker thread ({@code numvert-ami}) logs in, pings, reconnects and writes
 * every action; nothing here blocks a caller. Action replies are handed from asterisk-java's
 * dispatch thread to the worker before the returned futures complete, so code chained on them
 * never runs on (and never blocks) the dispatch thread. {@link Listener#onEvent} is called on
 * the dispatch thread and must only translate and hand off; {@link Listener#onLoggedIn} and
 * {@link Listener#onLost} are called on the worker.
 */
final class AmiLink {
    private static final Logger LOG = LoggerFactory.getLogger(AmiLink.class);

    /** What the link reports. */
    interface Listener {
        void onEvent(ManagerEvent event);

        void onLoggedIn();

        void onLost();
    }

    private final AmiSettings settings;
    private final ScheduledExecutorService worker;
    private final Backoff backoff;
    private final Duration actionTimeout;
    private final Listener listener;
    private final Set<CompletableFuture<?>> pending = ConcurrentHashMap.newKeySet();
    private volatile Session session;
    private volatile boolean stopped;
    private ScheduledFuture<?> keepAlive;

    AmiLink(AmiSettings settings, Backoff backoff, Duration actionTimeout, Listener listener) {
        this.settings = settings;
        this.backoff = backoff;
        this.actionTimeout = actionTimeout;
        this.listener = listener;
        this.worker = NamedThreads.scheduled("numvert-ami");
    }

    /** Starts connecting in the background; a failed attempt is retried, never thrown. */
    void start() {
        worker.execute(this::connect);
        long ping = settings.pingSeconds();
        keepAlive = worker.scheduleWithFixedDelay(this::ping, ping, ping, TimeUnit.SECONDS);
    }

    /** Logs off and stops the worker, waiting at most {@code timeout}. */
    void stop(Duration timeout) throws InterruptedException {
        stopped = true;
        onWorker(() -> {
            if (keepAlive != null) {
                keepAlive.cancel(false);
            }
            Session current = session;
            session = null;
            if (current != null) {
                current.retire();
            }
        });
        worker.shutdown();
        if (!worker.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            LOG.warn("AMI worker did not stop within {} ms", timeout.toMillis());
            worker.shutdownNow();
        }
        pending.forEach(action -> action.cancel(false));
    }

    boolean loggedIn() {
        return session != null;
    }

    /** Sends {@code action}; the future fails with {@link AmiActionException} or a timeout. */
    CompletableFuture<ManagerResponse> send(ManagerAction action) {
        if (stopped) {
            return CompletableFuture.failedFuture(AmiActionException.unavailable(action.getAction()));
        }
        CompletableFuture<ManagerResponse> result = new CompletableFuture<>();
        onWorker(() -> write(action, result));
        return expiring(action, result);
    }

    /** Sends a list action and collects its items (the closing event included). */
    CompletableFuture<List<ResponseEvent>> list(EventGeneratingAction action) {
        CompletableFuture<List<ResponseEvent>> result = new CompletableFuture<>();
        onWorker(() -> writeList(action, result));
        return expiring(action, result);
    }

    /**
     * Fails {@code result} if no reply came within the action time-out; {@link #stop} cancels the
     * ones still waiting then (nobody is left to act on their replies).
     */
    private <T> CompletableFuture<T> expiring(ManagerAction action, CompletableFuture<T> result) {
        pending.add(result);
        result.whenComplete((reply, failure) -> pending.remove(result));
        CompletableFuture.delayedExecutor(actionTimeout.toMillis(), TimeUnit.MILLISECONDS).execute(() ->
                result.completeExceptionally(new AmiActionException(action.getAction() + " unanswered after "
                        + actionTimeout.toMillis() + " ms", false)));
        return result;
    }

    private void connect() {
        if (stopped) {
            return;
        }
        Session candidate = new Session(newConnection());
        try {
            candidate.connection.login("on");
        } catch (IOException | AuthenticationFailedException | TimeoutException | RuntimeException e) {
            // whatever asterisk-java throws, the link must keep trying: an exception escaping a
            // scheduled task would end the reconnection loop silently
            candidate.retire();
            retryLater("login to " + settings.host() + ":" + settings.port() + " failed: " + e.getMessage());
            return;
        }
        if (stopped) {
            candidate.retire();
            return;
        }
        backoff.reset();
        session = candidate;
        LOG.info("AMI logged in to {}:{} as {}", settings.host(), settings.port(), settings.user());
        listener.onLoggedIn();
    }

    private void retryLater(String why) {
        if (stopped) {
            return;
        }
        Duration delay = backoff.next();
        LOG.warn("AMI {}; next attempt in {} ms", why, delay.toMillis());
        worker.schedule(this::connect, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private ManagerConnection newConnection() {
        DefaultManagerConnection connection = new DefaultManagerConnection(settings.host(), settings.port(),
                settings.user(), settings.secret());
        connection.setSocketTimeout((int) actionTimeout.toMillis());
        connection.setDefaultResponseTimeout(actionTimeout.toMillis());
        connection.registerUserEventClass(NumvertNoAnswerEvent.class);
        connection.registerUserEventClass(NumvertCallbackFailedEvent.class);
        return connection;
    }

    private void ping() {
        Session current = session;
        if (current == null) {
            return;
        }
        send(new PingAction()).whenComplete((pong, failure) -> {
            if (failure != null) {
                onWorker(() -> lost(current, "keep-alive unanswered (" + failure + ")"));
            }
        });
    }

    private void lost(Session gone, String why) {
        if (gone != session) {
            return;
        }
        session = null;
        gone.retire();
        listener.onLost();
        retryLater("connection lost: " + why);
    }

    private void write(ManagerAction action, CompletableFuture<ManagerResponse> result) {
        Session current = session;
        if (current == null) {
            result.completeExceptionally(AmiActionException.unavailable(action.getAction()));
            return;
        }
        try {
            current.connection.sendAction(action, response -> onWorker(() -> settle(action, response, result)));
        } catch (IOException | IllegalStateException e) {
            result.completeExceptionally(new AmiActionException(
                    action.getAction() + " not sent: " + e.getMessage(), false));
        }
    }

    private static void settle(ManagerAction action, ManagerResponse response,
            CompletableFuture<ManagerResponse> result) {
        if (response == null) {
            result.completeExceptionally(AmiActionException.unavailable(action.getAction()));
        } else if (response instanceof ManagerError) {
            result.completeExceptionally(AmiActionException.rejected(action.getAction(), response.getMessage()));
        } else {
            result.complete(response);
        }
    }

    private void writeList(EventGeneratingAction action, CompletableFuture<List<ResponseEvent>> result) {
        Session current = session;
        if (current == null) {
            result.completeExceptionally(AmiActionException.unavailable(action.getAction()));
            return;
        }
        try {
            current.connection.sendEventGeneratingAction(action,
                    events -> onWorker(() -> settleList(action, events, result)));
        } catch (IOException | IllegalStateException e) {
            result.completeExceptionally(new AmiActionException(
                    action.getAction() + " not sent: " + e.getMessage(), false));
        }
    }

    private static void settleList(EventGeneratingAction action, ResponseEvents events,
            CompletableFuture<List<ResponseEvent>> result) {
        ManagerResponse response = events.getResponse();
        boolean complete = events.getEvents().stream().anyMatch(action.getActionCompleteEventClass()::isInstance);
        if (response == null || !(complete || response instanceof ManagerError)) {
            result.completeExceptionally(AmiActionException.unavailable(action.getAction()));
        } else if (response instanceof ManagerError) {
            result.completeExceptionally(AmiActionException.rejected(action.getAction(), response.getMessage()));
        } else {
            result.complete(List.copyOf(events.getEvents()));
        }
    }

    /** Runs {@code task} on the worker; after {@link #stop} it is dropped, with a debug line. */
    private void onWorker(Runnable task) {
        try {
            worker.execute(task);
        } catch (RejectedExecutionException e) {
            LOG.debug("AMI worker stopped: task dropped ({})", e.getMessage());
        }
    }

    /** One asterisk-java connection; events reach the listener until it is retired. */
    private final class Session implements ManagerEventListener {
        final ManagerConnection connection;
        private volatile boolean retired;

        Session(ManagerConnection connection) {
            this.connection = connection;
            connection.addEventListener(this);
        }

        @Override
        public void onManagerEvent(ManagerEvent event) {
            if (retired || event instanceof ConnectEvent) {
                return;
            }
            if (event instanceof DisconnectEvent) {
                onWorker(() -> lost(this, "closed by the peer"));
                return;
            }
            listener.onEvent(event);
        }

        /** Stops events and asterisk-java's own reconnection loop, and closes the socket. */
        void retire() {
            retired = true;
            connection.removeEventListener(this);
            try {
                connection.logoff();
            } catch (IllegalStateException e) {
                LOG.debug("AMI connection already closed: {}", e.getMessage());
            }
        }
    }
}
