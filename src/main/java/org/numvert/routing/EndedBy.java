package org.numvert.routing;

/** Which side ended a call, as far as the PBX can tell. */
public enum EndedBy {
    CALLER,
    AGENT,
    /** numvert or a supervisor hung the call up. */
    SYSTEM,
    /** The PBX cannot tell (for example a call found gone after a reconnection). */
    UNKNOWN
}
