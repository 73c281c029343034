package org.numvert.ivr;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a script node does once its {@code say} prompts are played: go on, ask the caller, or end
 * the IVR with an outcome. The terminal actions ({@link #isTerminal()}) are the exits the validator
 * looks for when it checks that every path can end.
 */
public sealed interface Action {

    default boolean isTerminal() {
        return false;
    }

    /** Go on to another node without waiting for the caller. */
    record Next(Ref target) implements Action {
        public Next {
            Objects.requireNonNull(target, "target");
        }
    }

    /**
     * Play {@code prompt} while collecting one key. A wrong key plays {@code invalid}, silence for
     * {@code timeout} plays {@code noInput}, and the menu is asked again, {@code attempts} times in
     * all; then the caller gets the {@code defaultKey} choice, or goes to {@code onFailure}.
     */
    record Menu(Ref prompt, List<Choice> choices, Duration timeout, int attempts, Ref invalid,
            Ref noInput, Optional<String> defaultKey, Optional<Target> onFailure) implements Action {
        public Menu {
            choices = List.copyOf(choices);
            Objects.requireNonNull(timeout, "timeout");
            Objects.requireNonNull(defaultKey, "defaultKey");
            Objects.requireNonNull(onFailure, "onFailure");
        }

        public Optional<Choice> choice(String key) {
            return choices.stream().filter(c -> c.key().equals(key)).findFirst();
        }

        /** The keys of the menu, in the order written ({@code "1239*"}). */
        public String keys() {
            StringBuilder keys = new StringBuilder();
            choices.forEach(c -> keys.append(c.key()));
            return keys.toString();
        }
    }

    /**
     * Hand the call to the routing engine: queue for {@code group} with {@code priority} (higher
     * is more urgent) and {@code topic} (drives the FAQ suggestions on the agent's screen).
     */
    record Route(Ref group, int priority, String topic, OverflowRule overflow) implements Action {
        public Route {
            Objects.requireNonNull(group, "group");
            topic = Objects.requireNonNullElse(topic, "");
            Objects.requireNonNull(overflow, "overflow");
        }

        @Override
        public boolean isTerminal() {
            return true;
        }
    }

    /** Record a message in {@code box}. */
    record Voicemail(String box) implements Action {
        @Override
        public boolean isTerminal() {
            return true;
        }
    }

    /** Register a callback request for {@code group} (an agent calls the caller's number back). */
    record Callback(Ref group, String topic) implements Action {
        public Callback {
            Objects.requireNonNull(group, "group");
            topic = Objects.requireNonNullElse(topic, "");
        }

        @Override
        public boolean isTerminal() {
            return true;
        }
    }

    /** Hang up (after the node's {@code say} prompts). */
    record HangUp() implements Action {
        @Override
        public boolean isTerminal() {
            return true;
        }
    }
}
