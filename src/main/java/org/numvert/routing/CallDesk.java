package org.numvert.routing;

import org.numvert.routing.RoutingCommand.Supervise;
import org.numvert.routing.RoutingEvent.CallEnded;
import org.numvert.routing.RoutingEvent.CallEntered;
import org.numvert.routing.RoutingEvent.CallbackRequested;
import org.numvert.routing.RoutingEvent.OfferAnswered;
import org.numvert.routing.RoutingEvent.OfferFailed;
import org.numvert.routing.RoutingEvent.SupervisionRequested;
import org.numvert.routing.RoutingFact.CallOverflowed;
import org.numvert.routing.RoutingFact.CallQueued;
import org.numvert.routing.RoutingFact.CallbackQueued;

/**
 * The callers' side of the engine: what the PBX reports about calls (a caller enters, an offer
 * is answered or fails, a call ends, a caller asks for a callback, a supervisor joins). The
 * transitions themselves are {@link RoutingEngine}'s. Part of the engine, on its thread.
 */
final class CallDesk {
    private final RoutingEngine engine;
    private final Selection selection;

    CallDesk(RoutingEngine engine, Selection selection) {
        this.engine = engine;
        this.selection = selection;
    }

    void callEntered(CallEntered e) {
        if (engine.calls.containsKey(e.call())) {
            engine.ignore(e, "call already in a queue");
            return;
        }
        GroupQueue queue = engine.queueOf(e.group(), e.hotline());
        Call call = new Call(e.call(), e.hotline(), e.priority(), e.caller(), e.topic(),
                e.choices(), false, engine.nextSeq(), engine.now());
        call.onOverflow = e.onOverflow();
        engine.calls.put(call.id, call);
        engine.fact(new CallQueued(engine.now(), call.id, call.hotline, queue.id(), call.priority,
                call.caller, call.topic, call.choices));
        engine.enterQueue(call, queue);
        if (!queue.settings.joinWhenEmpty() && queue.staffed == 0 && engine.overflow(call)) {
            return;
        }
        Agent agent = selection.agentFor(call, engine.queues);
        if (agent != null) {
            engine.offer(call, agent);
        } else if (queue.settings.maxQueueLength() > 0
                && queue.callersHolding > queue.settings.maxQueueLength()) {
            engine.overflow(call);
        }
    }

    void offerAnswered(OfferAnswered e) {
        Call call = engine.calls.get(e.call());
        Agent agent = engine.agents.get(e.agent());
        if (call == null || agent == null || !call.inQueue()) {
            engine.ignore(e, "no such call waiting");
        } else if (call.phase == CallPhase.RINGING && call.agent == agent) {
            engine.answer(call, agent);
        } else if (agent.state == AgentState.ON_CALL || agent.state == AgentState.WRAP_UP
                || agent.state == AgentState.LOGGED_OUT) {
            engine.ignore(e, "agent is " + agent.state);
        } else {
            // The PBX connected them after the engine had moved on: the connection wins.
            if (call.phase == CallPhase.RINGING) {
                engine.withdrawOffer(call, "ANSWERED_ELSEWHERE", AgentState.READY, null, true);
            }
            if (agent.state == AgentState.RESERVED) {
                Call other = agent.call;
                engine.withdrawOffer(other, "ANSWERED_ELSEWHERE", AgentState.READY, null, true);
                engine.backInQueue(other);
            }
            engine.answer(call, agent);
        }
    }

    void offerFailed(OfferFailed e) {
        Call call = engine.calls.get(e.call());
        Agent agent = engine.agents.get(e.agent());
        if (call == null || agent == null || call.phase != CallPhase.RINGING || call.agent != agent) {
            engine.ignore(e, "no such offer ringing");
            return;
        }
        engine.withdrawOffer(call, e.reason(), AgentState.PAUSED, PauseReason.NO_ANSWER, false);
        engine.backInQueue(call);
    }

    void callEnded(CallEnded e) {
        Call call = engine.calls.get(e.call());
        if (call == null) {
            // calls that never queued (IVR only) end here too, as do accepted callback offers
            engine.callbackOffers.remove(e.call());
        } else if (call.inQueue()) {
            engine.abandon(call);
        } else if (call.phase == CallPhase.TALKING) {
            engine.complete(call, e.by());
        } else {
            engine.ignore(e, "call already ended");
        }
    }

    void callbackRequested(CallbackRequested e) {
        Call call = engine.calls.get(e.call());
        Call offered = engine.callbackOffers.get(e.call());
        Call from = call != null ? call : offered;
        if (from != null && e.number().isWithheld() && from.caller.isWithheld()) {
            // No number to call: a promise nobody could keep. A waiting caller keeps its place.
            engine.ignore(e, "no number to call back");
            return;
        }
        if (call != null && call.inQueue() && !call.callback) {
            if (call.phase == CallPhase.RINGING) {
                engine.withdrawOffer(call, "CALLBACK_REQUESTED", AgentState.READY, null, true);
            }
            long waited = engine.now() - call.enqueuedAt;
            engine.leaveQueue(call);
            engine.calls.remove(call.id);
            engine.fact(new CallOverflowed(engine.now(), call.id, call.queue.id(),
                    new OverflowAction.CallbackOffer(), waited));
            createCallback(call, e.number());
        } else if ((call = engine.callbackOffers.remove(e.call())) != null) {
            createCallback(call, e.number());
        } else {
            engine.ignore(e, "call not waiting");
        }
    }

    private void createCallback(Call from, CallerNumber number) {
        CallerNumber target = number == null || number.isWithheld() ? from.caller : number;
        CallId id = new CallId(from.id.value() + "-cb");
        for (int n = 2; engine.calls.containsKey(id); n++) {
            id = new CallId(from.id.value() + "-cb" + n);
        }
        Call task = new Call(id, from.hotline, from.priority, target, from.topic, from.choices,
                true, engine.nextSeq(), engine.now());
        task.onOverflow = new OverflowAction.None();
        engine.calls.put(id, task);
        engine.fact(new CallbackQueued(engine.now(), from.id, id, from.queue.id(), target));
        engine.enterQueue(task, from.queue);
        engine.callMayMatch(task);
    }

    void supervise(SupervisionRequested e) {
        Call call = engine.calls.get(e.call());
        if (call == null || call.phase != CallPhase.TALKING) {
            engine.ignore(e, "call not in conversation");
            return;
        }
        engine.command(new Supervise(call.id, call.agent.id(), e.supervisorContact(), e.mode()));
    }
}
