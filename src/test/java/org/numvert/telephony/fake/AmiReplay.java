package org.numvert.telephony.fake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.numvert.telephony.fake.AmiCapture.Direction;
import org.numvert.telephony.fake.AmiCapture.Entry;

/**
 * Plays Asterisk's side of a captured conversation on a {@link FakeAmiConnection}, as fast as
 * the client keeps up. The capture's own client did two kinds of things: what the numvert gateway
 * does (Setvar/Redirect of a caller, Originate of a callback or a ChanSpy, Hangup of a caller's
 * channel, the resynchronisation lists), and what only the capture harness did (originating the
 * simulated callers, hanging up their phones, logging in and off). The replay skips the second
 * kind with its replies; at each action of the first kind it waits until the gateway under test
 * sends a matching one, and replies with the captured reply under the gateway's ActionID. An
 * action of the gateway that no later step of the capture expects is left to the connection's
 * other responders.
 *
 * <p>A test can hold the replay before a message until something happened
 * ({@link #holdBefore}), end it before a message ({@link #stopBefore}), and wait until a message
 * was sent ({@link #sent}).
 */
public final class AmiReplay {
    private static final Duration ACTION_WAIT = Duration.ofSeconds(10);

    private final AmiCapture capture;
    private final FakeAmiConnection connection;
    private final Predicate<AmiMessage> gatewayAction;
    private final Map<Predicate<AmiMessage>, CompletionStage<?>> holds = new ConcurrentHashMap<>();
    private final Map<Predicate<AmiMessage>, CompletableFuture<Void>> watches = new ConcurrentHashMap<>();
    private final List<String> expected = new ArrayList<>();
    private final List<AmiMessage> claimed = new ArrayList<>();
    private final List<AmiMessage> matched = new ArrayList<>();
    private Predicate<AmiMessage> stop = message -> false;

    public AmiReplay(AmiCapture capture, FakeAmiConnection connection) {
        this(capture, connection, AmiReplay::isGatewayAction);
    }

    public AmiReplay(AmiCapture capture, FakeAmiConnection connection, Predicate<AmiMessage> gatewayAction) {
        this.capture = capture;
        this.connection = connection;
        this.gatewayAction = gatewayAction;
    }

    /** The numvert gateway's actions, as opposed to the capture harness's. */
    public static boolean isGatewayAction(AmiMessage sent) {
        return switch (sent.action().toLowerCase()) {
            case "setvar" -> sent.get("Channel").isPresent() && sent.value("Variable").startsWith("NUMVERT_");
            case "redirect", "coreshowchannels", "devicestatelist", "extensionstatelist" -> true;
            case "status" -> sent.get("Variables").isPresent();
            case "originate" -> sent.value("Context").equals("numvert-callback") || sent.value("Application").equals("ChanSpy");
            case "hangup" -> sent.value("Channel").endsWith(";1");
            default -> false;
        };
    }

    /** Holds the replay before the first message matching {@code before} until {@code until} completes. */
    public AmiReplay holdBefore(Predicate<AmiMessage> before, CompletionStage<?> until) {
        holds.put(before, until);
        return this;
    }

    /** Ends the replay before the first message matching {@code before}. */
    public AmiReplay stopBefore(Predicate<AmiMessage> before) {
        stop = before;
        return this;
    }

    /** Completes once the first message matching {@code which} was written to the client. */
    public CompletableFuture<Void> sent(Predicate<AmiMessage> which) {
        return watches.computeIfAbsent(which, w -> new CompletableFuture<>());
    }

    /** The gateway actions the replay matched to the capture, in order. */
    public synchronized List<AmiMessage> matched() {
        return List.copyOf(matched);
    }

    /** Starts playing on a thread of its own; the future fails if the gateway did not keep up. */
    public CompletableFuture<Void> start() {
        for (Entry entry : capture.entries()) {
            if (entry.direction() == Direction.SENT && gatewayAction.test(entry.message())) {
                expected.add(key(entry.message()));
            }
        }
        connection.respond(this::claim);
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread player = new Thread(() -> {
            try {
                play();
                done.complete(null);
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        }, "fake-ami-replay-" + capture.name());
        player.setDaemon(true);
        player.start();
        return done;
    }

    private void play() throws Exception {
        Map<String, String> actionIds = new HashMap<>();
        Set<String> skipped = new HashSet<>();
        for (Entry entry : capture.entries()) {
            AmiMessage message = entry.message();
            if (entry.direction() == Direction.SENT) {
                if (gatewayAction.test(message)) {
                    actionIds.put(message.actionId(), awaitClaimed(key(message)).actionId());
                } else {
                    skipped.add(message.actionId());
                }
                continue;
            }
            if (stop.test(message)) {
                return;
            }
            if (!message.actionId().isEmpty() && skipped.contains(message.actionId())) {
                continue;
            }
            awaitHolds(message);
            String mapped = actionIds.get(message.actionId());
            connection.send(mapped == null ? message.raw() : message.withActionId(mapped));
            watches.forEach((which, reached) -> {
                if (which.test(message)) {
                    reached.complete(null);
                }
            });
        }
    }

    private void awaitHolds(AmiMessage message) throws Exception {
        for (Map.Entry<Predicate<AmiMessage>, CompletionStage<?>> hold : holds.entrySet()) {
            if (hold.getKey().test(message)) {
                hold.getValue().toCompletableFuture().get(ACTION_WAIT.toSeconds(), TimeUnit.SECONDS);
            }
        }
    }

    private synchronized Optional<String> claim(AmiMessage action) {
        String key = key(action);
        long waiting = claimed.stream().filter(c -> key(c).equals(key)).count();
        if (expected.stream().filter(key::equals).count() <= waiting) {
            return Optional.empty();
        }
        claimed.add(action);
        notifyAll();
        return Optional.of("");
    }

    private synchronized AmiMessage awaitClaimed(String key) throws InterruptedException {
        long deadline = System.nanoTime() + ACTION_WAIT.toNanos();
        while (true) {
            for (AmiMessage action : claimed) {
                if (key(action).equals(key)) {
                    claimed.remove(action);
                    expected.remove(key);
                    matched.add(action);
                    return action;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError(capture.name() + ": the gateway did not send " + key + " within "
                        + ACTION_WAIT.toSeconds() + " s");
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    /** What must match between a captured action and the gateway's. */
    static String key(AmiMessage action) {
        String name = action.action().toLowerCase();
        return switch (name) {
            case "setvar" -> name + ":" + action.value("Variable");
            case "redirect" -> name + ":" + action.value("Context");
            case "originate" -> name + ":" + action.value("Context") + action.value("Application");
            default -> name;
        };
    }
}
