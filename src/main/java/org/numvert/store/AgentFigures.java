package org.numvert.store;

import java.util.Map;
import java.util.TreeMap;

/**
 * One agent's activity over a span of time, with the metric definitions of DESIGN.md. Times are
 * in milliseconds; the time in a state counts in the intervals it covers, once the state ended.
 *
 * @param loggedInMillis    time in any state but logged out
 * @param readyMillis       waiting for a call
 * @param ringingMillis     a call was being offered (the phone rang)
 * @param onCallMillis      in conversation
 * @param wrapUpStateMillis in after-call work
 * @param pausedMillis      paused, whatever the reason; {@code pausedByReason} splits it
 * @param answered          inbound calls answered
 * @param callbacks         callbacks started (the agent called a customer back)
 * @param missedOffers      offers that rang unanswered or failed
 * @param handled           conversations ended (inbound and callbacks)
 * @param talkMillis        their talk time
 * @param wrapUpMillis      wrap-up time after them
 */
public record AgentFigures(long loggedInMillis, long readyMillis, long ringingMillis,
        long onCallMillis, long wrapUpStateMillis, long pausedMillis,
        Map<String, Long> pausedByReason, long answered, long callbacks, long missedOffers,
        long handled, long talkMillis, long wrapUpMillis) {

    public static final AgentFigures EMPTY = new AgentFigures(0, 0, 0, 0, 0, 0, Map.of(), 0, 0, 0,
            0, 0, 0);

    public AgentFigures {
        pausedByReason = Map.copyOf(pausedByReason);
    }

    /** Time on calls and wrap-up ÷ time logged in and not paused; NaN when never available. */
    public double occupancy() {
        long available = loggedInMillis - pausedMillis;
        return available <= 0 ? Double.NaN : (double) (onCallMillis + wrapUpStateMillis) / available;
    }

    /** Mean talk + wrap-up of handled calls, in milliseconds; NaN when none. */
    public double ahtMillis() {
        return handled == 0 ? Double.NaN : (double) (talkMillis + wrapUpMillis) / handled;
    }

    public boolean isEmpty() {
        return equals(EMPTY);
    }

    public AgentFigures plus(AgentFigures o) {
        Map<String, Long> pauses = new TreeMap<>(pausedByReason);
        o.pausedByReason.forEach((reason, millis) -> pauses.merge(reason, millis, Long::sum));
        return new AgentFigures(loggedInMillis + o.loggedInMillis, readyMillis + o.readyMillis,
                ringingMillis + o.ringingMillis, onCallMillis + o.onCallMillis,
                wrapUpStateMillis + o.wrapUpStateMillis, pausedMillis + o.pausedMillis, pauses,
                answered + o.answered, callbacks + o.callbacks, missedOffers + o.missedOffers,
                handled + o.handled, talkMillis + o.talkMillis, wrapUpMillis + o.wrapUpMillis);
    }
}
