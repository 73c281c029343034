package org.numvert.telephony;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.numvert.routing.AgentId;
import org.numvert.routing.CallId;
import org.numvert.routing.EndedBy;
import org.numvert.routing.RoutingEvent;
import org.numvert.routing.RoutingEvent.CallEnded;
import org.numvert.routing.RoutingEvent.CallEntered;
import org.numvert.routing.RoutingEvent.CallbackFailed;
import org.numvert.routing.RoutingEvent.OfferAnswered;
import org.numvert.routing.RoutingEvent.OfferFailed;
import org.numvert.routing.RoutingEventSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The calls the engine knows, as Asterisk shows them, and the one place that turns what happens
 * to their channels into engine events: each engine event is delivered once, in order.
 *
 * <p>Fed by three kinds of threads: FastAGI sessions ({@link #enter}), the call control on the
 * AMI worker (offers, hang-ups) and asterisk-java's dispatch thread (channel facts). Every method
 * is synchronized on this tracker and only updates maps and hands events to the sink, which
 * returns at once; nothing here blocks.
 */
final class CallTracker {
    private static final Logger LOG = LoggerFactory.getLogger(CallTracker.class);
    private static final int REMEMBERED_HANGUPS = 10_000;

    private final RoutingEventSink sink;
    private final Map<String, TrackedCall> byUniqueId = new HashMap<>();
    private final Map<CallId, TrackedCall> byCallId = new HashMap<>();
    /** Root channels that hung up, for the IVR that registers a call after its caller left. */
    private final RecentHangups hungUp = new RecentHangups(REMEMBERED_HANGUPS);
    private long sequence;

    CallTracker(RoutingEventSink sink) {
        this.sink = sink;
    }

    /**
     * A caller finished the IVR on channel {@code uniqueId}: the engine hears of the call. If
     * that channel already hung up (AMI was faster than the FastAGI session), the call ends at
     * once instead of waiting for ever.
     */
    synchronized void enter(CallEntered entered, String uniqueId, String channel, String dialled) {
        if (byCallId.containsKey(entered.call())) {
            LOG.warn("call={} entered twice; the second time is ignored", entered.call());
            return;
        }
        sink.deliver(entered);
        EndedBy gone = hungUp.get(uniqueId);
        if (gone != null) {
            sink.deliver(new CallEnded(entered.call(), gone));
            return;
        }
        track(new TrackedCall(entered.call(), TrackedCall.Kind.INBOUND, uniqueId, ++sequence, channel, dialled));
    }

    /** A callback attempt: the agent's channel is originated with {@code channelId} as Uniqueid. */
    synchronized void callbackStarted(CallId call, AgentId agent, String channelId, String contact) {
        TrackedCall attempt = new TrackedCall(call, TrackedCall.Kind.CALLBACK, channelId, ++sequence, contact, "");
        attempt.offeredTo = agent;
        attempt.offerSequence = attempt.sequence;
        Optional.ofNullable(byCallId.get(call)).ifPresent(this::untrack);
        track(attempt);
    }

    synchronized Optional<CallTarget> target(CallId call) {
        return Optional.ofNullable(byCallId.get(call)).map(CallTarget::of);
    }

    synchronized boolean isTracked(String uniqueId) {
        return byUniqueId.containsKey(uniqueId);
    }

    /** The call whose root channel is {@code uniqueId}, for log lines. */
    synchronized String callOf(String uniqueId) {
        TrackedCall call = byUniqueId.get(uniqueId);
        return call == null ? "unknown (channel " + uniqueId + ")" : call.id.value();
    }

    /** Whether a root channel was seen hanging up (for logs of the FastAGI scripts). */
    synchronized boolean hasHungUp(String uniqueId) {
        return hungUp.contains(uniqueId);
    }

    /** The offer of {@code call} to {@code agent} starts; empty when the call is gone. */
    synchronized Optional<CallTarget> startOffer(CallId call, AgentId agent) {
        TrackedCall tracked = byCallId.get(call);
        if (tracked == null || tracked.talkingTo != null) {
            return Optional.empty();
        }
        tracked.offeredTo = agent;
        tracked.offerSequence = ++sequence;
        tracked.reachedConnect = false;
        tracked.lastDialStatus = null;
        tracked.agentChannel = null;
        return Optional.of(CallTarget.of(tracked));
    }

    /** The engine withdrew the offer; true when it was still ringing (the caller must go back). */
    synchronized boolean cancelOffer(CallId call) {
        TrackedCall tracked = byCallId.get(call);
        if (tracked == null || !tracked.offering()) {
            return false;
        }
        tracked.offeredTo = null;
        return true;
    }

    /** The offer could not even be sent (AMI refused it): the engine hears it failed. */
    synchronized void offerNotSent(CallId call, AgentId agent, String reason) {
        TrackedCall tracked = byCallId.get(call);
        if (tracked != null && agent.equals(tracked.offeredTo)) {
            failOffer(tracked, reason);
            if (tracked.kind == TrackedCall.Kind.CALLBACK) {
                untrack(tracked);
            }
        }
    }

    /** numvert hangs the call up: its end is the system's doing. */
    synchronized Optional<CallTarget> hangUp(CallId call) {
        TrackedCall tracked = byCallId.get(call);
        if (tracked != null) {
            tracked.hangUpRequested = true;
        }
        return Optional.ofNullable(tracked).map(CallTarget::of);
    }

    /** An event on a root channel: its name, and where it is in the dialplan. */
    synchronized void seen(String uniqueId, String channel, String context) {
        TrackedCall call = byUniqueId.get(uniqueId);
        if (call == null) {
            return;
        }
        if (channel != null && !channel.isBlank()) {
            call.channel = channel;
        }
        if (!call.offering() || call.kind != TrackedCall.Kind.INBOUND) {
            return;
        }
        if (Dialplan.CONNECT.equals(context)) {
            call.reachedConnect = true;
        } else if (Dialplan.HOLD.equals(context) && call.reachedConnect) {
            failOffer(call, call.lastDialStatus == null ? "NOANSWER" : call.lastDialStatus);
        }
    }

    synchronized void dialBegan(String uniqueId, String destChannel) {
        TrackedCall call = byUniqueId.get(uniqueId);
        if (call != null && call.offering()) {
            call.reachedConnect = true;
            call.agentChannel = destChannel;
        }
    }

    synchronized void dialEnded(String uniqueId, String status) {
        TrackedCall call = byUniqueId.get(uniqueId);
        if (call == null) {
            return;
        }
        if ("ANSWER".equals(status)) {
            answer(call);
        } else {
            call.lastDialStatus = status;
        }
    }

    /** The root channel entered a bridge, or a callback's agent channel answered. */
    synchronized void answered(String uniqueId) {
        TrackedCall call = byUniqueId.get(uniqueId);
        if (call != null) {
            answer(call);
        }
    }

    /** A callback's originated agent channel answered (it went {@code Up}). */
    synchronized void callbackAnswered(String uniqueId) {
        TrackedCall call = byUniqueId.get(uniqueId);
        if (call != null && call.kind == TrackedCall.Kind.CALLBACK) {
            answer(call);
        }
    }

    /** The connect context reported the Dial did not reach the agent. */
    synchronized void noAnswer(String uniqueId, String dialStatus) {
        TrackedCall call = byUniqueId.get(uniqueId);
        if (call != null && call.offering()) {
            failOffer(call, dialStatus == null || dialStatus.isBlank() ? "NOANSWER" : dialStatus);
        }
    }

    /**
     * A channel of a call is asked to hang up. The first far-end request ({@code soft} false)
     * names the side that hung up; a local request on the root channel (dialplan or AMI) with
     * no earlier far-end request makes it the system's doing.
     */
    synchronized void hangupRequested(String uniqueId, String linkedId, String channel, boolean soft) {
        TrackedCall call = byUniqueId.get(linkedId);
        if (call == null || call.endedBy != null) {
            return;
        }
        if (!soft) {
            call.endedBy = call.sideOf(uniqueId, channel);
        } else if (call.uniqueId.equals(uniqueId)) {
            call.endedBy = EndedBy.SYSTEM;
        }
    }

    /** A channel is gone; when it is a call's root channel, so is the call. */
    synchronized void hungUp(String uniqueId, String linkedId, Integer cause) {
        TrackedCall call = byUniqueId.get(uniqueId);
        if (call != null) {
            end(call, HangupCause.dialStatus(cause));
        } else if (uniqueId.equals(linkedId)) {
            hungUp.put(uniqueId, EndedBy.CALLER);
        }
    }

    /**
     * The callback context could not reach the customer ({@code UserEvent NumvertCallbackFailed}):
     * the engine hears it once, and the attempt is forgotten, so that the agent hanging up after
     * the « client injoignable » message does not end the call a second time.
     */
    synchronized void callbackFailed(String uniqueId, String dialStatus) {
        TrackedCall call = byUniqueId.get(uniqueId);
        if (call == null || call.kind != TrackedCall.Kind.CALLBACK) {
            LOG.info("call={} callback failure for a callback not followed: {}", callOf(uniqueId), dialStatus);
            return;
        }
        answer(call);
        if (call.talkingTo == null) {
            return;
        }
        untrack(call);
        deliver(call, new CallbackFailed(call.id,
                dialStatus == null || dialStatus.isBlank() ? "UNKNOWN" : dialStatus));
    }

    /** An Originate failed (the agent did not answer the callback). */
    synchronized void originateFailed(String uniqueId, Integer reason) {
        TrackedCall call = byUniqueId.get(uniqueId);
        if (call != null && call.offering()) {
            end(call, HangupCause.originateStatus(reason));
        }
    }

    /** The sequence of the latest registration, to tell calls older than a resynchronisation. */
    synchronized long mark() {
        return sequence;
    }

    /**
     * After a reconnection, what the channels that exist now say about the calls registered up
     * to {@code mark} (newer ones were registered with fresh knowledge): a call whose channel is
     * gone ended while nobody listened; an offer that is now bridged was answered; an offered
     * caller found back in hold was not.
     */
    synchronized void reconcile(long mark, Map<String, ChannelSnapshot> channels) {
        for (TrackedCall call : List.copyOf(byUniqueId.values())) {
            ChannelSnapshot seen = channels.get(call.uniqueId);
            boolean offerBefore = call.offering() && call.offerSequence <= mark;
            if (call.sequence > mark) {
                continue;
            }
            if (seen == null) {
                end(call, "UNKNOWN");
            } else if (offerBefore && (seen.bridged() || seen.dialsCustomer())) {
                answer(call);
            } else if (offerBefore && seen.waiting()) {
                failOffer(call, call.lastDialStatus == null ? "NOANSWER" : call.lastDialStatus);
            }
        }
    }

    /** The call is over; an unanswered callback attempt is a failed offer instead. */
    private void end(TrackedCall call, String failure) {
        untrack(call);
        hungUp.put(call.uniqueId, endedBy(call));
        if (call.kind == TrackedCall.Kind.CALLBACK && call.offering()) {
            failOffer(call, failure);
        } else {
            deliver(call, new CallEnded(call.id, endedBy(call)));
        }
    }

    private void answer(TrackedCall call) {
        if (!call.offering()) {
            return;
        }
        call.talkingTo = call.offeredTo;
        call.offeredTo = null;
        deliver(call, new OfferAnswered(call.id, call.talkingTo));
    }

    private void failOffer(TrackedCall call, String reason) {
        AgentId agent = call.offeredTo;
        call.offeredTo = null;
        call.reachedConnect = false;
        deliver(call, new OfferFailed(call.id, agent, reason));
    }

    private static EndedBy endedBy(TrackedCall call) {
        if (call.hangUpRequested) {
            return EndedBy.SYSTEM;
        }
        return call.endedBy == null ? EndedBy.UNKNOWN : call.endedBy;
    }

    private void track(TrackedCall call) {
        byUniqueId.put(call.uniqueId, call);
        byCallId.put(call.id, call);
    }

    private void untrack(TrackedCall call) {
        byUniqueId.remove(call.uniqueId, call);
        byCallId.remove(call.id, call);
    }

    private void deliver(TrackedCall call, RoutingEvent event) {
        LOG.info("call={} {}", call.id, event);
        sink.deliver(event);
    }
}
