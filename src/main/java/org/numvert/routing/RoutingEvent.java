package org.numvert.routing;

import java.util.List;
import java.util.Objects;

/**
 * What happened, as reported to the engine by a call-control port, the agent desktop, a
 * supervisor or the clock. Events carry no timestamp: the engine reads its injected clock when
 * it handles one, so that the three worlds (Asterisk, simulated PBX, discrete-event simulator)
 * look the same to it.
 */
public sealed interface RoutingEvent {

    /**
     * A caller finished the IVR and asks for an agent of {@code group}.
     *
     * @param priority   higher is more urgent (0 = normal)
     * @param topic      IVR topic, drives FAQ suggestions on the agent's desktop
     * @param choices    the DTMF choices the caller made, in order
     * @param onOverflow what to do when the group's limits are exceeded
     */
    record CallEntered(CallId call, HotlineId hotline, GroupId group, int priority,
            CallerNumber caller, String topic, List<String> choices, OverflowAction onOverflow)
            implements RoutingEvent {
        public CallEntered {
            Objects.requireNonNull(call, "call");
            Objects.requireNonNull(hotline, "hotline");
            Objects.requireNonNull(group, "group");
            caller = Objects.requireNonNullElse(caller, CallerNumber.withheld());
            topic = Objects.requireNonNullElse(topic, "");
            choices = List.copyOf(Objects.requireNonNullElse(choices, List.of()));
            onOverflow = Objects.requireNonNullElse(onOverflow, new OverflowAction.None());
        }
    }

    /** The offered agent answered: the conversation starts. */
    record OfferAnswered(CallId call, AgentId agent) implements RoutingEvent {
    }

    /**
     * The offer did not reach the agent (no answer, busy, unreachable). The call goes back to its
     * place; the agent is paused {@link PauseReason#NO_ANSWER}.
     *
     * @param reason the PBX's word for it ({@code NOANSWER}, {@code BUSY}, {@code CHANUNAVAIL} …)
     */
    record OfferFailed(CallId call, AgentId agent, String reason) implements RoutingEvent {
    }

    /**
     * The call is over, whatever state it was in: while waiting it is an abandon, while ringing
     * an abandon (the agent becomes ready again), in conversation the agent goes to wrap-up.
     */
    record CallEnded(CallId call, EndedBy by) implements RoutingEvent {
    }

    /** A waiting caller asked to be called back at {@code number}; the call leaves the queue. */
    record CallbackRequested(CallId call, CallerNumber number) implements RoutingEvent {
    }

    /**
     * A callback's agent answered but the customer could not be reached (busy, no answer, number
     * unavailable). The attempt is over: the agent goes to wrap-up as at the end of any callback,
     * and the task is tried again after {@link RoutingSettings#callbackRetrySeconds()} unless it
     * used its {@link RoutingSettings#callbackAttempts()}. The port reports no {@link CallEnded}
     * for that attempt afterwards: this event is its end.
     *
     * @param reason the PBX's word for it ({@code BUSY}, {@code NOANSWER}, {@code CHANUNAVAIL} …)
     */
    record CallbackFailed(CallId call, String reason) implements RoutingEvent {
        public CallbackFailed {
            Objects.requireNonNull(call, "call");
            reason = Objects.requireNonNullElse(reason, "UNKNOWN");
        }
    }

    /**
     * A callback task the previous run of the service still owed its customer (queued, or
     * waiting for its retry), given back at start by the call records: the promise survives a
     * restart. The task keeps its call id and group, goes after every caller on hold, and keeps
     * its attempts; one waiting for its retry waits until {@code retryAtMillis}. A task asked for
     * more than {@link RoutingSettings#callbackMaxAgeHours()} ago, or without a number to call, is
     * given up instead ({@link RoutingFact.CallbackRestored#isGivenUp()}). Send it once the
     * call-control port is connected: the task may be offered at once.
     *
     * @param attemptsMade      attempts that did not reach the customer so far (0: never tried)
     * @param retryAtMillis     when the next attempt is due, 0 when the task is due now (queued)
     * @param requestedAtMillis when the customer asked to be called back
     */
    record CallbackRestored(CallId call, HotlineId hotline, GroupId group, CallerNumber number,
            String topic, int attemptsMade, long retryAtMillis, long requestedAtMillis) implements RoutingEvent {
        public CallbackRestored {
            Objects.requireNonNull(call, "call");
            Objects.requireNonNull(hotline, "hotline");
            Objects.requireNonNull(group, "group");
            number = Objects.requireNonNullElse(number, CallerNumber.withheld());
            topic = Objects.requireNonNullElse(topic, "");
        }
    }

    /** The agent logs in to the routing (it starts paused until it says it is ready). */
    record AgentLoggedIn(AgentId agent) implements RoutingEvent {
    }

    record AgentReady(AgentId agent) implements RoutingEvent {
    }

    record AgentPaused(AgentId agent, PauseReason reason) implements RoutingEvent {
    }

    record AgentLoggedOut(AgentId agent) implements RoutingEvent {
    }

    /** The agent ends its wrap-up before the group's wrap-up time, with a wrap-up code. */
    record WrapUpEnded(AgentId agent, String wrapUpCode) implements RoutingEvent {
    }

    /** An agent was created or edited (skills, contact …); takes effect at once. */
    record AgentConfigured(AgentProfile profile) implements RoutingEvent {
    }

    /** A skill group was created or edited; takes effect at once. */
    record GroupConfigured(SkillGroup group) implements RoutingEvent {
    }

    /**
     * The PBX found that a device can, or can no longer, be reached ({@code PJSIP/1001}
     * registered or not). The agents whose {@link AgentProfile#contact() contact} is
     * {@code device} get no offer while it cannot: the engine pauses them
     * {@link PauseReason#DEVICE_UNAVAILABLE} (after their call, if on one) and makes them ready
     * again when it can, unless they chose another pause meanwhile. A repeated state changes
     * nothing.
     */
    record DeviceChanged(String device, boolean reachable) implements RoutingEvent {
        public DeviceChanged {
            Objects.requireNonNull(device, "device");
        }
    }

    /** A supervisor joins an agent's call. */
    record SupervisionRequested(CallId call, String supervisorContact, SupervisionMode mode)
            implements RoutingEvent {
    }

    /** Time passes: ring timeouts, wrap-up ends, escalation steps and wait limits are checked. */
    record Tick() implements RoutingEvent {
    }
}
