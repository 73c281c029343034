package org.numvert.routing;

import java.util.List;

/**
 * A snapshot of one call the engine holds (immutable, safe to hand to other threads).
 *
 * @param callback            whether this is a callback task (numvert calls the customer back)
 *                            rather than a caller on hold
 * @param enqueuedAtMillis    the original enqueue time (kept when the call moved to another group)
 * @param waitedMillis        time waited in queue: until now while waiting or ringing, until the
 *                            answer afterwards
 * @param phaseSinceMillis    when the call entered {@code phase}
 * @param agent               the agent ringing, talking or wrapping up; {@code null} while waiting
 * @param position            1-based place among the calls not yet offered of its group (0
 *                            unless WAITING)
 * @param estimatedWaitMillis estimated remaining wait (0 unless WAITING; see {@link RoutingView})
 */
public record CallStatus(CallId call, CallPhase phase, boolean callback, HotlineId hotline,
        GroupId group, int priority, CallerNumber caller, String topic, List<String> choices,
        long enqueuedAtMillis, long waitedMillis, long phaseSinceMillis, AgentId agent,
        int position, long estimatedWaitMillis) {
}
