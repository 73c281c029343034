package org.numvert.ivr;

import java.util.Objects;

/** What happened when the host carried out an {@link IvrStep}. */
public sealed interface IvrInput {

    /** The {@link IvrStep.Play} prompt was played to its end. */
    record Played() implements IvrInput {
    }

    /** The caller typed {@code digits} during an {@link IvrStep.Collect}. */
    record Digits(String digits) implements IvrInput {
        public Digits {
            Objects.requireNonNull(digits, "digits");
        }
    }

    /** The caller typed nothing before the {@link IvrStep.Collect} timeout. */
    record NoInput() implements IvrInput {
    }

    static IvrInput played() {
        return new Played();
    }

    /** Keys typed; an empty string (Asterisk's {@code result=} on timeout) means no input. */
    static IvrInput digits(String digits) {
        return digits == null || digits.isEmpty() ? new NoInput() : new Digits(digits);
    }

    static IvrInput noInput() {
        return new NoInput();
    }
}
