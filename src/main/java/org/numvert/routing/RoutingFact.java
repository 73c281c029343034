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
}
