package org.numvert.telephony;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last known state of agents' devices ({@code PJSIP/1001} → {@code NOT_INUSE},
 * {@code INUSE}, {@code RINGING}, {@code UNAVAILABLE} …), from {@code DeviceStateChange} and
 * from hints ({@code ExtensionStatus}, also the items of {@code ExtensionStateList} sent after a
 * reconnection). Asterisk caches no state for {@code Local/...} devices: teleworkers' external
 * numbers have none.
 *
 * <p>Thread-safe: written on asterisk-java's dispatch thread, read from anywhere.
 */
final class AgentDevices {
    private final Map<String, String> states = new ConcurrentHashMap<>();

    void deviceChanged(String device, String state) {
        if (device != null && state != null && !device.isBlank()) {
            states.put(device, state.toUpperCase(Locale.ROOT));
        }
    }

    /** A hint changed: {@code PJSIP/1001&PJSIP/1001b} is every device of the hint. */
    void hintChanged(String hint, String statusText) {
        if (hint == null || statusText == null) {
            return;
        }
        String state = hintState(statusText);
        for (String device : hint.split("&")) {
            deviceChanged(device.strip(), state);
        }
    }

    Optional<String> state(String device) {
        return Optional.ofNullable(states.get(device));
    }

    private static String hintState(String statusText) {
        return switch (statusText.toLowerCase(Locale.ROOT)) {
            case "idle" -> "NOT_INUSE";
            case "inuse" -> "INUSE";
            case "ringing" -> "RINGING";
            case "onhold" -> "ONHOLD";
            case "busy" -> "BUSY";
            default -> "UNAVAILABLE";
        };
    }
}
