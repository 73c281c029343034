package org.numvert.sim;

import org.numvert.routing.AgentId;
import org.numvert.routing.CallId;

/** A simulated caller (or callback task): what it will do, and where it stands. */
final class SimCall {
    final CallId id;
    final int group;
    final long handleMillis;
    boolean answered;
    boolean gone;
    /** Incremented at every offer; an answer scheduled for an older offer is stale. */
    int offers;
    AgentId agent;

    SimCall(CallId id, int group, long handleMillis) {
        this.id = id;
        this.group = group;
        this.handleMillis = handleMillis;
    }
}
