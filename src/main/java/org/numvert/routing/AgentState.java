package org.numvert.routing;

/** An agent's routing state. Exactly one per agent at any time; time in state is tracked. */
public enum AgentState {
    /** Not in the routing. */
    LOGGED_OUT,
    /** Waiting for a call. */
    READY,
    /** A call is being offered (the agent's phone rings). */
    RESERVED,
    /** In conversation. */
    ON_CALL,
    /** After-call work, timed per group; the agent may end it early. */
    WRAP_UP,
    /** Logged in but not taking calls, with a {@link PauseReason}. */
    PAUSED
}
