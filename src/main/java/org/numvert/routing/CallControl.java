package org.numvert.routing;

/**
 * The call-control port (DESIGN.md, decision 2): carries out the engine's commands on a PBX.
 * Implemented by the Asterisk gateway, the real-time simulated PBX and the discrete-event
 * simulator.
 *
 * <p>Threading: {@link #execute} is called on the engine's thread and must not block; outcomes
 * are reported later through the {@link RoutingEventSink} the port was given.
 */
public interface CallControl {

    void execute(RoutingCommand command);

    /** Whether supervisors can listen / whisper / barge (Asterisk yes, simulators no). */
    default boolean supportsSupervision() {
        return false;
    }
}
