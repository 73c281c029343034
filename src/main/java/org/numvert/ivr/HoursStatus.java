package org.numvert.ivr;

import java.util.Objects;

/**
 * Whether a hotline is open at a given instant and, when it is not, why: the script may play a
 * different message on a public holiday or an exceptional closure than outside weekly hours.
 *
 * @param reason French words for transcripts ("Lundi de Pâques", "pont de l'Ascension" …)
 */
public record HoursStatus(Kind kind, String reason) {
    public enum Kind {
        OPEN,
        /** Outside the weekly hours. */
        CLOSED,
        PUBLIC_HOLIDAY,
        EXCEPTIONAL_CLOSURE
    }

    public HoursStatus {
        Objects.requireNonNull(kind, "kind");
        reason = Objects.requireNonNullElse(reason, "");
    }

    public static HoursStatus open(String reason) {
        return new HoursStatus(Kind.OPEN, reason);
    }

    public static HoursStatus closed(Kind kind, String reason) {
        return new HoursStatus(kind, reason);
    }

    public boolean isOpen() {
        return kind == Kind.OPEN;
    }

    /** A holiday or an exceptional closure (the script's {@code holiday} node, when it has one). */
    public boolean isDayOff() {
        return kind == Kind.PUBLIC_HOLIDAY || kind == Kind.EXCEPTIONAL_CLOSURE;
    }

    @Override
    public String toString() {
        String word = switch (kind) {
            case OPEN -> "open";
            case CLOSED -> "closed (outside opening hours)";
            case PUBLIC_HOLIDAY -> "closed (public holiday)";
            case EXCEPTIONAL_CLOSURE -> "closed (exceptional closure)";
        };
        return reason.isEmpty() ? word : word + ": " + reason;
    }
}
