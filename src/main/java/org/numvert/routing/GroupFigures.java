package org.numvert.routing;

import java.util.Map;

/**
 * Live figures of one skill group plus its figures of today (immutable snapshot).
 *
 * @param waiting             callers in queue, those ringing an agent included (DESIGN.md)
 * @param ringing             calls being offered to an agent right now (callers, counted in
 *                            {@code waiting}, and callback tasks)
 * @param callbacksWaiting    callback tasks not yet started
 * @param callbacksToRetry    callback tasks whose customer could not be reached, waiting for
 *                            their retry time (out of the queue until then)
 * @param longestWaitMillis   wait of the longest-waiting caller in queue (0 when none)
 * @param agentsByState       agents skilled in the group, by state (every state present)
 * @param estimatedWaitMillis estimated wait of a new caller of priority 0 (-1: nobody staffs
 *                            the group, no estimate)
 * @param today               today's figures (Europe/Paris day) from the interval statistics
 */
public record GroupFigures(SkillGroup group, int waiting, int ringing, int callbacksWaiting,
        int callbacksToRetry, long longestWaitMillis, Map<AgentState, Integer> agentsByState, long estimatedWaitMillis,
        IntervalFigures today) {

    public GroupId id() {
        return group.id();
    }
}
