package org.numvert.telephony;

import java.time.Duration;
import java.util.Optional;
import org.numvert.routing.CallId;

/**
 * Where a waiting call stands in the engine's view, for the hold announcements ("il y a 3 appels
 * avant vous, temps d'attente estimé 4 minutes"). The engine owns the figures; the composition
 * root provides this view over what the engine published.
 *
 * <p>Called on FastAGI session threads: implementations are thread-safe and never block.
 */
@FunctionalInterface
public interface QueueStandings {

    /** Empty when the call is not waiting (any more) or the engine has no figure yet. */
    Optional<Standing> standing(CallId call);

    /** No figures: the hold script then only offers the callback. */
    static QueueStandings none() {
        return call -> Optional.empty();
    }

    /**
     * @param position      1 for the next call to be served
     * @param estimatedWait the engine's estimate, zero when it has none
     */
    record Standing(int position, Duration estimatedWait) {
    }
}
