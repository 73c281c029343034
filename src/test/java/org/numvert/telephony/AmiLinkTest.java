package org.numvert.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.numvert.routing.CallId;
import org.numvert.routing.CallerNumber;
import org.numvert.routing.EndedBy;
import org.numvert.routing.GroupId;
import org.numvert.routing.HotlineId;
import org.numvert.routing.RoutingEvent.CallEnded;
import org.numvert.routing.RoutingEvent.CallEntered;
import org.numvert.telephony.fake.AgiCapture;
import org.numvert.telephony.fake.AmiCapture;
import org.numvert.telephony.fake.AmiReplay;
import org.numvert.telephony.fake.FakeAmiConnection;

/** The AMI link itself over real TCP: odd input, keep-alive, login. */
class AmiLinkTest {
    private final RecordingSink sink = new RecordingSink();

    @Test
    void unknownAndMalformedEventsAreSurvivedAndTheCallsGoOn() throws Exception {
        try (GatewayHarness harness = new GatewayHarness(sink, QueueStandings.none())) {
            FakeAmiConnection ami = harness.loggedIn();
            CallId call = enter(harness, "agi-numvert-abandon-on-hold-moh-01-ivr.txt");

            ami.send("Event: NumvertFutureThing\r\nPrivilege: call,all\r\nWhatever: 1\r\n\r\n");
            ami.send("Event: UserEvent\r\nPrivilege: user,all\r\nUniqueid: " + call + "\r\nUserEvent: SomebodyElse\r\n\r\n");
            ami.send("this line has no colon\r\nnor: an event name\r\n\r\n");
            ami.send("Event: Hangup\r\nPrivilege: call,all\r\nChannel: Local/x@y-00000001;1\r\nCause: not-a-number\r\n\r\n");
            ami.send("Event: DialEnd\r\nPrivilege: call,all\r\nDestChannelState: six\r\nDialStatus: ANSWER\r\n\r\n");
            new AmiReplay(AmiCapture.load("numvert-abandon-on-hold-moh.txt.gz"), ami).start().get(10, TimeUnit.SECONDS);

            assertThat(sink.await(CallEnded.class)).isEqualTo(new CallEnded(call, EndedBy.CALLER));
            assertThat(harness.ami.connections()).hasSize(1);
            assertThat(harness.gateway.amiLoggedIn()).isTrue();
        }
    }

    @Test
    void anAsteriskThatStopsAnsweringIsLeftAndLoggedInToAgain() throws Exception {
        AgiSettings agi = new AgiSettings("127.0.0.1", 0, List.of("127.0.0.1"), 5, 10);
        try (GatewayHarness harness = new GatewayHarness(sink, QueueStandings.none(), agi, 1, Duration.ofSeconds(1))) {
            FakeAmiConnection first = harness.loggedIn();

            first.stopAnsweringPings();

            FakeAmiConnection second = harness.loggedIn();
            assertThat(second).isNotSameAs(first);
            assertThat(harness.gateway.resynchronisations()).isGreaterThanOrEqualTo(2);
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(harness.gateway::amiLoggedIn);
        }
    }

    private static CallId enter(GatewayHarness harness, String ivrCapture) {
        AgiCapture ivr = AgiCapture.load(ivrCapture);
        CallId call = new CallId(ivr.header("agi_uniqueid"));
        harness.gateway.calls().enter(new CallEntered(call, new HotlineId("formation"),
                new GroupId("formation-stagiaires"), 0, CallerNumber.of(ivr.header("agi_callerid")), "", List.of(), null),
                call.value(), ivr.header("agi_channel"), "0800222222");
        return call;
    }
}
