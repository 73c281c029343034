package org.numvert.sim;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.numvert.routing.CallControl;
import org.numvert.routing.EngineClient;
import org.numvert.routing.RoutingCommand;
import org.numvert.routing.RoutingEngine;
import org.numvert.routing.RoutingEvent;
import org.numvert.routing.RoutingFact;
import org.numvert.routing.RoutingListener;
import org.numvert.routing.RoutingOutput;
import org.numvert.routing.RoutingSettings;
import org.numvert.routing.RoutingView;

/**
 * The real routing engine on the {@link ManualScheduler}'s thread and clock, as the service hosts
 * it: events are handled in order (never inside another event), commands go to the port, every
 * output to the listeners, and a tick every second. Keeps every fact for the test's assertions.
 */
final class SyncEngine implements EngineClient {
    final RoutingEngine engine;
    final List<RoutingFact> facts = new ArrayList<>();
    private final ManualScheduler scheduler;
    private final List<RoutingListener> listeners = new CopyOnWriteArrayList<>();
    private CallControl port = command -> { };

    SyncEngine(ManualScheduler scheduler) {
        this.scheduler = scheduler;
        this.engine = new RoutingEngine(RoutingSettings.DEFAULTS, () -> Instant.ofEpochMilli(scheduler.nowMillis()));
        tick();
    }

    void connect(CallControl callControl) {
        this.port = callControl;
    }

    private void tick() {
        scheduler.schedule(1_000, () -> {
            handle(new RoutingEvent.Tick());
            tick();
        });
    }

    @Override
    public void deliver(RoutingEvent event) {
        scheduler.execute(() -> handle(event));
    }

    private void handle(RoutingEvent event) {
        for (RoutingOutput output : engine.handle(event)) {
            if (output instanceof RoutingCommand command) {
                port.execute(command);
            } else {
                facts.add((RoutingFact) output);
            }
            listeners.forEach(l -> l.onOutput(output));
        }
    }

    @Override
    public <T> CompletionStage<T> read(Function<RoutingView, T> query) {
        return CompletableFuture.completedFuture(query.apply(engine.view()));
    }

    @Override
    public Subscription subscribe(RoutingListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    <T extends RoutingFact> List<T> facts(Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
