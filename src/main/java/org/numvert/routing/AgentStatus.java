package org.numvert.routing;

/**
 * A snapshot of one agent as the engine sees it (immutable, safe to hand to other threads).
 *
 * @param pauseReason     why the agent is paused; {@code null} unless {@code state} is PAUSED
 * @param stateSinceMillis when the agent entered {@code state} (epoch milliseconds, engine clock)
 * @param timeInStateMillis how long it has been in {@code state} at the snapshot
 * @param call            the call it is ringing for, talking on or wrapping up; {@code null} if none
 * @param callGroup       the group of {@code call}; {@code null} if none
 * @param afterCall       the state the agent asked for while busy (PAUSED or LOGGED_OUT), taken
 *                        when its current call and wrap-up end; {@code null} if none
 */
public record AgentStatus(AgentProfile profile, AgentState state, PauseReason pauseReason,
        long stateSinceMillis, long timeInStateMillis, CallId call, GroupId callGroup,
        AgentState afterCall) {

    public AgentId id() {
        return profile.id();
    }
}
