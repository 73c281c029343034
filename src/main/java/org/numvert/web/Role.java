package org.numvert.web;

/**
 * What a user may do, enforced on the server. Ordered: each role can do what the ones before it
 * can ({@link #atLeast}).
 */
public enum Role {
    /** Takes calls, searches the FAQ, proposes FAQ edits. */
    AGENT,
    /** Watches queues, moves agents, switches crisis mode, reads reports. */
    SUPERVISOR,
    /** Manages users, agents and skills. */
    ADMIN;

    public boolean atLeast(Role other) {
        return compareTo(other) >= 0;
    }
}
