package org.numvert.routing;

import java.util.List;
import java.util.Optional;

/**
 * Read-only view of the engine's state: live figures, agents, queues, wait estimates and
 * today's interval statistics.
 *
 * <p>Threading: a view reads the engine's plain maps, so it may only be used on the engine's
 * thread, which is why other threads reach it through {@link EngineClient#read}. Every value it
 * returns is an immutable snapshot that may then travel to any thread.
 *
 * <p>Wait estimates replay the queue on the group's staffed agents: each agent frees up after its
 * expected remaining work (exactly known for wrap-up, estimated from the group's recent handle
 * times for calls in progress), and the calls ahead take the agents in turn. Unlike app_queue's
 * smoothed average of past waits, the estimate follows the caller's position and the staffing of
 * the moment.
 */
public interface RoutingView {

    /** The engine clock, epoch milliseconds. */
    long nowMillis();

    /** Every skill group the engine knows, by id. */
    List<SkillGroup> groups();

    Optional<SkillGroup> group(GroupId id);

    /** Live and today's figures of every group, by group id. */
    List<GroupFigures> figures();

    Optional<GroupFigures> figures(GroupId id);

    /** Every configured agent, by id. */
    List<AgentStatus> agents();

    Optional<AgentStatus> agent(AgentId id);

    /**
     * The group's queue in the order the group serves it: the calls ringing an agent first, then
     * the waiting ones by priority and original enqueue time, callback tasks last; each waiting
     * call with its position and estimated wait.
     */
    List<CallStatus> queue(GroupId id);

    /** Every call the engine holds (waiting, ringing, talking, in wrap-up). */
    List<CallStatus> calls();

    /** One call, with its position and estimated wait while it waits. */
    Optional<CallStatus> call(CallId id);

    /**
     * Estimated wait of a caller who would enter {@code group} now with {@code priority}, in
     * milliseconds (for the hold announcement and the IVR's decision to offer a callback); -1
     * when nobody staffs the group or the group is unknown.
     */
    long estimatedWaitMillis(GroupId group, int priority);

    /** Today's figures (Europe/Paris day unless the engine was given another zone) of a group. */
    IntervalFigures today(GroupId group);

    /** Today's figures of all groups together (occupancy counts each agent once). */
    IntervalFigures todayTotal();

    /** Today's 15-minute intervals of a group, oldest first, the current one last. */
    List<IntervalFigures> intervalsToday(GroupId group);
}
