package org.numvert.routing;

/** How a supervisor joins an agent's call (ChanSpy on Asterisk). */
public enum SupervisionMode {
    /** Hear both sides, heard by nobody. */
    LISTEN,
    /** Heard by the agent only. */
    WHISPER,
    /** Heard by both sides. */
    BARGE
}
