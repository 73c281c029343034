package org.numvert.records;

/** The kinds of rows of the call event log ({@code call_event.kind}). */
public enum EventKind {
    // from the routing engine (RoutingFact)
    QUEUED, OFFERED, OFFER_MISSED, ANSWERED, ABANDONED, OVERFLOWED, CALLBACK_REQUESTED,
    CALLBACK_STARTED, CALLBACK_CANCELLED, COMPLETED, WRAPPED_UP, WRAP_UP_CODED, AGENT_STATE,
    AGENT_PROFILE, GROUP_SETTINGS, CALLBACK_FAILED, CALLBACK_RETRIED, CALLBACK_RESTORED,
    // from the hosts (CallJournal)
    IVR_ENTERED, IVR_CHOICE, IVR_LEFT, TRANSFERRED, CALL_GONE,
    // from the records: the run ended (clean stop, or closed at the next start after a crash)
    RUN_ENDED
}
