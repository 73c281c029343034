package org.numvert.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.numvert.routing.CallId;
import org.numvert.routing.CallerNumber;
import org.numvert.routing.GroupId;
import org.numvert.routing.HotlineId;
import org.numvert.routing.RoutingEvent.CallEntered;
import org.numvert.telephony.fake.AmiMessage;
import org.numvert.telephony.fake.FakeAmiConnection;

/** After a login, waiting callers numvert does not know (numvert restarted) are taken over. */
class AmiResyncTest {
    private final RecordingSink sink = new RecordingSink();

    @Test
    void waitingCallersAreEnteredAgainFromTheirChannelVariables() throws Exception {
        try (GatewayHarness harness = new GatewayHarness(sink, QueueStandings.none())) {
            FakeAmiConnection first = harness.loggedIn();
            harness.ami.prepareNext(connection -> connection.respond(AmiResyncTest::lists));

            first.drop();
            harness.loggedIn();

            CallEntered entered = sink.await(CallEntered.class);
            assertThat(entered).isEqualTo(new CallEntered(new CallId("1795890000.7"), new HotlineId("transport"),
                    new GroupId("transport-info"), 0, CallerNumber.of("0611223344"), "", List.of(), null));
            assertThat(sink.events()).hasSize(1);
            assertThat(harness.gateway.calls().isTracked("1795890000.7")).isTrue();
        }
    }

    /** One caller waiting in hold (adoptable), one talking to an agent (left alone). */
    private static Optional<String> lists(AmiMessage action) {
        String id = action.actionId();
        return switch (action.action().toLowerCase()) {
            case "coreshowchannels" -> Optional.of(list(id, "Channels will follow", "CoreShowChannelsComplete",
                    channel("CoreShowChannel", id, "1795890000.7", "numvert-hold", "MusicOnHold", "", ""),
                    channel("CoreShowChannel", id, "1795890000.9", "numvert-connect", "Dial", "b-1", "")));
            case "status" -> Optional.of(list(id, "Channel status will follow", "StatusComplete",
                    channel("Status", id, "1795890000.7", "numvert-hold", "MusicOnHold", "",
                            "Variable: NUMVERT_GROUP=transport-info\r\nVariable: NUMVERT_HOTLINE=transport\r\n"
                                    + "Variable: NUMVERT_AGENT=(null)\r\nVariable: NUMVERT_AGENT_DIAL=(null)\r\n"),
                    channel("Status", id, "1795890000.9", "numvert-connect", "Dial", "b-1",
                            "Variable: NUMVERT_GROUP=transport-info\r\nVariable: NUMVERT_HOTLINE=transport\r\n")));
            default -> Optional.empty();
        };
    }

    private static String list(String id, String message, String complete, String... items) {
        return "Response: Success\r\nActionID: " + id + "\r\nEventList: start\r\nMessage: " + message + "\r\n\r\n"
                + String.join("", items) + "Event: " + complete + "\r\nActionID: " + id
                + "\r\nEventList: Complete\r\nListItems: " + items.length + "\r\n\r\n";
    }

    private static String channel(String event, String id, String uniqueId, String context, String application,
            String bridge, String variables) {
        return "Event: " + event + "\r\nChannel: PJSIP/trunk-" + uniqueId + "\r\nChannelState: 6\r\n"
                + "ChannelStateDesc: Up\r\nCallerIDNum: 0611223344\r\nContext: " + context + "\r\nExten: s\r\n"
                + "Priority: 2\r\nUniqueid: " + uniqueId + "\r\nLinkedid: " + uniqueId + "\r\nApplication: "
                + application + "\r\n" + ("Status".equals(event) ? "BridgeID: " : "BridgeId: ") + bridge + "\r\n" + variables
                + "ActionID: " + id + "\r\n\r\n";
    }
}
