package org.numvert.telephony;

import java.util.Optional;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;

/**
 * Plays prompts and collects digits on one FastAGI channel, reading the raw {@code result} that
 * asterisk-java hides: it returns {@code 0x0} both for a playback that ran to its end
 * ({@code result=0}) and for one cut by a hang-up or a redirect ({@code result=-1}). Here the
 * second is {@code false} or empty, so a script can stop at once.
 *
 * <p>Used on the session's thread only.
 */
final class AgiPlayer {
    private static final int CUT = -1;

    private final AgiChannel channel;

    AgiPlayer(AgiChannel channel) {
        this.channel = channel;
    }

    /** Plays {@code file}; false when the playback was cut (hang-up, redirect, missing file). */
    boolean play(String file) throws AgiException {
        channel.streamFile(file);
        return channel.getLastReply().getResultCode() != CUT;
    }

    /** Says {@code number} in the channel's language; false when cut. */
    boolean say(long number) throws AgiException {
        channel.sayNumber(Long.toString(number));
        return channel.getLastReply().getResultCode() != CUT;
    }

    /**
     * Plays {@code file}, stopping on one of {@code digits}: the digit pressed, {@code ""} when
     * the prompt played to its end, empty when it was cut.
     */
    Optional<String> playFor(String file, String digits) throws AgiException {
        char pressed = channel.streamFile(file, digits);
        if (channel.getLastReply().getResultCode() == CUT) {
            return Optional.empty();
        }
        return Optional.of(pressed == 0 ? "" : String.valueOf(pressed));
    }

    /**
     * Plays {@code prompt} and collects up to {@code maxDigits} digits ({@code GET DATA}): the
     * digits, {@code ""} on time-out, empty when the caller hung up ({@code result=-1}).
     */
    Optional<String> collect(String prompt, long timeoutMillis, int maxDigits) throws AgiException {
        String digits = channel.getData(prompt, timeoutMillis, maxDigits);
        if (digits != null && digits.startsWith("-")) {
            return Optional.empty();
        }
        return Optional.of(digits == null ? "" : digits);
    }

    void set(String variable, String value) throws AgiException {
        channel.setVariable(variable, value);
    }
}
