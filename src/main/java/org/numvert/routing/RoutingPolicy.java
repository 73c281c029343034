package org.numvert.routing;

/**
 * How the engine chooses between waiting calls and free agents.
 *
 * <p>{@link #GLOBAL} is numvert's routing. {@link #PER_QUEUE} exists as a baseline for the
 * discrete-event simulator, so that a report can show what global routing gains over the way
 * Asterisk's app_queue behaves; it is not meant for production.
 */
public enum RoutingPolicy {
    /**
     * An agent takes the most urgent call across all the groups it may serve: priority first,
     * then wait relative to the group's service-level target. A call takes the best-skilled,
     * then longest-idle eligible agent.
     */
    GLOBAL,
    /**
     * Each group decides on its own, like app_queue's {@code rrmemory} with agents in several
     * queues: a freed agent serves its groups in turn (round robin over its groups, whatever
     * the waits), and a group rings its eligible agents in turn (round robin remembering the
     * last one, best proficiency first as app_queue's penalties would).
     */
    PER_QUEUE
}
