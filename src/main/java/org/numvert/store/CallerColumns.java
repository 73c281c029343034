package org.numvert.store;

/**
 * The caller columns of a record row: the clear number (only within the retention period), the
 * keyed hash that stands for it, and which of the two the row still has.
 *
 * @param state {@code CLEAR}, {@code PSEUDONYMISED}, {@code WITHHELD}, {@code ERASED}, or null
 *              when the row names no caller (agent and configuration events)
 */
public record CallerColumns(String number, String key, String state) {
    public static final String CLEAR = "CLEAR";
    public static final String PSEUDONYMISED = "PSEUDONYMISED";
    public static final String WITHHELD = "WITHHELD";
    public static final String ERASED = "ERASED";
    public static final CallerColumns NONE = new CallerColumns(null, null, null);

    public static CallerColumns withheld() {
        return new CallerColumns(null, null, WITHHELD);
    }

    public static CallerColumns clear(String number, String key) {
        return new CallerColumns(number, key, CLEAR);
    }

    public boolean present() {
        return state != null;
    }
}
