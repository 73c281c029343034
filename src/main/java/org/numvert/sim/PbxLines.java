package org.numvert.sim;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.numvert.routing.AgentId;
import org.numvert.routing.AgentProfile;
import org.numvert.routing.AgentState;
import org.numvert.routing.CallId;
import org.numvert.routing.DesktopPhone;
import org.numvert.routing.EndedBy;
import org.numvert.routing.PauseReason;
import org.numvert.routing.RoutingEvent;
import org.numvert.routing.RoutingFact;

/**
 * The agents' phone lines on the simulated PBX. Simulated agents answer after a few seconds
 * (sometimes not at all: the engine's ring timeout pauses them "no answer"), talk, hang up or are
 * hung up on, end some wrap-ups early with a code, take a pause now and then, and come back from
 * pauses. Every other agent is a human at the agent desktop: an offer rings there until the page
 * answers it ({@link DesktopPhone}), and the caller may hang up first.
 *
 * <p>Threading: the simulated PBX's thread.
 */
final class PbxLines {
    /** One agent's line: the call ringing or in conversation, and the agent's own pending step. */
    private static final class Line {
        final AgentId agent;
        final boolean simulated;
        PbxCall ringing;
        PbxCall talking;
        long timer = -1;

        Line(AgentId agent, boolean simulated) {
            this.agent = agent;
            this.simulated = simulated;
        }
    }

    private final SimulatedPbx pbx;
    private final SimEnvironment environment;
    private final Set<AgentId> simulated;
    private final Map<AgentId, Line> lines = new HashMap<>();

    PbxLines(SimulatedPbx pbx, SimEnvironment environment, Set<AgentId> simulated) {
        this.pbx = pbx;
        this.environment = environment;
        this.simulated = simulated;
    }

    /** Configures the simulated agents, then logs them in one after the other. */
    void start(List<AgentProfile> profiles) {
        long delay = 0;
        for (AgentProfile profile : profiles) {
            pbx.deliver(new RoutingEvent.AgentConfigured(profile));
            delay += pbx.traffic().loginStaggerMillis();
            pbx.after(delay, () -> {
                pbx.deliver(new RoutingEvent.AgentLoggedIn(profile.id()));
                pbx.deliver(new RoutingEvent.AgentReady(profile.id()));
            });
        }
    }

    void offer(PbxCall call, AgentId agent) {
        Line line = line(agent);
        if (line.ringing != null || line.talking != null) {
            pbx.deliver(new RoutingEvent.OfferFailed(call.id, agent, "BUSY"));
            return;
        }
        line.ringing = call;
        call.agent = agent;
        if (line.simulated && !pbx.traffic().ringsUnanswered()) {
            line.timer = pbx.after(pbx.traffic().answerDelayMillis(), () -> answer(line));
        }
    }

    /** The engine took the offer back (ring timeout, pause, answer elsewhere). */
    void cancel(CallId call, AgentId agent) {
        Line line = lines.get(agent);
        if (line != null && line.ringing != null && line.ringing.id.equals(call)) {
            stopRinging(line);
        }
    }

    /** The call ended, whoever ended it: free the line that rang or talked for it. */
    void ended(PbxCall call) {
        Line line = call.agent == null ? null : lines.get(call.agent);
        if (line == null) {
            return;
        }
        if (line.ringing == call) {
            stopRinging(line);
        } else if (line.talking == call) {
            line.talking = null;
            pbx.scheduler().cancel(line.timer);
        }
    }

    /** A simulated agent entered a new state: a pause ends by itself. */
    void stateChanged(RoutingFact.AgentStateChanged change) {
        if (change.to() == AgentState.PAUSED && simulated.contains(change.agent())) {
            PauseReason reason = change.reason() == null ? PauseReason.BREAK : change.reason();
            pbx.after(pbx.traffic().pauseMillis(reason), () -> pbx.deliver(new RoutingEvent.AgentReady(change.agent())));
        }
    }

