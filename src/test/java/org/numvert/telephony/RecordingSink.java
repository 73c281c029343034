package org.numvert.telephony;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.numvert.routing.RoutingEvent;
import org.numvert.routing.RoutingEventSink;

/** The engine's sink in protocol tests: keeps every event, in order of delivery. */
final class RecordingSink implements RoutingEventSink {
    private final List<RoutingEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void deliver(RoutingEvent event) {
        events.add(event);
    }

    List<RoutingEvent> events() {
        return List.copyOf(events);
    }

    <T extends RoutingEvent> List<T> events(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Waits until an event of {@code type} matching {@code which} arrived, and returns it. */
    <T extends RoutingEvent> T await(Class<T> type, Predicate<T> which) {
        return Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> events(type).stream().filter(which).findFirst(), found -> found.isPresent())
                .orElseThrow();
    }

    <T extends RoutingEvent> T await(Class<T> type) {
        return await(type, event -> true);
    }
}
