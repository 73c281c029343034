package org.numvert.telephony;

/**
 * An AMI action did not succeed: Asterisk answered {@code Response: Error}, the manager link was
 * down, or no response came in time. Futures of {@link AmiLink} fail with it.
 */
public final class AmiActionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean channelGone;

    AmiActionException(String message, boolean channelGone) {
        super(message);
        this.channelGone = channelGone;
    }

    static AmiActionException rejected(String action, String message) {
        String text = message == null ? "" : message;
        boolean gone = text.startsWith("No such channel") || text.startsWith("Channel does not exist");
        return new AmiActionException(action + " refused by Asterisk: " + text, gone);
    }

    static AmiActionException unavailable(String action) {
        return new AmiActionException(action + " not sent: not logged in to Asterisk", false);
    }

    /**
     * Whether Asterisk said the channel does not exist (any more): the caller hung up in a race
     * with the action, and its {@code Hangup} event ends the call.
     */
    public boolean channelGone() {
        return channelGone;
    }
}
