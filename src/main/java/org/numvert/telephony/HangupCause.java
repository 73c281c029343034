package org.numvert.telephony;

/**
 * Asterisk's numeric reasons, in the words the engine receives in {@code OfferFailed}: the same
 * words as the dialplan's {@code DIALSTATUS} ({@code NOANSWER}, {@code BUSY},
 * {@code CHANUNAVAIL}, {@code CONGESTION}).
 */
final class HangupCause {
    private HangupCause() {
    }

    /** From a Q.850 hang-up cause ({@code Hangup} event {@code Cause}). */
    static String dialStatus(Integer cause) {
        if (cause == null) {
            return "NOANSWER";
        }
        return switch (cause) {
            case 17 -> "BUSY";
            case 0, 16, 18, 19, 21 -> "NOANSWER";
            case 34, 38, 42 -> "CONGESTION";
            default -> "CHANUNAVAIL";
        };
    }

    /** From an {@code OriginateResponse} {@code Reason} (Asterisk's control frame number). */
    static String originateStatus(Integer reason) {
        if (reason == null) {
            return "CHANUNAVAIL";
        }
        return switch (reason) {
            case 1, 3 -> "NOANSWER";
            case 5 -> "BUSY";
            case 8 -> "CONGESTION";
            default -> "CHANUNAVAIL";
        };
    }
}
