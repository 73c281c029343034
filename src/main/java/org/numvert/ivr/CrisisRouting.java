package org.numvert.ivr;

import java.util.Objects;

/** Where calls go after the crisis message while a crisis switch is on. */
public sealed interface CrisisRouting {

    /** The message, then the hotline's normal flow (opening hours apply). */
    record MessageOnly() implements CrisisRouting {
        @Override
        public String toString() {
            return "normal flow";
        }
    }

    /**
     * Every call queues for {@code group} (typically {@code crise-renfort}) straight after the
     * message, whatever the hour: the crisis cell decides its own staffing.
     */
    record ToGroup(String group) implements CrisisRouting {
        public ToGroup {
            Objects.requireNonNull(group, "group");
        }

        @Override
        public String toString() {
            return "group " + group;
        }
    }

    /**
     * Calls go through another hotline's flow (its menu, its groups, its opening hours), for
     * instance when one team answers for two lines.
     */
    record ToHotline(String hotline) implements CrisisRouting {
        public ToHotline {
            Objects.requireNonNull(hotline, "hotline");
        }

        @Override
        public String toString() {
            return "hotline " + hotline;
        }
    }
}
