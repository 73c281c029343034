package org.numvert.ivr;

import java.time.Duration;
import java.util.Objects;

/**
 * What the host must do next for a call in the IVR. A host carries out the step and reports what
 * happened with {@link IvrSession#advance(IvrInput)}:
 * <ul>
 *   <li>{@link Play}: play the prompt to its end, then report {@link IvrInput#played()}
 *       (Asterisk: {@code STREAM FILE <soundFile> ""});</li>
 *   <li>{@link Collect}: play the prompt while collecting up to {@code maxDigits} keys, waiting
 *       {@code timeout} after it, then report {@link IvrInput#digits(String)} or
 *       {@link IvrInput#noInput()} (Asterisk: {@code GET DATA <soundFile> <timeout ms> <maxDigits>});</li>
 *   <li>{@link Finish}: the IVR is over; carry out the outcome. Nothing follows.</li>
 * </ul>
 * A caller may hang up during any step: the host then simply drops the session.
 */
public sealed interface IvrStep {

    record Play(Prompt prompt) implements IvrStep {
        public Play {
            Objects.requireNonNull(prompt, "prompt");
        }
    }

    /**
     * @param node    the menu node asking (for logs and transcripts)
     * @param keys    the valid keys, in the order written ({@code "1239*"}); any other is invalid
     * @param attempt 1 for the first time the menu is asked, then 2, 3 … after invalid input or silence
     */
    record Collect(String node, Prompt prompt, int maxDigits, Duration timeout, String keys, int attempt)
            implements IvrStep {
        public Collect {
            Objects.requireNonNull(node, "node");
            Objects.requireNonNull(prompt, "prompt");
            Objects.requireNonNull(timeout, "timeout");
            Objects.requireNonNull(keys, "keys");
        }
    }

    record Finish(IvrOutcome outcome) implements IvrStep {
        public Finish {
            Objects.requireNonNull(outcome, "outcome");
        }
    }
}
