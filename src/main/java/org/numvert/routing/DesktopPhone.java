package org.numvert.routing;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The agent's phone controls on the agent desktop page, for agents whose phone is not a device
 * that rings by itself: on the simulated PBX every human agent answers and hangs up from the page;
 * on Asterisk, a gateway may offer it for contacts it cannot ring. The answer or hang-up reaches
 * the engine as the usual events ({@link RoutingEvent.OfferAnswered}, {@link RoutingEvent.CallEnded}
 * with {@link EndedBy#AGENT}), reported by the implementation like any PBX outcome.
 *
 * <p>Threading: callable from any thread; the stage completes on the implementation's thread once
 * the request was handed to the engine (or refused).
 */
public interface DesktopPhone {

    /** What became of a request from the page. */
    enum Outcome {
        /** Done: the answer or hang-up was reported to the engine. */
        DONE,
        /** Nothing to answer (no call ringing for the agent) or to hang up (no call in progress). */
        NO_CALL,
        /** The agent's phone is a real device: answer and hang up on it. */
        NOT_ON_DESKTOP
    }

    /** No desktop controls: every agent uses its phone. */
    DesktopPhone NONE = new DesktopPhone() {
        @Override
        public boolean onDesktop(AgentId agent) {
            return false;
        }

        @Override
        public CompletionStage<Outcome> answer(AgentId agent) {
            return CompletableFuture.completedFuture(Outcome.NOT_ON_DESKTOP);
        }

        @Override
        public CompletionStage<Outcome> hangUp(AgentId agent) {
            return CompletableFuture.completedFuture(Outcome.NOT_ON_DESKTOP);
        }
    };

    /** Whether {@code agent} answers and hangs up from the desktop page. */
    boolean onDesktop(AgentId agent);

    /** Answers the call ringing for {@code agent}. */
    CompletionStage<Outcome> answer(AgentId agent);

    /** Hangs up {@code agent}'s call in progress. */
    CompletionStage<Outcome> hangUp(AgentId agent);
}
