package org.numvert.routing;

import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * How the rest of numvert reaches the engine from any thread: events in ({@link #deliver}),
 * consistent reads ({@link #read}), and outputs out ({@link #subscribe}).
 *
 * <p>The engine is single-threaded (DESIGN.md, decision 4); an implementation hands every call
 * over to the engine's thread and returns at once. Events delivered from one thread are handled
 * in the order they were delivered. JDK types only, so that every package may depend on it.
 */
public interface EngineClient extends RoutingEventSink {

    /**
     * Runs {@code query} on the engine's thread, between two events, and completes with its
     * result (or its exception). The query must be quick and must return immutable data (the
     * snapshots of {@link RoutingView} are); it must not keep the view.
     */
    <T> CompletionStage<T> read(Function<RoutingView, T> query);

    /**
     * Registers a listener for every later output. Subscribe at wiring time, before events flow,
     * to miss nothing; subscribing later is allowed (live pages) and sees outputs from then on.
     */
    Subscription subscribe(RoutingListener listener);

    /** A registration that can be cancelled. */
    @FunctionalInterface
    interface Subscription {
        void cancel();
    }
}
