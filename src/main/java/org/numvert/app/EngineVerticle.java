package org.numvert.app;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.numvert.routing.CallControl;
import org.numvert.routing.EngineClient;
import org.numvert.routing.IntervalFigures;
import org.numvert.routing.RoutingCommand;
import org.numvert.routing.RoutingEngine;
import org.numvert.routing.RoutingEvent;
import org.numvert.routing.RoutingFact;
import org.numvert.routing.RoutingListener;
import org.numvert.routing.RoutingOutput;
import org.numvert.routing.RoutingView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hosts the {@link RoutingEngine} on its own Vert.x context (DESIGN.md, decision 4): every
 * event, read and tick runs there, one at a time, so the engine needs no locks.
 *
 * <p>It ticks the engine every second (ring timeouts, wrap-up ends, escalations, maximum
 * waits), executes the engine's commands on the connected {@link CallControl} port and gives
 * every output to the subscribed {@link RoutingListener}s, in order. A failing port or listener
 * is logged and does not stop the engine. On stop it stops ticking, refuses further events, and
 * waits for the listeners' {@link RoutingListener#engineStopping()} so that they can persist.
 *
 * <p>The port is connected after construction ({@link #connect}), because ports need this
 * verticle as their event sink; until then commands go to a port that only logs them.
 */
public final class EngineVerticle extends VerticleBase implements EngineClient {
    private static final Logger LOG = LoggerFactory.getLogger(EngineVerticle.class);
    static final long TICK_MILLIS = 1_000;
    private static final CallControl UNCONNECTED = command ->
            LOG.debug("no call-control port connected, dropped {}", command);

    private final RoutingEngine engine;
    private final List<RoutingListener> listeners = new CopyOnWriteArrayList<>();
    private volatile CallControl port = UNCONNECTED;
    private volatile Context engineContext;
    private volatile boolean stopped;
    private long tickTimer = -1;

    public EngineVerticle(RoutingEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /** Connects the call-control port that executes the engine's commands (any thread). */
    public void connect(CallControl callControl) {
        this.port = Objects.requireNonNull(callControl, "callControl");
    }

    @Override
    public Future<?> start() {
        engineContext = context;
        stopped = false;
        tickTimer = vertx.setPeriodic(TICK_MILLIS, id -> handle(new RoutingEvent.Tick()));
        LOG.info("routing engine started");
        return Future.succeededFuture();
    }

    @Override
    public Future<?> stop() {
        stopped = true;
        vertx.cancelTimer(tickTimer);
        CompletableFuture<?>[] persisted = listeners.stream()
                .map(this::stopping)
                .map(CompletionStage::toCompletableFuture)
                .toArray(CompletableFuture[]::new);
        return Future.fromCompletionStage(CompletableFuture.allOf(persisted), context)
                .onSuccess(v -> LOG.info("routing engine stopped"));
    }

    @Override
    public void deliver(RoutingEvent event) {
        Objects.requireNonNull(event, "event");
        context().runOnContext(v -> handle(event));
    }

    @Override
    public <T> CompletionStage<T> read(Function<RoutingView, T> query) {
        CompletableFuture<T> result = new CompletableFuture<>();
        context().runOnContext(v -> {
            try {
                result.complete(query.apply(engine.view()));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    /**
     * Adds an earlier run's figures of today to the engine's statistics, on the engine's thread
     * (see {@link RoutingEngine#restoreStatistics}); completes with the number of rows added.
     * Any thread.
     */
    public CompletionStage<Integer> restoreStatistics(List<IntervalFigures> prior) {
        List<IntervalFigures> rows = List.copyOf(prior);
        CompletableFuture<Integer> result = new CompletableFuture<>();
        context().runOnContext(v -> {
            try {
                result.complete(engine.restoreStatistics(rows));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    @Override
    public Subscription subscribe(RoutingListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        return () -> listeners.remove(listener);
    }

    private Context context() {
        Context owner = engineContext;
        if (owner == null) {
            throw new IllegalStateException("routing engine not started");
        }
        return owner;
    }

    private void handle(RoutingEvent event) {
        if (stopped) {
            LOG.debug("routing engine stopped, dropped {}", event);
            return;
        }
        List<RoutingOutput> outputs;
        try {
            outputs = engine.handle(event);
        } catch (RuntimeException e) {
            LOG.error("routing engine failed on {}", event, e);
            return;
        }
        for (RoutingOutput output : outputs) {
            if (output instanceof RoutingCommand command) {
                execute(command);
            } else if (output instanceof RoutingFact.EventIgnored ignored) {
                LOG.debug("ignored {}: {}", ignored.event(), ignored.reason());
            }
            for (RoutingListener listener : listeners) {
                notify(listener, output);
            }
        }
    }

    private void execute(RoutingCommand command) {
        try {
            port.execute(command);
        } catch (RuntimeException e) {
            LOG.error("call-control port failed on {}", command, e);
        }
    }

    private static void notify(RoutingListener listener, RoutingOutput output) {
        try {
            listener.onOutput(output);
        } catch (RuntimeException e) {
            LOG.error("routing listener {} failed on {}", listener, output, e);
        }
    }

    private CompletionStage<Void> stopping(RoutingListener listener) {
        try {
            return listener.engineStopping().exceptionally(e -> {
                LOG.error("routing listener {} failed to persist on stop", listener, e);
                return null;
            });
        } catch (RuntimeException e) {
            LOG.error("routing listener {} failed to persist on stop", listener, e);
            return CompletableFuture.completedFuture(null);
        }
    }
}
