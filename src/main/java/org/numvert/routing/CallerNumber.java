package org.numvert.routing;

/**
 * A caller's phone number: personal data (see DESIGN.md, data protection).
 *
 * <p>{@link #toString()} is masked on purpose, so that logging a number by accident never leaks
 * it; use {@link #digits()} only where the clear number is needed (dialling a callback, storing
 * a record within the retention period). A withheld number carries no digits at all.
 */
public record CallerNumber(String digits) {
    private static final CallerNumber WITHHELD = new CallerNumber("");
    private static final int VISIBLE_DIGITS = 2;

    public CallerNumber {
        digits = digits == null ? "" : digits.strip();
    }

    /** A number parsed from what a PBX reports; "anonymous", "unknown" and blanks are withheld. */
    public static CallerNumber of(String raw) {
        if (raw == null) {
            return WITHHELD;
        }
        String s = raw.strip();
        if (s.isEmpty() || s.equalsIgnoreCase("anonymous") || s.equalsIgnoreCase("unknown")
                || s.equalsIgnoreCase("<unknown>") || s.equalsIgnoreCase("withheld")) {
            return WITHHELD;
        }
        return new CallerNumber(s);
    }

    public static CallerNumber withheld() {
        return WITHHELD;
    }

    public boolean isWithheld() {
        return digits.isEmpty();
    }

    /** All but the last two characters replaced by {@code •}; "masqué" when withheld. */
    public String masked() {
        if (isWithheld()) {
            return "masqué";
        }
        int keep = Math.min(VISIBLE_DIGITS, digits.length() / 2);
        return "•".repeat(digits.length() - keep) + digits.substring(digits.length() - keep);
    }

    @Override
    public String toString() {
        return masked();
    }
}
