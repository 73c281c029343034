package org.numvert.routing;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.numvert.routing.RoutingEvent.DeviceChanged;

/**
 * Which agents' phones can be reached. An offer to an unregistered softphone rings out: the
 * caller waits a ring timeout for nothing and the agent is paused "no-answer". So the engine
 * keeps the devices the PBX reported unreachable, pauses their agents
 * {@link PauseReason#DEVICE_UNAVAILABLE} (marking the pause as its own) and makes them ready
 * again when the device is back; a pause the agent or a supervisor chose meanwhile stays.
 *
 * <p>Kept by device rather than by agent: a state reported before the agent is configured,
 * logged in or ready still applies when it becomes ready ({@link AgentDesk#changeState} asks
 * {@link #reachable} at every move to READY, so a call or wrap-up ends in that pause too). A
 * device is matched to agents by their contact, exactly; a teleworker's {@code Local/...}
 * contact has no state in Asterisk and is never reported.
 *
 * <p>Part of {@link RoutingEngine}, on its thread.
 */
final class Phones {
    private final RoutingEngine engine;
    private final AgentDesk desk;
    private final Set<String> unreachable = new HashSet<>();

    Phones(RoutingEngine engine, AgentDesk desk) {
        this.engine = engine;
        this.desk = desk;
    }

    boolean reachable(Agent agent) {
        return !unreachable.contains(agent.profile.contact());
    }

    void deviceChanged(DeviceChanged e) {
        boolean changed = e.reachable() ? unreachable.remove(e.device()) : unreachable.add(e.device());
        if (!changed) {
            return;
        }
        for (Agent agent : agentsOf(e.device())) {
            recheck(agent);
        }
    }

    /** After a change of the device or of the agent's contact. */
    void recheck(Agent agent) {
        if (reachable(agent)) {
            if (agent.state == AgentState.PAUSED && agent.pausedForPhone) {
                desk.changeState(agent, AgentState.READY, null);
            }
        } else {
            takeOut(agent);
        }
    }

    /**
     * No more offers: at once when ready or ringing (the offer is taken back, the call keeps its
     * place); a "no-answer" pause, the engine's own, most likely came from this phone and becomes
     * this pause. On a call or in wrap-up the agent is not disturbed: the move to READY at the end
     * becomes this pause. A pause the agent chose stays as it is.
     */
    private void takeOut(Agent agent) {
        switch (agent.state) {
            case READY -> desk.pauseForPhone(agent);
            case RESERVED -> {
                Call call = agent.call;
                engine.withdrawOffer(call, "PHONE_UNREACHABLE", AgentState.PAUSED,
                        PauseReason.DEVICE_UNAVAILABLE, true);
                desk.pauseForPhone(agent);
                engine.backInQueue(call);
            }
            case PAUSED -> {
                if (PauseReason.NO_ANSWER.equals(agent.reason)) {
                    desk.pauseForPhone(agent);
                }
            }
            default -> {
                // on a call, in wrap-up or logged out: see changeState
            }
        }
    }

    /** The agents reached at {@code device}, in creation order (a deterministic output). */
    private List<Agent> agentsOf(String device) {
        return engine.agents.values().stream()
                .filter(agent -> agent.profile.contact().equals(device))
                .sorted(Comparator.comparingInt(agent -> agent.ordinal))
                .toList();
    }
}
