/**
 * The routing engine (ACD): which waiting call goes to which agent, globally across skill groups.
 *
 * <p>Pure and single-threaded: events in ({@link org.numvert.routing.RoutingEvent}), outputs out
 * ({@link org.numvert.routing.RoutingCommand} for the call-control port, {@link
 * org.numvert.routing.RoutingFact} for records and live views). Time is read from an injected
 * {@link java.time.InstantSource}; timers arrive as {@link org.numvert.routing.RoutingEvent.Tick}.
 * No I/O, no threads; this package imports only {@code java.*} (checked by the build).
 *
 * <p>The same engine runs behind the three implementations of {@link
 * org.numvert.routing.CallControl}: the Asterisk gateway, the real-time simulated PBX and the
 * discrete-event simulator. It cannot tell them apart.
 */
package org.numvert.routing;
