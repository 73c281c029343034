package org.numvert.routing;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Receives everything the engine emits (commands and facts), in order: records, statistics,
 * live pages and meters subscribe with {@link EngineClient#subscribe}.
 *
 * <p>Threading: {@link #onOutput} runs on the engine's thread and must not block (no JDBC, no
 * I/O): hand the output to your own thread or worker pool. An exception thrown here is logged
 * by the host and does not stop the engine.
 */
@FunctionalInterface
public interface RoutingListener {

    void onOutput(RoutingOutput output);

    /**
     * The engine is stopping: no more outputs will come. Persist what is buffered and complete
     * the stage when done; the host waits for it (within its stop timeout) before the database
     * closes.
     */
    default CompletionStage<Void> engineStopping() {
        return CompletableFuture.completedFuture(null);
    }
}
