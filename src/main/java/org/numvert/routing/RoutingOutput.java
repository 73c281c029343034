package org.numvert.routing;

/**
 * Everything the engine emits for one event: {@link RoutingCommand}s for the call-control port
 * and {@link RoutingFact}s for records, statistics and live views.
 */
public sealed interface RoutingOutput permits RoutingCommand, RoutingFact {
}
