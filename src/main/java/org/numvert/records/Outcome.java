package org.numvert.records;

/** A call's outcome in its summary ({@code call_summary.outcome}). */
public enum Outcome {
    /** Still in the IVR, waiting, ringing, or a callback not yet started. */
    IN_PROGRESS,
    /** An agent answered (the conversation may still go on: see {@code endedAt}). */
    ANSWERED,
    /** The caller hung up in queue after the short-abandon limit. */
    ABANDONED,
    /** The caller hung up within the short-abandon limit (not counted against SL). */
    SHORT_ABANDONED,
    /** The call left by its overflow action: voicemail, closed message, callback offer. */
    OVERFLOWED,
    /** The caller asked to be called back (see the callback's own summary). */
    CALLBACK_REQUESTED,
    /** A callback task: the agent called the customer back. */
    CALLBACK_MADE,
    /** A callback task given up: none of its attempts reached the customer. */
    CALLBACK_FAILED,
    /** A callback task that ended before an agent started it. */
    CALLBACK_CANCELLED,
    /**
     * A callback task still owed to its customer when the run ended (queued, or waiting for its
     * retry): the next run takes it over, and its summary in that run continues it. A hand-over,
     * not an end: counted in no figure.
     */
    CALLBACK_CARRIED,
    /** The call ended in the IVR without queueing. */
    IVR_ONLY,
    /** The service stopped (or crashed) before the call was answered or gone. */
    INTERRUPTED
}
