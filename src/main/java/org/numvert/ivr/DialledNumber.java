package org.numvert.ivr;

import java.util.Optional;

/**
 * French numbers as scripts write them and as PBXs report them, reduced to one form: ten digits
 * starting with 0 ({@code 0800111111}). Accepts spaces, dots and dashes, and the international
 * forms {@code +33 800 …}, {@code 0033800…} and {@code 33800…}, so that the number the dialplan
 * passes to the IVR finds its hotline however the operator wrote it.
 */
public final class DialledNumber {
    private DialledNumber() {
    }

    /** The normal form, or empty when {@code raw} is not a French ten-digit number. */
    public static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String digits = raw.strip().replaceAll("[\\s.\\-()]", "");
        if (digits.startsWith("+33")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("0033")) {
            digits = "0" + digits.substring(4);
        } else if (digits.startsWith("33") && digits.length() == 11) {
            digits = "0" + digits.substring(2);
        }
        return digits.matches("0[1-9][0-9]{8}") ? Optional.of(digits) : Optional.empty();
    }

    /** {@code 0800 111 111}: how free numbers are written in French (transcripts, pages). */
    public static String readable(String normalised) {
        if (normalised.length() != 10) {
            return normalised;
        }
        return normalised.substring(0, 4) + " " + normalised.substring(4, 7) + " " + normalised.substring(7);
    }
}
