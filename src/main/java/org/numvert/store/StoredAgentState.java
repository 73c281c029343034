package org.numvert.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.numvert.routing.AgentId;
import org.numvert.routing.PauseReason;

/**
 * The part of an agent's routing state that survives a restart: logged in or out, and paused
 * with a reason or available. Ringing, on a call and wrap-up are not kept (calls do not survive
 * a restart): an agent busy when the service stopped comes back available.
 */
public record StoredAgentState(AgentId agent, boolean loggedIn, Optional<PauseReason> pause, Instant changedAt) {
    public StoredAgentState {
        Objects.requireNonNull(agent, "agent");
        pause = loggedIn ? Objects.requireNonNullElse(pause, Optional.empty()) : Optional.empty();
        Objects.requireNonNull(changedAt, "changedAt");
    }

    public static StoredAgentState loggedOut(AgentId agent, Instant at) {
        return new StoredAgentState(agent, false, Optional.empty(), at);
    }

    public static StoredAgentState available(AgentId agent, Instant at) {
        return new StoredAgentState(agent, true, Optional.empty(), at);
    }

    public static StoredAgentState paused(AgentId agent, PauseReason reason, Instant at) {
        return new StoredAgentState(agent, true, Optional.of(reason), at);
    }

    /** The same state, whatever the time it was reached. */
    public boolean sameAs(StoredAgentState other) {
        return other != null && agent.equals(other.agent) && loggedIn == other.loggedIn && pause.equals(other.pause);
    }
}
