package org.numvert.routing;

import java.util.List;

/**
 * What the engine decided or observed, stamped with the engine's clock ({@code atMillis}, epoch
 * milliseconds). The call event log, the interval statistics and the live views are all folds
 * over this stream, which is why a recomputation from the log gives the same figures.
 */
public sealed interface RoutingFact extends RoutingOutput {

    long atMillis();

    /** A call entered a group's queue (counts as offered to the group). */
    record CallQueued(long atMillis, CallId call, HotlineId hotline, GroupId group, int priority,
            CallerNumber caller, String topic, List<String> choices) implements RoutingFact {
    }

    /** The call was offered to an agent (its phone rings). */
    record CallOffered(long atMillis, CallId call, GroupId group, AgentId agent)
            implements RoutingFact {
    }

    /** The offer failed; the call is back at its place. */
    record OfferMissed(long atMillis, CallId call, GroupId group, AgentId agent, String reason)
            implements RoutingFact {
    }

    /** The agent answered after {@code waitMillis} in queue (from the original enqueue time). */
    record CallAnswered(long atMillis, CallId call, GroupId group, AgentId agent, long waitMillis)
            implements RoutingFact {
    }

    /** The caller hung up before being answered; {@code shortAbandon} when within 5 s. */
    record CallAbandoned(long atMillis, CallId call, GroupId group, long waitMillis,
            boolean shortAbandon) implements RoutingFact {
    }

    /** The call left {@code group} by its overflow action (to another group, or out). */
    record CallOverflowed(long atMillis, CallId call, GroupId group, OverflowAction action,
            long waitMillis) implements RoutingFact {
    }

    /** The caller asked for a callback; {@code callback} is the call id of the callback task. */
    record CallbackQueued(long atMillis, CallId call, CallId callback, GroupId group,
            CallerNumber number) implements RoutingFact {
    }

    /** The conversation ended after {@code talkMillis}; the agent goes to wrap-up. */
    record CallCompleted(long atMillis, CallId call, GroupId group, AgentId agent,
            long talkMillis, EndedBy by) implements RoutingFact {
    }

    /** Wrap-up of {@code call} ended, with the agent's code if it gave one. */
    record WrapUpDone(long atMillis, CallId call, GroupId group, AgentId agent, long wrapUpMillis,
            String wrapUpCode) implements RoutingFact {
    }

    /** An agent changed state. */
    record AgentStateChanged(long atMillis, AgentId agent, AgentState from, AgentState to,
            PauseReason reason) implements RoutingFact {
    }

    /**
     * A callback task was offered and its agent answered: the agent now calls the customer back.
     * Kept apart from {@link CallAnswered} so that callbacks do not count as answered inbound
     * calls (service level, ASA).
     */
    record CallbackStarted(long atMillis, CallId callback, GroupId group, AgentId agent,
            long waitMillis) implements RoutingFact {
    }

    /** A callback task ended before an agent started it (the port reported it ended). */
    record CallbackCancelled(long atMillis, CallId callback, GroupId group) implements RoutingFact {
    }

    /**
     * A callback attempt did not reach the customer ({@code reason}: {@code BUSY},
     * {@code NOANSWER}, {@code CHANUNAVAIL} …). {@code attempt} counts from 1; the task goes back
     * to its group's queue at {@code retryAtMillis}, or, when that is 0, it is given up (its
     * last attempt). A {@link CallCompleted} of the attempt follows (the agent's work).
     */
    record CallbackFailed(long atMillis, CallId callback, GroupId group, AgentId agent,
            String reason, int attempt, long retryAtMillis) implements RoutingFact {
        /** The task is given up: no attempt follows. */
        public boolean givenUp() {
            return retryAtMillis == 0;
        }
    }

    /** A callback task whose customer could not be reached is back in its group's queue. */
    record CallbackRetried(long atMillis, CallId callback, GroupId group, int attempt)
            implements RoutingFact {
    }

    /**
     * A callback task of an earlier run is back ({@link RoutingEvent.CallbackRestored}): in its
     * group's queue, waiting for its retry at {@code retryAtMillis}, or, when {@code givenUp} names
     * why ({@code EXPIRED}: asked too long ago; {@code NO_NUMBER}: no number left to call), given
     * up. Not a new request: the figures count it nowhere.
     */
    record CallbackRestored(long atMillis, CallId callback, HotlineId hotline, GroupId group,
            CallerNumber number, String topic, int attemptsMade, long retryAtMillis,
            long requestedAtMillis, String givenUp) implements RoutingFact {
        /** The task is given up: no attempt follows. */
        public boolean isGivenUp() {
            return givenUp != null;
        }
    }

    /**
     * The agent gave a wrap-up code after its wrap-up had already ended (timed out, or ended by
     * a pause): the code belongs to {@code call}, the agent's last call.
     */
    record WrapUpCoded(long atMillis, CallId call, AgentId agent, String wrapUpCode)
            implements RoutingFact {
    }

    /**
     * An agent was created or edited ({@link RoutingEvent.AgentConfigured}). In the log so that a
     * fold over facts knows each agent's groups at each moment (occupancy per group).
     */
    record AgentProfileChanged(long atMillis, AgentProfile profile) implements RoutingFact {
    }

    /**
     * A skill group was created or edited ({@link RoutingEvent.GroupConfigured}), or created with
     * default settings because a call entered an unknown group. In the log so that a fold over
     * facts knows each group's service-level threshold at each moment.
     */
    record GroupSettingsChanged(long atMillis, SkillGroup group) implements RoutingFact {
    }

    /**
     * The engine ignored an event that does not fit its state (a late answer for a call
     * already gone, a wrap-up end for an agent on a call …): races between the PBX and the
     * engine are normal; this fact makes them visible.
     */
    record EventIgnored(long atMillis, RoutingEvent event, String reason) implements RoutingFact {
    }
}
