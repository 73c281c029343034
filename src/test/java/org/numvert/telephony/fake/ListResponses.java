package org.numvert.telephony.fake;

import java.util.Map;
import java.util.Optional;

/** Answers as Asterisk 22 gives them, for tests that need no capture behind an action. */
public final class ListResponses {
    private static final Map<String, String[]> LISTS = Map.of(
            "coreshowchannels", new String[] {"Channels will follow", "CoreShowChannelsComplete"},
            "status", new String[] {"Channel status will follow", "StatusComplete"},
            "extensionstatelist", new String[] {"Extension Statuses will follow", "ExtensionStateListComplete"},
            "devicestatelist", new String[] {"Device State Changes will follow", "DeviceStateListComplete"});

    private static final Map<String, String> SUCCESS = Map.of(
            "setvar", "Variable Set",
            "redirect", "Redirect successful",
            "hangup", "Channel Hungup",
            "originate", "Originate successfully queued");

    private ListResponses() {
    }

    /** {@code CoreShowChannels}, {@code Status}, {@code DeviceStateList}, {@code ExtensionStateList} with no items. */
    public static FakeAmiConnection.Responder emptyLists() {
        return action -> {
            String[] list = LISTS.get(action.action().toLowerCase());
            if (list == null) {
                return Optional.empty();
            }
            String id = action.actionId();
            return Optional.of("Response: Success\r\nActionID: " + id + "\r\nEventList: start\r\nMessage: "
                    + list[0] + "\r\n\r\nEvent: " + list[1] + "\r\nActionID: " + id
                    + "\r\nEventList: Complete\r\nListItems: 0\r\n\r\n");
        };
    }

    /** {@code Setvar}, {@code Redirect}, {@code Hangup}, {@code Originate} accepted. */
    public static FakeAmiConnection.Responder successes() {
        return action -> Optional.ofNullable(SUCCESS.get(action.action().toLowerCase()))
                .map(message -> "Response: Success\r\nActionID: " + action.actionId() + "\r\nMessage: "
                        + message + "\r\n\r\n");
    }
}
