package org.numvert.routing;

import java.util.Objects;

/** Why an agent is paused. Free codes are allowed; the common ones are constants. */
public record PauseReason(String code) {
    public static final PauseReason LUNCH = new PauseReason("lunch");
    public static final PauseReason BREAK = new PauseReason("break");
    public static final PauseReason TRAINING = new PauseReason("training");
    public static final PauseReason BACK_OFFICE = new PauseReason("back-office");
    /** Set by the engine when an offered call rang unanswered. */
    public static final PauseReason NO_ANSWER = new PauseReason("no-answer");
    /** Set by the engine when an agent logs in: the agent then says when it is ready. */
    public static final PauseReason NOT_READY = new PauseReason("not-ready");
    /**
     * Set by the engine while the agent's phone cannot be reached (a softphone not registered):
     * offers would ring out for nothing. The engine lifts it when the phone is back.
     */
    public static final PauseReason DEVICE_UNAVAILABLE = new PauseReason("phone-unreachable");
    /** Set when a supervisor forced the pause. */
    public static final PauseReason SUPERVISOR = new PauseReason("supervisor");

    public PauseReason {
        Objects.requireNonNull(code, "code");
        if (code.isBlank()) {
            throw new IllegalArgumentException("pause reason is blank");
        }
    }

    @Override
    public String toString() {
        return code;
    }
}
