package org.numvert.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.numvert.ivr.CrisisState;
import org.numvert.ivr.CrisisSwitch;
import org.numvert.ivr.Script;
import org.numvert.ivr.Stamp;

/**
 * The instant a simulated caller's IVR begins at. Following the opening hours, it is now. By
 * default (a demo that runs day and night), a caller who would find the hotline closed calls as
 * if at the hotline's next opening, and hears the crisis switches on now, moved along with it.
 *
 * <p>Threading: not thread-safe; the simulated PBX's thread owns it.
 */
final class DemoHours {
    private static final Duration STEP = Duration.ofMinutes(15);
    private static final int MAX_STEPS = 8 * 24 * 4;

    private final boolean followOpeningHours;
    private final Map<String, Instant[]> nextOpening = new HashMap<>();

    DemoHours(boolean followOpeningHours) {
        this.followOpeningHours = followOpeningHours;
    }

    /** When the call to {@code script}'s hotline plays its IVR. */
    Instant ivrInstant(Script script, Instant now) {
        if (followOpeningHours || script.hours().status(now).isOpen()) {
            return now;
        }
        Instant[] cached = nextOpening.get(script.id());
        if (cached != null && !now.isBefore(cached[0]) && now.isBefore(cached[0].plus(STEP))) {
            return cached[1];
        }
        Instant t = now;
        for (int i = 0; i < MAX_STEPS && !script.hours().status(t).isOpen(); i++) {
            t = t.plus(STEP);
        }
        Instant opening = script.hours().status(t).isOpen() ? t : now;
        nextOpening.put(script.id(), new Instant[] {now, opening});
        return opening;
    }

    /** The crisis switches on at {@code now}, as they would stand at {@code ivrInstant}. */
    static CrisisState crisisAt(CrisisState state, Instant now, Instant ivrInstant) {
        if (ivrInstant.equals(now)) {
            return state;
        }
        Duration shift = Duration.between(now, ivrInstant);
        List<CrisisSwitch> moved = state.activeAt(now).stream().map(s -> new CrisisSwitch(s.id(), s.scope(),
                s.message(), s.routing(), s.reason(), s.expiresAt().plus(shift),
                new Stamp(s.switchedOn().by(), s.switchedOn().at().plus(shift)), s.ended())).toList();
        return new CrisisState(moved);
    }
}
