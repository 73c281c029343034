package org.numvert.routing;

/** Where a call the engine holds stands. A call leaves the engine after its wrap-up. */
public enum CallPhase {
    /** In its group's queue, not offered to anyone. */
    WAITING,
    /** Offered to one agent, whose phone rings; still counted as waiting in the figures. */
    RINGING,
    /** In conversation with its agent. */
    TALKING,
    /** The conversation ended; its agent is in wrap-up. */
    WRAP_UP
}