    DesktopPhone.Outcome answerOnDesktop(AgentId agent) {
        Line line = lines.get(agent);
        if (line == null || line.simulated) {
            return line == null ? DesktopPhone.Outcome.NO_CALL : DesktopPhone.Outcome.NOT_ON_DESKTOP;
        }
        if (line.ringing == null) {
            return DesktopPhone.Outcome.NO_CALL;
        }
        answer(line);
        return DesktopPhone.Outcome.DONE;
    }

    /** Hangs up the conversation, or declines the call ringing. */
    DesktopPhone.Outcome hangUpOnDesktop(AgentId agent) {
        Line line = lines.get(agent);
        if (line != null && line.simulated) {
            return DesktopPhone.Outcome.NOT_ON_DESKTOP;
        }
        if (line != null && line.talking != null) {
            pbx.end(line.talking, EndedBy.AGENT);
            return DesktopPhone.Outcome.DONE;
        }
        if (line != null && line.ringing != null) {
            CallId call = line.ringing.id;
            stopRinging(line);
            pbx.deliver(new RoutingEvent.OfferFailed(call, agent, "REJECTED"));
            return DesktopPhone.Outcome.DONE;
        }
        return DesktopPhone.Outcome.NO_CALL;
    }

    private void answer(Line line) {
        PbxCall call = line.ringing;
        if (call == null || call.ended()) {
            return;
        }
        line.ringing = null;
        line.talking = call;
        call.phase = PbxCall.Phase.TALKING;
        pbx.scheduler().cancel(call.patience);
        call.patience = -1;
        pbx.deliver(new RoutingEvent.OfferAnswered(call.id, line.agent));
        Optional<String> unreachable = call.callback ? pbx.traffic().callbackFailure() : Optional.empty();
        if (unreachable.isPresent()) {
            call.timer = pbx.after(pbx.traffic().callbackFailureMillis(),
                    () -> pbx.customerNotReached(call, unreachable.get()));
        } else if (line.simulated) {
            line.timer = pbx.after(pbx.traffic().talkMillis(call.callback), () -> conversationOver(line, call));
        } else {
            call.timer = pbx.after(pbx.traffic().humanCallerTalkMillis(), () -> pbx.end(call, EndedBy.CALLER));
        }
    }

    /** A simulated agent's conversation ends: maybe a pause after it, maybe an early wrap-up. */
    private void conversationOver(Line line, PbxCall call) {
        Optional<PauseReason> pause = pbx.traffic().pauseAfterCall();
        pause.ifPresent(reason -> pbx.deliver(new RoutingEvent.AgentPaused(line.agent, reason)));
        pbx.end(call, pbx.traffic().agentHangsUp() ? EndedBy.AGENT : EndedBy.CALLER);
        Optional<Long> early = pause.isPresent() ? Optional.empty() : pbx.traffic().earlyWrapUpMillis();
        early.ifPresent(delay -> line.timer = pbx.after(delay, () -> {
            if (line.ringing == null && line.talking == null) {
                pbx.deliver(new RoutingEvent.WrapUpEnded(line.agent, wrapUpCode(call)));
            }
        }));
    }

    private String wrapUpCode(PbxCall call) {
        List<String> codes = call.hotline == null ? List.of() : environment.wrapUpCodes().apply(call.hotline);
        return codes.isEmpty() ? null : pbx.traffic().oneOf(codes);
    }

    private void stopRinging(Line line) {
        PbxCall call = line.ringing;
        line.ringing = null;
        pbx.scheduler().cancel(line.timer);
        line.timer = -1;
        if (call != null && call.callback && call.phase == PbxCall.Phase.WAITING) {
            pbx.forget(call);
        }
    }

    private Line line(AgentId agent) {
        return lines.computeIfAbsent(agent, a -> new Line(a, simulated.contains(a)));
    }
}
