package org.numvert.routing;

import java.util.Objects;
import org.numvert.routing.RoutingEvent.AgentLoggedIn;
import org.numvert.routing.RoutingEvent.AgentReady;
import org.numvert.routing.RoutingEvent.WrapUpEnded;
import org.numvert.routing.RoutingFact.AgentProfileChanged;
import org.numvert.routing.RoutingFact.AgentStateChanged;

/**
 * The agents' side of the engine: what an agent asks for (log in, ready, pause, log out, end
 * wrap-up), live edits of agents, and every agent state change with its bookkeeping (ready
 * index, staffing counts, idle time). Part of {@link RoutingEngine}, on its thread.
 */
final class AgentDesk {
    private final RoutingEngine engine;
    private int created;

    AgentDesk(RoutingEngine engine) {
        this.engine = engine;
    }

    void loggedIn(AgentLoggedIn e) {
        Agent agent = agent(e, e.agent());
        if (agent == null) {
            return;
        }
        if (agent.state != AgentState.LOGGED_OUT) {
            engine.ignore(e, "agent already logged in");
        } else {
            changeState(agent, AgentState.PAUSED, PauseReason.NOT_READY);
        }
    }

    void ready(AgentReady e) {
        Agent agent = agent(e, e.agent());
        if (agent == null) {
            return;
        }
        switch (agent.state) {
            case LOGGED_OUT, PAUSED -> {
                boolean waitingForPhone = agent.pausedForPhone;
                changeState(agent, AgentState.READY, null);
                if (waitingForPhone && agent.pausedForPhone) {
                    engine.ignore(e, "phone unreachable: ready again once it is back");
                }
            }
            case WRAP_UP -> {
                agent.afterCall = null;
                engine.finishWrapUp(agent, null);
            }
            case ON_CALL -> {
                agent.afterCall = null;
                agent.afterCallReason = null;
            }
            default -> {
                // already taking calls
            }
        }
    }

    /** Pause or log out: at once, except on a call (after its wrap-up) and while ringing. */
    void leave(RoutingEvent e, AgentState target, PauseReason reason) {
        Agent agent = agent(e, e instanceof RoutingEvent.AgentPaused p ? p.agent()
                : ((RoutingEvent.AgentLoggedOut) e).agent());
        if (agent == null) {
            return;
        }
        switch (agent.state) {
            case ON_CALL -> {
                agent.afterCall = target;
                agent.afterCallReason = reason;
            }
            case WRAP_UP -> {
                agent.afterCall = target;
                agent.afterCallReason = reason;
                engine.finishWrapUp(agent, null);
            }
            case RESERVED -> {
                Call call = agent.call;
                engine.withdrawOffer(call, target == AgentState.PAUSED ? "AGENT_PAUSED"
                        : "AGENT_LOGGED_OUT", target, reason, true);
                engine.backInQueue(call);
            }
            default -> changeState(agent, target, reason);
        }
    }

    void wrapUpEnded(WrapUpEnded e) {
        Agent agent = agent(e, e.agent());
        if (agent == null) {
            return;
        }
        String code = e.wrapUpCode() == null || e.wrapUpCode().isBlank() ? null : e.wrapUpCode();
        if (agent.state == AgentState.WRAP_UP) {
            engine.finishWrapUp(agent, code);
            return;
        }
        CallId call = agent.state == AgentState.ON_CALL ? agent.call.id : agent.lastCall;
        if (code != null && call != null) {
            engine.fact(new RoutingFact.WrapUpCoded(engine.now(), call, agent.id(), code));
        } else {
            engine.ignore(e, "agent not in wrap-up");
        }
    }

    /** A new agent starts logged out; an edit of skills takes effect at once. */
    void configure(AgentProfile profile) {
        Agent existing = engine.agents.get(profile.id());
        if (existing == null) {
            Agent agent = new Agent(profile, created++, engine.now());
            engine.agents.put(profile.id(), agent);
        } else {
            reconfigure(existing, profile);
            engine.phones.recheck(existing);
        }
        engine.fact(new AgentProfileChanged(engine.now(), profile));
    }

    private void reconfigure(Agent agent, AgentProfile profile) {
        boolean ready = agent.state == AgentState.READY;
        boolean staffing = Agent.staffs(agent.state);
        if (ready) {
            removeReady(agent);
        }
        adjustStaffed(agent, staffing ? -1 : 0);
        agent.profile = profile;
        agent.candidatesVersion = -1;
        agent.skillsVersion = -1;
        adjustStaffed(agent, staffing ? 1 : 0);
        if (ready) {
            addReady(agent);
            engine.markReady(agent);
        }
    }

    /**
     * Every state change goes through here; a move to READY while the agent's phone cannot be
     * reached becomes the engine's pause {@link PauseReason#DEVICE_UNAVAILABLE} (see {@link Phones}).
     */
    void changeState(Agent agent, AgentState to, PauseReason reason) {
        if (to == AgentState.READY && !engine.phones.reachable(agent)) {
            pauseForPhone(agent);
        } else {
            enter(agent, to, reason);
        }
    }

    /** Pauses the agent {@link PauseReason#DEVICE_UNAVAILABLE}, a pause the engine will lift. */
    void pauseForPhone(Agent agent) {
        enter(agent, AgentState.PAUSED, PauseReason.DEVICE_UNAVAILABLE);
        agent.pausedForPhone = true;
    }

    private void enter(Agent agent, AgentState to, PauseReason reason) {
        AgentState from = agent.state;
        PauseReason pause = to == AgentState.PAUSED ? reason : null;
        if (from == to && Objects.equals(agent.reason, pause)) {
            return;
        }
        agent.pausedForPhone = false;
        if (from == AgentState.READY) {
            removeReady(agent);
        }
        if (Agent.staffs(from) != Agent.staffs(to)) {
            adjustStaffed(agent, Agent.staffs(to) ? 1 : -1);
        }
        agent.state = to;
        agent.reason = pause;
        agent.stateSince = engine.now();
        agent.timer = null;
        if (to == AgentState.READY) {
            if (from != AgentState.RESERVED) {
                agent.idleSince = engine.now();
            }
            addReady(agent);
            engine.markReady(agent);
        }
        engine.fact(new AgentStateChanged(engine.now(), agent.id(), from, to, pause));
    }

    private void adjustStaffed(Agent agent, int delta) {
        if (delta != 0) {
            engine.groups.resolveSkills(agent);
            for (GroupQueue queue : agent.skilledQueues) {
                queue.staffed += delta;
            }
        }
    }

    private void addReady(Agent agent) {
        engine.groups.resolveSkills(agent);
        for (int i = 0; i < agent.skilledQueues.length; i++) {
            agent.skilledQueues[i].addReady(agent, agent.skilledLevels[i]);
        }
    }

    /**
     * Call before changing the agent's skills. Groups are only ever added, and a new group
     * indexes the ready agents skilled in it, so resolving with the current skills finds every
     * group the agent was added to.
     */
    private void removeReady(Agent agent) {
        engine.groups.resolveSkills(agent);
        for (int i = 0; i < agent.skilledQueues.length; i++) {
            agent.skilledQueues[i].removeReady(agent, agent.skilledLevels[i]);
        }
    }

    private Agent agent(RoutingEvent e, AgentId id) {
        Agent agent = engine.agents.get(id);
        if (agent == null) {
            engine.ignore(e, "unknown agent (configure it first)");
        }
        return agent;
    }
}
