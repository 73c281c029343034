package org.numvert.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Predicate;
import org.numvert.routing.AgentId;
import org.numvert.routing.AgentState;
import org.numvert.routing.RoutingFact;
import org.numvert.routing.RoutingListener;
import org.numvert.routing.RoutingOutput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores the routing state of stored agents at every change, so that a restart finds them logged
 * in, ready or paused as they were. The engine's thread only notes the latest state of each agent;
 * one write at a time runs on the database workers and takes every state noted meanwhile, so
 * writes stay in order and a burst of changes costs one transaction.
 *
 * <p>Threading: {@link #onOutput} on the engine's thread; the writes on a {@code numvert-db}
 * worker; the two meet under this object's lock.
 */
final class AgentStateRecorder implements RoutingListener {
    private static final Logger LOG = LoggerFactory.getLogger(AgentStateRecorder.class);

    private final Database database;
    private final AgentStateRepository repository;
    private final Predicate<AgentId> stored;
    private final Map<AgentId, StoredAgentState> pending = new LinkedHashMap<>();
    private final Map<AgentId, StoredAgentState> written = new LinkedHashMap<>();
    private final List<CompletableFuture<Void>> drainWaiters = new ArrayList<>();
    private boolean writing;

    AgentStateRecorder(Database database, AgentStateRepository repository, Predicate<AgentId> stored) {
        this.database = database;
        this.repository = repository;
        this.stored = stored;
    }

    @Override
    public void onOutput(RoutingOutput output) {
        if (output instanceof RoutingFact.AgentStateChanged change && stored.test(change.agent())) {
            note(persisted(change));
        }
    }

    /** The state to keep after {@code change}: busy states are kept as logged in and available. */
    static StoredAgentState persisted(RoutingFact.AgentStateChanged change) {
        Instant at = Instant.ofEpochMilli(change.atMillis());
        if (change.to() == AgentState.LOGGED_OUT) {
            return StoredAgentState.loggedOut(change.agent(), at);
        }
        if (change.to() == AgentState.PAUSED && change.reason() != null) {
            return StoredAgentState.paused(change.agent(), change.reason(), at);
        }
        return StoredAgentState.available(change.agent(), at);
    }

    /** Completes once every state noted so far is stored. */
    @Override
    public synchronized CompletionStage<Void> engineStopping() {
        if (!writing && pending.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        drainWaiters.add(done);
        return done;
    }

    private synchronized void note(StoredAgentState state) {
        if (state.sameAs(pending.containsKey(state.agent()) ? pending.get(state.agent()) : written.get(state.agent()))) {
            return;
        }
        pending.put(state.agent(), state);
        if (!writing) {
            writeNext();
        }
    }

    /** Starts writing what is pending; called with the lock held. */
    private void writeNext() {
        if (pending.isEmpty()) {
            writing = false;
            drainWaiters.forEach(w -> w.complete(null));
            drainWaiters.clear();
            return;
        }
        writing = true;
        List<StoredAgentState> batch = new ArrayList<>(pending.values());
        pending.clear();
        database.async(() -> {
            repository.saveAll(batch);
            return null;
        }).onComplete(result -> written(batch, result.failed() ? result.cause() : null));
    }

    private synchronized void written(List<StoredAgentState> batch, Throwable failure) {
        if (failure == null) {
            batch.forEach(s -> written.put(s.agent(), s));
            writeNext();
            return;
        }
        LOG.error("agent routing states could not be stored ({} agent(s)); retried at the next change",
                batch.size(), failure);
        batch.forEach(s -> pending.putIfAbsent(s.agent(), s));
        writing = false;
        drainWaiters.forEach(w -> w.completeExceptionally(failure));
        drainWaiters.clear();
    }
}
