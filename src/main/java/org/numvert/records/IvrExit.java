package org.numvert.records;

/** How a call left the IVR, as a host reports it ({@link CallJournal#ivrLeft}). */
public enum IvrExit {
    /** Routed to a skill group: the engine takes over. */
    QUEUED,
    /** Sent to a voicemail box. */
    VOICEMAIL,
    /** A callback was registered from the IVR. */
    CALLBACK,
    /** The script hung up (closed, holiday, information message). */
    HUNG_UP,
    /** The caller hung up during the IVR. */
    CALLER_HUNG_UP
}
