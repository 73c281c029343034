package org.numvert.sim;

import org.numvert.ivr.IvrSession;
import org.numvert.ivr.Overflow;
import org.numvert.routing.AgentId;
import org.numvert.routing.CallId;
import org.numvert.routing.CallerNumber;
import org.numvert.routing.HotlineId;

/** One call of the real-time simulated PBX (a caller, or a callback task's customer), on the PBX's thread. */
final class PbxCall {
    enum Phase {
        /** In the IVR. */
        IVR,
        /** Queued, waiting for an agent (an agent's phone may be ringing). */
        WAITING,
        /** In conversation with an agent. */
        TALKING,
        /** Hearing an overflow message, or leaving a voicemail. */
        LEAVING,
        /** Over. */
        ENDED
    }

    final CallId id;
    final CallerNumber number;
    final boolean callback;
    IvrSession session;
    HotlineId hotline;
    Overflow overflow = new Overflow.None();
    Phase phase;
    AgentId agent;
    /** The pending step of this call (IVR step, message, conversation end), -1 if none. */
    long timer = -1;
    /** The caller's patience while waiting, -1 if none. */
    long patience = -1;

    PbxCall(CallId id, CallerNumber number, boolean callback, Phase phase) {
        this.id = id;
        this.number = number;
        this.callback = callback;
        this.phase = phase;
    }

    boolean ended() {
        return phase == Phase.ENDED;
    }
}
