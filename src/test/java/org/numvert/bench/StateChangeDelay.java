package org.numvert.bench;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * How far the pages' streams are behind the engine: agents change their state as the desk does
 * ({@code POST /api/agents/{id}/state}, each change a pause with the reason {@code bench-<n>}) at
 * a steady rate, and for each change the time from sending it until every stream that should show
 * it (the agent's desk, the wallboards overseeing the agent) did. Not a test: it prints figures.
 */
final class StateChangeDelay {
    private static final long GRACE_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final Vertx vertx;
    private final List<BenchSession> agents;
    private final List<LiveListener> listeners;
    private final int changes;
    private final AtomicLongArray sent;
    private final AtomicLongArray answered;

    StateChangeDelay(Vertx vertx, List<BenchSession> agents, List<LiveListener> listeners, int changes) {
        this.vertx = vertx;
        this.agents = agents;
        this.listeners = listeners;
        this.changes = changes;
        sent = new AtomicLongArray(changes);
        answered = new AtomicLongArray(changes);
    }

    /** Puts every agent in a pause first (a logged-out agent is logged in by it), as a warm-up. */
    static Future<Void> pauseAll(List<BenchSession> agents) {
        return Future.all(agents.stream().map(a -> a.expect(200, HttpMethod.POST, "/api/agents/" + a.login + "/state",
                new JsonObject().put("state", "PAUSED").put("reason", "warm-up"))).toList()).mapEmpty();
    }

    /** Sends the changes, {@code perSecond} of them a second, then waits for the streams and prints the delays. */
    void run(int perSecond) throws Exception {
        Promise<Void> allAnswered = Promise.promise();
        List<Future<?>> answers = new ArrayList<>();
        long period = Math.max(1, 1000 / perSecond);
        int[] next = {0};
        vertx.setPeriodic(period, timer -> {
            answers.add(send(next[0]++));
            if (next[0] == changes) {
                vertx.cancelTimer(timer);
                Future.join(answers).onComplete(done -> allAnswered.complete());
            }
        });
        allAnswered.future().toCompletionStage().toCompletableFuture().get(changes * period + 60_000L, TimeUnit.MILLISECONDS);
        awaitStreams();
        report(period);
    }

    private Future<JsonObject> send(int n) {
        BenchSession agent = agents.get(n % agents.size());
        sent.set(n, System.nanoTime());
        return agent.expect(200, HttpMethod.POST, "/api/agents/" + agent.login + "/state",
                new JsonObject().put("state", "PAUSED").put("reason", LiveListener.MARK + n))
                .onSuccess(answer -> answered.set(n, System.nanoTime()));
    }

    private String agentOf(int n) {
        return agents.get(n % agents.size()).login;
    }

    private boolean expects(LiveListener listener, int n) {
        return answered.get(n) != 0 && listener.shows(agentOf(n));
    }

    private void awaitStreams() throws Exception {
        long deadline = System.nanoTime() + GRACE_NANOS;
        while (System.nanoTime() < deadline && !allSeen()) {
            vertx.timer(50).toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        }
    }

    private boolean allSeen() {
        for (int n = 0; n < changes; n++) {
            for (LiveListener listener : listeners) {
                if (expects(listener, n) && listener.seenAt(n) == null) {
                    return false;
                }
            }
        }
        return true;
    }

    private void report(long period) {
        long[] request = new long[changes];
        int failed = 0;
        for (int n = 0; n < changes; n++) {
            request[n] = answered.get(n) == 0 ? 0 : answered.get(n) - sent.get(n);
            failed += answered.get(n) == 0 ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "state changes: %d sent (one every %d ms, %d agents in turn), %d refused;"
                + " POST answered after %s%n", changes, period, agents.size(), failed,
                new Latencies(request).describe(0.50, 0.95, 0.99));
        for (LiveListener.Kind kind : LiveListener.Kind.values()) {
            reportKind(kind);
        }
    }

    /** For each change: the time until the last stream of this kind that should show it did. */
    private void reportKind(LiveListener.Kind kind) {
        List<LiveListener> streams = listeners.stream().filter(l -> l.kind == kind).toList();
        List<Long> delays = new ArrayList<>();
        int lost = 0;
        long deliveries = 0;
        for (int n = 0; n < changes; n++) {
            long last = 0;
            boolean missing = false;
            for (LiveListener stream : streams) {
                if (expects(stream, n)) {
                    Long seen = stream.seenAt(n);
                    missing |= seen == null;
                    last = seen == null ? last : Math.max(last, seen - sent.get(n));
                    deliveries++;
                }
            }
            if (missing) {
                lost++;
            } else if (last > 0) {
                delays.add(last);
            }
        }
        System.out.printf(Locale.ROOT, "%-9s %3d streams (%,d snapshots received): %d changes, %,d deliveries expected,"
                + " %d changes lost; seen by every stream after %s%n", kind.event, streams.size(),
                streams.stream().mapToLong(LiveListener::snapshots).sum(), delays.size() + lost, deliveries, lost,
                new Latencies(delays.stream().mapToLong(Long::longValue).toArray()).describe(0.50, 0.95, 0.99));
    }
}
