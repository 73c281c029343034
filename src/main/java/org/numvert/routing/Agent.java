package org.numvert.routing;

import java.util.List;

/** An agent as the engine tracks it. Mutable, owned by the engine's thread. */
final class Agent {
    /** Creation order: the round-robin order of the per-queue baseline. */
    final int ordinal;
    AgentProfile profile;
    AgentState state = AgentState.LOGGED_OUT;
    PauseReason reason;
    long stateSince;
    /** Since when the agent has had no work: the longest-idle tie-break. */
    long idleSince;
    /** The call it rings for, talks on or wraps up. */
    Call call;
    CallId lastCall;
    /** PAUSED or LOGGED_OUT when asked for while on a call: taken after the wrap-up. */
    AgentState afterCall;
    PauseReason afterCallReason;
    /** Paused by the engine because its phone cannot be reached: made ready when it can. */
    boolean pausedForPhone;
    Timers.Timer timer;
    /** Groups whose calls the agent may take (own skills and escalations into them). */
    List<GroupQueue> candidates;
    long candidatesVersion = -1;
    /** Per-queue baseline: where the agent's round robin over its groups resumes. */
    int rotation;
    /** The existing groups of its skills and its proficiency in each (resolved once per change). */
    GroupQueue[] skilledQueues = new GroupQueue[0];
    int[] skilledLevels = new int[0];
    long skillsVersion = -1;

    Agent(AgentProfile profile, int ordinal, long now) {
        this.profile = profile;
        this.ordinal = ordinal;
        this.stateSince = now;
        this.idleSince = now;
    }

    AgentId id() {
        return profile.id();
    }

    int proficiency(GroupId group) {
        Integer level = profile.skills().get(group);
        return level == null ? 0 : level;
    }

    /** Logged in and not paused: counts as staffing its groups. */
    static boolean staffs(AgentState state) {
        return state != AgentState.LOGGED_OUT && state != AgentState.PAUSED;
    }
}
