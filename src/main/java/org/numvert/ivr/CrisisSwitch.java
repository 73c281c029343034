package org.numvert.ivr;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One crisis switch as a supervisor turned it on: every call of its scope first hears
 * {@code message}, then goes where {@code routing} says, until {@code expiresAt} (after which the
 * normal flow returns by itself) or until someone switches it off or replaces it.
 *
 * @param id        the stored switch's id (0 before it is stored)
 * @param reason    why, in the supervisor's words (for the history)
 * @param switchedOn who switched it on, when
 * @param ended     who switched it off or replaced it, when; empty while on or once expired
 */
public record CrisisSwitch(long id, CrisisScope scope, Prompt message, CrisisRouting routing, String reason,
        Instant expiresAt, Stamp switchedOn, Optional<Stamp> ended) {

    public CrisisSwitch {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(routing, "routing");
        reason = Objects.requireNonNullElse(reason, "");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(switchedOn, "switchedOn");
        Objects.requireNonNull(ended, "ended");
    }

    /** On at {@code instant}: switched on before, not ended, not expired. */
    public boolean isActiveAt(Instant instant) {
        return ended.isEmpty() && !instant.isBefore(switchedOn.at()) && instant.isBefore(expiresAt);
    }

    /** The moment it stopped applying, if it has: ended by someone, or expired. */
    public Optional<Instant> endedAt(Instant now) {
        if (ended.isPresent()) {
            return Optional.of(ended.get().at());
        }
        return now.isBefore(expiresAt) ? Optional.empty() : Optional.of(expiresAt);
    }

    public CrisisSwitch withId(long newId) {
        return new CrisisSwitch(newId, scope, message, routing, reason, expiresAt, switchedOn, ended);
    }

    public CrisisSwitch endedBy(Stamp stamp) {
        return new CrisisSwitch(id, scope, message, routing, reason, expiresAt, switchedOn, Optional.of(stamp));
    }
}
