package org.numvert.telephony;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.numvert.routing.CallId;
import org.numvert.routing.CallPhase;
import org.numvert.routing.EngineClient;

/**
 * Where a waiting call stands in the engine's view, for the hold announcements ("il y a 3 appels
 * avant vous, temps d'attente estimé 4 minutes"). The engine owns the figures; reads run on its
 * thread and come back as a stage, which the hold script waits for (briefly) on its own thread.
 */
@FunctionalInterface
interface QueueStandings {

    /** Empty when the call is not waiting (any more). */
    CompletionStage<Optional<Standing>> standing(CallId call);

    /** No figures: the hold script then only offers the callback. */
    static QueueStandings none() {
        return call -> CompletableFuture.completedFuture(Optional.empty());
    }

    /** The engine's own figures: position among the calls not yet offered, estimated wait. */
    static QueueStandings of(EngineClient engine) {
        return call -> engine.read(view -> view.call(call)
                .filter(status -> status.phase() == CallPhase.WAITING)
                .map(status -> new Standing(status.position(), Duration.ofMillis(Math.max(0, status.estimatedWaitMillis())))));
    }

    /**
     * @param position      1 for the next call to be served
     * @param estimatedWait the engine's estimate, zero when it has none
     */
    record Standing(int position, Duration estimatedWait) {
    }
}
