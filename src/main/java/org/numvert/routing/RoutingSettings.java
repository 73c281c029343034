package org.numvert.routing;

/**
 * Engine-wide parameters; per-group ones are in {@link SkillGroup}.
 *
 * @param ringTimeoutSeconds   how long an offered agent's phone rings before the call goes back
 *                             to its place and the agent is paused "no answer"
 * @param shortAbandonSeconds  callers hanging up within this many seconds of entering the queue
 *                             are short abandons (DESIGN.md: 5 s)
 * @param callbackAttempts     how many times a callback task may try to reach its customer (an
 *                             attempt is an agent calling the number); after the last failed one
 *                             the task is given up
 * @param callbackRetrySeconds how long a callback task whose customer could not be reached waits
 *                             before going back to its group's queue
 * @param callbackMaxAgeHours  a callback task restored at start ({@link RoutingEvent.CallbackRestored})
 *                             whose customer asked more than this many hours ago is given up
 */
public record RoutingSettings(int ringTimeoutSeconds, int shortAbandonSeconds, int callbackAttempts,
        int callbackRetrySeconds, int callbackMaxAgeHours) {
    public static final int DEFAULT_CALLBACK_ATTEMPTS = 3;
    public static final int DEFAULT_CALLBACK_RETRY_SECONDS = 600;
    public static final int DEFAULT_CALLBACK_MAX_AGE_HOURS = 24;
    public static final RoutingSettings DEFAULTS = new RoutingSettings(15, 5);

    public RoutingSettings {
        if (ringTimeoutSeconds <= 0 || shortAbandonSeconds < 0 || callbackAttempts < 1
                || callbackRetrySeconds < 0 || callbackMaxAgeHours < 1) {
            throw new IllegalArgumentException("invalid routing settings");
        }
    }

    /** Settings with callbacks restored at start up to 24 hours after they were asked for. */
    public RoutingSettings(int ringTimeoutSeconds, int shortAbandonSeconds, int callbackAttempts,
            int callbackRetrySeconds) {
        this(ringTimeoutSeconds, shortAbandonSeconds, callbackAttempts, callbackRetrySeconds,
                DEFAULT_CALLBACK_MAX_AGE_HOURS);
    }

    /** Settings with the default callback retries (3 attempts, 10 minutes apart). */
    public RoutingSettings(int ringTimeoutSeconds, int shortAbandonSeconds) {
        this(ringTimeoutSeconds, shortAbandonSeconds, DEFAULT_CALLBACK_ATTEMPTS,
                DEFAULT_CALLBACK_RETRY_SECONDS);
    }
}
