package org.numvert.routing;

/**
 * Engine-wide parameters; per-group ones are in {@link SkillGroup}.
 *
 * @param ringTimeoutSeconds  how long an offered agent's phone rings before the call goes back
 *                            to its place and the agent is paused "no answer"
 * @param shortAbandonSeconds callers hanging up within this many seconds of entering the queue
 *                            are short abandons (DESIGN.md: 5 s)
 */
public record RoutingSettings(int ringTimeoutSeconds, int shortAbandonSeconds) {
    public static final RoutingSettings DEFAULTS = new RoutingSettings(15, 5);

    public RoutingSettings {
        if (ringTimeoutSeconds <= 0 || shortAbandonSeconds < 0) {
            throw new IllegalArgumentException("invalid routing settings");
        }
    }
}
