package org.numvert.routing;

/**
 * Where ports, pages and timers deliver {@link RoutingEvent}s. Implementations hand the event to
 * the engine's own thread and return at once; callable from any thread.
 */
@FunctionalInterface
public interface RoutingEventSink {
    void deliver(RoutingEvent event);
}
