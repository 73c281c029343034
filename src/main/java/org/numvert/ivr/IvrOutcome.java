package org.numvert.ivr;

import java.util.List;
import java.util.Objects;

/**
 * How the IVR part of a call ends. These are the IVR's own types (this package cannot see the
 * routing engine's); each host converts them: the FastAGI session and the simulated PBX into a
 * routing event or a PBX action, the dry run into a line of text.
 *
 * <p>Every outcome names the hotline that was dialled (even when a crisis switch sent the call
 * through another hotline's flow), the script node that produced it and the keys the caller
 * chose on the way, in order.
 */
public sealed interface IvrOutcome {

    String hotline();

    String node();

    List<String> choices();

    /** Queue for an agent of {@code group}. */
    record RouteToGroup(String hotline, String node, List<String> choices, String group, int priority,
            String topic, Overflow overflow) implements IvrOutcome {
        public RouteToGroup {
            Objects.requireNonNull(hotline, "hotline");
            Objects.requireNonNull(node, "node");
            choices = List.copyOf(choices);
            Objects.requireNonNull(group, "group");
            topic = Objects.requireNonNullElse(topic, "");
            Objects.requireNonNull(overflow, "overflow");
        }
    }

    /** Record a voicemail message in {@code box}. */
    record Voicemail(String hotline, String node, List<String> choices, String box) implements IvrOutcome {
        public Voicemail {
            Objects.requireNonNull(hotline, "hotline");
            Objects.requireNonNull(node, "node");
            choices = List.copyOf(choices);
            Objects.requireNonNull(box, "box");
        }
    }

    /** Register a request to call the caller's number back, for {@code group}. */
    record CallbackRequest(String hotline, String node, List<String> choices, String group, String topic)
            implements IvrOutcome {
        public CallbackRequest {
            Objects.requireNonNull(hotline, "hotline");
            Objects.requireNonNull(node, "node");
            choices = List.copyOf(choices);
            Objects.requireNonNull(group, "group");
            topic = Objects.requireNonNullElse(topic, "");
        }
    }

    /** Hang up: the messages before it were the last the caller hears. */
    record HangUp(String hotline, String node, List<String> choices) implements IvrOutcome {
        public HangUp {
            Objects.requireNonNull(hotline, "hotline");
            Objects.requireNonNull(node, "node");
            choices = List.copyOf(choices);
        }
    }
}
