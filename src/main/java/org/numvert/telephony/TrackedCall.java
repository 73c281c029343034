package org.numvert.telephony;

import org.numvert.routing.AgentId;
import org.numvert.routing.CallId;
import org.numvert.routing.EndedBy;

/**
 * What the gateway knows of one call the engine knows: its root channel (the caller's channel
 * for an inbound call, the agent's originated channel for a callback), the pending offer and
 * who hung up first. Its {@code uniqueId} is the Linkedid of every leg of the call.
 *
 * <p>Mutable; guarded by the {@link CallTracker} that owns it.
 */
final class TrackedCall {
    enum Kind { INBOUND, CALLBACK }

    final CallId id;
    final Kind kind;
    final String uniqueId;
    /** Order of registration, so a resynchronisation can leave newer calls alone. */
    final long sequence;
    /** The root channel's name (a callback's is known from its first event). */
    String channel;
    /** What the caller dialled (the hotline's number), used as the Exten of redirects. */
    final String dialled;
    AgentId offeredTo;
    /** When the current offer started, in the tracker's registration sequence. */
    long offerSequence;
    AgentId talkingTo;
    String agentChannel;
    /** The call was seen in the connect context since the current offer started. */
    boolean reachedConnect;
    String lastDialStatus;
    EndedBy endedBy;
    boolean hangUpRequested;

    TrackedCall(CallId id, Kind kind, String uniqueId, long sequence, String channel, String dialled) {
        this.id = id;
        this.kind = kind;
        this.uniqueId = uniqueId;
        this.sequence = sequence;
        this.channel = channel;
        this.dialled = dialled;
    }

    boolean offering() {
        return offeredTo != null;
    }

    /** Which side a channel of this call is on: the root's side, or the other party's. */
    EndedBy sideOf(String channelUniqueId, String channelName) {
        boolean rootSide = uniqueId.equals(channelUniqueId) || ChannelName.of(channel).samePairAs(channelName);
        if (kind == Kind.INBOUND) {
            return rootSide ? EndedBy.CALLER : EndedBy.AGENT;
        }
        return rootSide ? EndedBy.AGENT : EndedBy.CALLER;
    }
}
