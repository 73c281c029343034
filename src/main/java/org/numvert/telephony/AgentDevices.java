package org.numvert.telephony;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.numvert.routing.RoutingEvent.DeviceChanged;
import org.numvert.routing.RoutingEventSink;

/**
 * The last known state of agents' devices ({@code PJSIP/1001} → {@code NOT_INUSE},
 * {@code INUSE}, {@code RINGING}, {@code UNAVAILABLE} …), from {@code DeviceStateChange} and
 * from hints ({@code ExtensionStatus}), also the items of {@code DeviceStateList} and
 * {@code ExtensionStateList} sent after every login.
 *
 * <p>The engine hears only whether a device can be reached ({@link DeviceChanged}):
 * {@code UNAVAILABLE} (not registered), {@code INVALID} and {@code UNKNOWN} (a device Asterisk
 * does not know) cannot; every other state can. A device never seen counts as reachable, and
 * only a change between the two is delivered: Asterisk often repeats a state, and a resync
 * reports every device again. {@code Local/...} devices are never delivered: Asterisk derives
 * their state from the dialplan, not from a phone, so a teleworker's external number has no
 * reachability to report.
 *
 * <p>asterisk-java reads the value {@code Unknown} as null: a {@code DeviceStateChange} without
 * state is {@code UNKNOWN}, an {@code ExtensionStatus} is read from its {@code Status} number.
 *
 * <p>Thread-safe: written on asterisk-java's dispatch thread, read from anywhere; a change is
 * delivered to the sink (which returns at once) in the order of the events.
 */
final class AgentDevices {
    private static final Set<String> UNREACHABLE = Set.of("UNAVAILABLE", "INVALID", "UNKNOWN");

    private final Map<String, String> states = new ConcurrentHashMap<>();
    private final RoutingEventSink sink;

    AgentDevices(RoutingEventSink sink) {
        this.sink = sink;
    }

    /** {@code state} is null when Asterisk wrote {@code UNKNOWN} (asterisk-java reads it as null). */
    synchronized void deviceChanged(String device, String state) {
        if (device == null || device.isBlank()) {
            return;
        }
        String now = state == null ? "UNKNOWN" : state.toUpperCase(Locale.ROOT);
        String before = states.put(device, now);
        if (reachable(before) != reachable(now) && !device.startsWith("Local/")) {
            sink.deliver(new DeviceChanged(device, reachable(now)));
        }
    }

    /**
     * A hint changed: {@code PJSIP/1001&PJSIP/1001b} is every device of the hint. The state is
     * read from {@code status}, the number, or else from its text: asterisk-java reads the text
     * {@code Unknown} as null.
     */
    void hintChanged(String hint, Integer status, String statusText) {
        if (hint == null || (status == null && statusText == null)) {
            return;
        }
        String state = status != null ? hintState(status) : hintState(statusText);
        for (String device : hint.split("&")) {
            deviceChanged(device.strip(), state);
        }
    }

    Optional<String> state(String device) {
        return Optional.ofNullable(states.get(device));
    }

    private static boolean reachable(String state) {
        return state == null || !UNREACHABLE.contains(state);
    }

    /** Asterisk's extension states: a bit set of in use 1, busy 2, unavailable 4, ringing 8, on hold 16. */
    private static String hintState(int status) {
        return switch (status) {
            case 0 -> "NOT_INUSE";
            case 1 -> "INUSE";
            case 2 -> "BUSY";
            case 4 -> "UNAVAILABLE";
            case 8, 9 -> "RINGING";
            case 16, 17 -> "ONHOLD";
            default -> "UNKNOWN";
        };
    }

    /** Asterisk's texts of extension states ({@code ast_extension_state2str}). */
    private static String hintState(String statusText) {
        return switch (statusText.toLowerCase(Locale.ROOT)) {
            case "idle" -> "NOT_INUSE";
            case "inuse" -> "INUSE";
            case "ringing", "inuse&ringing" -> "RINGING";
            case "hold", "onhold", "inuse&hold" -> "ONHOLD";
            case "busy" -> "BUSY";
            case "unavailable" -> "UNAVAILABLE";
            default -> "UNKNOWN";
        };
    }
}
