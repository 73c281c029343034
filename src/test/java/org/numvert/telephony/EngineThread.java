package org.numvert.telephony;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.numvert.routing.AgentId;
import org.numvert.routing.AgentProfile;
import org.numvert.routing.CallControl;
import org.numvert.routing.EngineClient;
import org.numvert.routing.GroupId;
import org.numvert.routing.Organisation;
import org.numvert.routing.RoutingCommand;
import org.numvert.routing.RoutingEngine;
import org.numvert.routing.RoutingEvent;
import org.numvert.routing.RoutingFact;
import org.numvert.routing.RoutingListener;
import org.numvert.routing.RoutingOutput;
import org.numvert.routing.RoutingSettings;
import org.numvert.routing.RoutingView;

/**
 * The real routing engine on one thread of its own, as the service hosts it: events from the
 * gateway in, commands out to the gateway, facts kept for assertions. Its clock stands still
 * unless a test moves it, so no ring time-out fires behind a test's back.
 */
final class EngineThread implements EngineClient, AutoCloseable {
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "test-engine");
        t.setDaemon(true);
        return t;
    });
    private final RoutingEngine engine = new RoutingEngine(RoutingSettings.DEFAULTS, InstantSource.fixed(TestIvr.OPEN));
    private final List<RoutingOutput> outputs = new CopyOnWriteArrayList<>();
    private final List<RoutingListener> listeners = new CopyOnWriteArrayList<>();
    private volatile CallControl port = command -> { };

    void connect(CallControl callControl) {
        this.port = callControl;
    }

    @Override
    public void deliver(RoutingEvent event) {
        thread.execute(() -> {
            for (RoutingOutput output : engine.handle(event)) {
                outputs.add(output);
                if (output instanceof RoutingCommand command) {
                    port.execute(command);
                }
                listeners.forEach(listener -> listener.onOutput(output));
            }
        });
    }

    @Override
    public <T> CompletionStage<T> read(Function<RoutingView, T> query) {
        return CompletableFuture.supplyAsync(() -> query.apply(engine.view()), thread);
    }

    @Override
    public Subscription subscribe(RoutingListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** An agent skilled in {@code group}, dialled at {@code contact}, logged in; ready if asked. */
    void agent(String id, String contact, String group, boolean ready) {
        AgentId agent = new AgentId(id);
        deliver(new RoutingEvent.AgentConfigured(new AgentProfile(agent, "Agent " + id, Organisation.REGION, contact,
                Map.of(new GroupId(group), 3))));
        deliver(new RoutingEvent.AgentLoggedIn(agent));
        if (ready) {
            deliver(new RoutingEvent.AgentReady(agent));
        }
    }

    <T extends RoutingOutput> List<T> outputs(Class<T> type) {
        return outputs.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Waits until the engine emitted an output of {@code type} matching {@code which}. */
    <T extends RoutingOutput> T await(Class<T> type, Predicate<T> which) {
        return Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> outputs(type).stream().filter(which).findFirst(), found -> found.isPresent())
                .orElseThrow();
    }

    <T extends RoutingOutput> T await(Class<T> type) {
        return await(type, output -> true);
    }

    List<RoutingFact> facts() {
        return outputs(RoutingFact.class);
    }

    static Instant now() {
        return TestIvr.OPEN;
    }

    @Override
    public void close() throws InterruptedException {
        thread.shutdown();
        thread.awaitTermination(5, TimeUnit.SECONDS);
    }
}
