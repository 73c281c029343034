package org.numvert.ivr;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The crisis switches that were on when a snapshot was taken; an input of the interpreter, read
 * once when a call starts. Expiry is decided by the instant the caller passes, so a switch whose
 * time is up stops applying without anyone touching it. Immutable.
 */
public record CrisisState(List<CrisisSwitch> switches) {
    public static final CrisisState NONE = new CrisisState(List.of());

    public CrisisState {
        switches = List.copyOf(switches);
    }

    /**
     * The switch that applies to a call of {@code hotline} at {@code instant}: the hotline's own,
     * else the all-hotlines one; the most recently switched on when several qualify.
     */
    public Optional<CrisisSwitch> effectiveFor(String hotline, Instant instant) {
        Comparator<CrisisSwitch> latest = Comparator.comparing(s -> s.switchedOn().at());
        Optional<CrisisSwitch> own = switches.stream()
                .filter(s -> !s.scope().isAll() && s.scope().covers(hotline) && s.isActiveAt(instant))
                .max(latest);
        if (own.isPresent()) {
            return own;
        }
        return switches.stream().filter(s -> s.scope().isAll() && s.isActiveAt(instant)).max(latest);
    }

    /** The switches on at {@code instant}. */
    public List<CrisisSwitch> activeAt(Instant instant) {
        return switches.stream().filter(s -> s.isActiveAt(instant)).toList();
    }
}
