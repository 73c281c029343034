package org.numvert.ivr;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A supervisor's request to switch crisis mode on, as the pages send it, checked against the
 * scripts in service before anything is stored.
 *
 * @param message   the name of a crisis message ({@code crisis-messages.yaml})
 * @param expiresAt when the normal flow returns by itself (at most {@link #MAX_DURATION} ahead)
 * @param reason    why, in the supervisor's words (kept in the history)
 */
public record CrisisRequest(CrisisScope scope, String message, CrisisRouting routing, Instant expiresAt,
        String reason) {
    /** A crisis switch lasts at most this long; a longer crisis is switched on again, on purpose. */
    public static final Duration MAX_DURATION = Duration.ofDays(31);
    static final int MAX_REASON = 500;

    public CrisisRequest {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(routing, "routing");
        Objects.requireNonNull(expiresAt, "expiresAt");
        reason = Objects.requireNonNullElse(reason, "").strip();
    }

    /**
     * What is wrong with the request, in words for the supervisor; empty when it can be switched on.
     *
     * @param knownGroups the skill groups calls may be routed to
     */
    public List<String> problems(ScriptLibrary library, Set<String> knownGroups, Instant now) {
        List<String> problems = new ArrayList<>();
        scope.hotline().filter(h -> library.script(h).isEmpty())
                .ifPresent(h -> problems.add("unknown hotline '" + h + "'" + Spelling.hint(h, library.hotlines())));
        if (library.crisisMessage(message).isEmpty()) {
            problems.add("unknown crisis message '" + message + "'"
                    + Spelling.hint(message, library.crisisMessages().messages().keySet()));
        }
        routingProblem(library, knownGroups).ifPresent(problems::add);
        if (!expiresAt.isAfter(now)) {
            problems.add("the expiry must be in the future");
        } else if (expiresAt.isAfter(now.plus(MAX_DURATION))) {
            problems.add("the expiry must be within " + MAX_DURATION.toDays() + " days");
        }
        if (reason.length() > MAX_REASON) {
            problems.add("the reason must be at most " + MAX_REASON + " characters");
        }
        return problems;
    }

    private Optional<String> routingProblem(ScriptLibrary library, Set<String> knownGroups) {
        if (routing instanceof CrisisRouting.ToGroup) {
            String group = ((CrisisRouting.ToGroup) routing).group();
            return knownGroups.contains(group) ? Optional.empty()
                    : Optional.of("unknown skill group '" + group + "'" + Spelling.hint(group, knownGroups));
        }
        if (routing instanceof CrisisRouting.ToHotline) {
            String hotline = ((CrisisRouting.ToHotline) routing).hotline();
            if (library.script(hotline).isEmpty()) {
                return Optional.of("unknown hotline '" + hotline + "'" + Spelling.hint(hotline, library.hotlines()));
            }
            if (scope.hotline().equals(Optional.of(hotline))) {
                return Optional.of("a hotline cannot be routed to itself");
            }
        }
        return Optional.empty();
    }

    /** The switch to store, with the message's text from {@code library}. */
    public CrisisSwitch toSwitch(ScriptLibrary library, Stamp switchedOn) {
        Prompt prompt = library.crisisMessage(message)
                .orElseThrow(() -> new IllegalArgumentException("unknown crisis message " + message));
        return new CrisisSwitch(0, scope, prompt, routing, reason, expiresAt, switchedOn, Optional.empty());
    }
}
