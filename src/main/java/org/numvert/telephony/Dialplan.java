package org.numvert.telephony;

/**
 * Names shared with the shipped dialplan ({@code src/main/asterisk/extensions-numvert.conf}):
 * contexts numvert redirects or originates calls into, and the channel variables both sides
 * read and write. Changing one here means changing it there.
 */
final class Dialplan {
    /** Waiting loop: music on hold, then the {@code hold} FastAGI script, and again. */
    static final String HOLD = "numvert-hold";
    /** Redirect target that dials {@link #AGENT_DIAL}; on no answer, back to {@link #HOLD}. */
    static final String CONNECT = "numvert-connect";
    /** Originate target of callbacks: the agent's channel dials the customer's number. */
    static final String CALLBACK = "numvert-callback";
    /** Overflow actions: extensions {@code voicemail}, {@code closed}, {@code callback}. */
    static final String OVERFLOW = "numvert-overflow";

    /** Skill group of a waiting caller; set by the {@code ivr} script, read on resync. */
    static final String GROUP = "NUMVERT_GROUP";
    /** Hotline of the call (its id); set by the {@code ivr} script, read on resync. */
    static final String HOTLINE = "NUMVERT_HOTLINE";
    /** The agent's dial string ({@code PJSIP/1001}, {@code Local/06...@numvert-outbound}). */
    static final String AGENT_DIAL = "NUMVERT_AGENT_DIAL";
    static final String RING_TIMEOUT = "NUMVERT_RING_TIMEOUT";
    /** The offered agent's id, for CDRs and for rebuilding state after a reconnection. */
    static final String AGENT = "NUMVERT_AGENT";
    /** Set to 1 by the {@code hold} script when the caller asked for a callback. */
    static final String CALLBACK_REQUESTED = "NUMVERT_CALLBACK_REQUESTED";
    /** Voicemail box the IVR sent the caller to; the dialplan runs VoiceMail when it is set. */
    static final String VOICEMAIL = "NUMVERT_VOICEMAIL";
    /** Voicemail box of the call's overflow action (read by {@code numvert-overflow}). */
    static final String OVERFLOW_BOX = "NUMVERT_OVERFLOW_BOX";
    /** Message of the call's overflow action (sound file, read by {@code numvert-overflow}). */
    static final String OVERFLOW_PROMPT = "NUMVERT_OVERFLOW_PROMPT";
    /** {@code UserEvent} the connect context sends when the Dial did not reach the agent. */
    static final String NO_ANSWER_EVENT = "NumvertNoAnswer";

    private Dialplan() {
    }
}
