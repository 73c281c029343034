package org.numvert.routing;

/**
 * What the engine asks the call-control port to do. Commands are requests: their outcome comes
 * back as a later {@link RoutingEvent} (for instance {@link RoutingEvent.OfferAnswered}).
 */
public sealed interface RoutingCommand extends RoutingOutput {

    /**
     * Ring {@code agent} at {@code contact} for the waiting {@code call}. On Asterisk: Setvar +
     * Redirect of the caller to the connect context. Reported back as OfferAnswered or
     * OfferFailed; the engine also guards with its own ring timeout ({@link CancelOffer}).
     */
    record OfferCall(CallId call, AgentId agent, String contact, int ringTimeoutSeconds)
            implements RoutingCommand {
    }

    /** Stop ringing {@code agent} and put the caller back on hold at its place. */
    record CancelOffer(CallId call, AgentId agent) implements RoutingCommand {
    }

    /**
     * Call the agent first, then {@code number}, for the callback {@code call} (a call id the
     * engine made for the callback). Reported back like an offer.
     */
    record StartCallback(CallId call, AgentId agent, String contact, CallerNumber number,
            int ringTimeoutSeconds) implements RoutingCommand {
    }

    /**
     * The call leaves the queue by its overflow action (voicemail, callback offer, closed
     * message). A move to another group stays inside the engine and is only a fact.
     */
    record OverflowCall(CallId call, OverflowAction action) implements RoutingCommand {
    }

    /** Hang the call up. */
    record HangUp(CallId call) implements RoutingCommand {
    }

    /** Connect a supervisor to the agent's side of {@code call}. */
    record Supervise(CallId call, AgentId agent, String supervisorContact, SupervisionMode mode)
            implements RoutingCommand {
    }
}
