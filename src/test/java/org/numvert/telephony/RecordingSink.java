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

    /** The events about calls matching {@code which}, in order (agents' events left out). */
    List<RoutingEvent> events(Predicate<org.numvert.routing.CallId> which) {
        return events.stream().filter(e -> callOf(e) != null && which.test(callOf(e))).toList();
    }

    private static org.numvert.routing.CallId callOf(RoutingEvent event) {
        for (var component : event.getClass().getRecordComponents()) {
            if (component.getName().equals("call")) {
                try {
                    return (org.numvert.routing.CallId) component.getAccessor().invoke(event);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return null;
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
