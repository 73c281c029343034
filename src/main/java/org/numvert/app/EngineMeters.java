package org.numvert.app;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.numvert.routing.AgentId;
import org.numvert.routing.AgentState;
import org.numvert.routing.GroupId;
import org.numvert.routing.RoutingFact;
import org.numvert.routing.RoutingListener;
import org.numvert.routing.RoutingOutput;

/**
 * numvert's own Prometheus series, folded from the engine's facts: gauges
 * {@code numvert_calls_waiting{group}} and {@code numvert_agents{state}}, counters
 * {@code numvert_calls_offered_total}, {@code numvert_calls_answered_total},
 * {@code numvert_calls_abandoned_total} (with {@code short="true|false"}) and
 * {@code numvert_calls_overflowed_total} by group, {@code numvert_callbacks_failed_total} (callback
 * attempts that did not reach the customer, with {@code given_up="true|false"}) by group.
 *
 * <p>Threading: {@link #onOutput} runs on the engine's thread; the gauges' values are atomics
 * read by the scrape on another thread.
 */
final class EngineMeters implements RoutingListener {
    private final MeterRegistry registry;
    private final Map<GroupId, AtomicInteger> waiting = new ConcurrentHashMap<>();
    private final Map<AgentState, AtomicInteger> agents = new EnumMap<>(AgentState.class);
    private final Set<AgentId> known = new HashSet<>();

    EngineMeters(MeterRegistry registry) {
        this.registry = registry;
        for (AgentState state : AgentState.values()) {
            AtomicInteger count = new AtomicInteger();
            agents.put(state, count);
            Gauge.builder("numvert.agents", count, AtomicInteger::get)
                    .description("Agents by routing state").tag("state", state.name())
                    .register(registry);
        }
    }

    @Override
    public void onOutput(RoutingOutput output) {
        if (output instanceof RoutingFact.CallQueued f) {
            waiting(f.group()).incrementAndGet();
            counter("numvert.calls.offered", f.group()).increment();
        } else if (output instanceof RoutingFact.CallAnswered f) {
            waiting(f.group()).decrementAndGet();
            counter("numvert.calls.answered", f.group()).increment();
        } else if (output instanceof RoutingFact.CallAbandoned f) {
            waiting(f.group()).decrementAndGet();
            Counter.builder("numvert.calls.abandoned").tag("group", f.group().value())
                    .tag("short", Boolean.toString(f.shortAbandon())).register(registry).increment();
        } else if (output instanceof RoutingFact.CallOverflowed f) {
            waiting(f.group()).decrementAndGet();
            counter("numvert.calls.overflowed", f.group()).increment();
        } else if (output instanceof RoutingFact.CallbackFailed f) {
            Counter.builder("numvert.callbacks.failed").tag("group", f.group().value())
                    .tag("given_up", Boolean.toString(f.givenUp())).register(registry).increment();
        } else if (output instanceof RoutingFact.AgentProfileChanged f) {
            if (known.add(f.profile().id())) {
                agents.get(AgentState.LOGGED_OUT).incrementAndGet();
            }
        } else if (output instanceof RoutingFact.AgentStateChanged f) {
            agents.get(f.from()).decrementAndGet();
            agents.get(f.to()).incrementAndGet();
        }
    }

    private AtomicInteger waiting(GroupId group) {
        return waiting.computeIfAbsent(group, g -> {
            AtomicInteger count = new AtomicInteger();
            Gauge.builder("numvert.calls.waiting", count, AtomicInteger::get)
                    .description("Callers waiting in the group's queue (ringing included)")
                    .tag("group", g.value()).register(registry);
            return count;
        });
    }

    private Counter counter(String name, GroupId group) {
        return Counter.builder(name).tag("group", group.value()).register(registry);
    }
}
