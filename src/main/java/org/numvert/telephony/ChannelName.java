package org.numvert.telephony;

/**
 * An Asterisk channel name, telling apart the two halves of a Local channel.
 *
 * <p>{@code Local/1001@agents-00000004;1} and {@code ...;2} are the two ends of one Local
 * channel: the {@code ;1} half is the one the dialling channel talks to (it is in the bridge,
 * it is what ChanSpy must name), the {@code ;2} half runs the dialplan of the target. Real SIP
 * channels ({@code PJSIP/1001-0000002a}) have no halves.
 */
record ChannelName(String value) {

    static ChannelName of(String value) {
        return new ChannelName(value == null ? "" : value);
    }

    boolean isLocal() {
        return value.startsWith("Local/");
    }

    /** The name without its {@code ;1}/{@code ;2} suffix: equal for both halves of a Local channel. */
    String pair() {
        if (isLocal() && (value.endsWith(";1") || value.endsWith(";2"))) {
            return value.substring(0, value.length() - 2);
        }
        return value;
    }

    /** Whether {@code other} is this channel or the other half of the same Local channel. */
    boolean samePairAs(String other) {
        return !value.isEmpty() && pair().equals(ChannelName.of(other).pair());
    }
}
