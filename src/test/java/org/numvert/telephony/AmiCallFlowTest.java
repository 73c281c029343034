package org.numvert.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.numvert.routing.AgentId;
import org.numvert.routing.CallId;
import org.numvert.routing.CallerNumber;
import org.numvert.routing.EndedBy;
import org.numvert.routing.GroupId;
import org.numvert.routing.HotlineId;
import org.numvert.routing.RoutingCommand.OfferCall;
import org.numvert.routing.RoutingEvent.CallEnded;
import org.numvert.routing.RoutingEvent.CallEntered;
import org.numvert.routing.RoutingEvent.OfferAnswered;
import org.numvert.telephony.fake.AmiCapture;
import org.numvert.telephony.fake.AmiMessage;
import org.numvert.telephony.fake.AmiReplay;
import org.numvert.telephony.fake.FakeAmiConnection;
import org.numvert.telephony.fake.ListResponses;

/** The gateway against captured AMI conversations, call control at protocol level. */
class AmiCallFlowTest {
    private final RecordingSink sink = new RecordingSink();
    private GatewayHarness harness;
    private FakeAmiConnection ami;

    @BeforeEach
    void connect() throws Exception {
        harness = new GatewayHarness(sink, QueueStandings.none(), Map.of());
        ami = harness.loggedIn();
        ami.respond(ListResponses.successes());
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    @Test
    void answeredOfferIsRedirectedToTheAgentAndEndsWhenTheAgentHangsUp() throws Exception {
        CallId call = enter("1795881901.0", "Local/2@callers-00000000;1", "formation");
        AmiReplay replay = new AmiReplay(AmiCapture.load("numvert-answered.txt.gz"), ami);
        var done = replay.start();

        harness.gateway.execute(new OfferCall(call, new AgentId("1001"), "Local/1001@agents", 15));

        assertThat(sink.await(OfferAnswered.class)).isEqualTo(new OfferAnswered(call, new AgentId("1001")));
        assertThat(sink.await(CallEnded.class)).isEqualTo(new CallEnded(call, EndedBy.AGENT));
        done.get(10, TimeUnit.SECONDS);
        AmiMessage redirect = replay.matched().stream().filter(a -> a.action().equalsIgnoreCase("Redirect")).findFirst().orElseThrow();
        assertThat(redirect.value("Channel")).isEqualTo("Local/2@callers-00000000;1");
        assertThat(redirect.value("Context")).isEqualTo("numvert-connect");
        assertThat(redirect.value("Exten")).isEqualTo("0809100100");
        assertThat(ami.actions(a -> a.action().equalsIgnoreCase("Setvar")))
                .extracting(a -> a.value("Variable") + "=" + a.value("Value"))
                .containsExactly("NUMVERT_AGENT_DIAL=Local/1001@agents", "NUMVERT_RING_TIMEOUT=15", "NUMVERT_AGENT=1001");
    }

    private CallId enter(String uniqueId, String channel, String group) {
        CallId call = new CallId(uniqueId);
        harness.gateway.calls().enter(new CallEntered(call, new HotlineId("formation"), new GroupId(group), 0,
                CallerNumber.of("0612345678"), "", List.of(), null), uniqueId, channel, "0809100100");
        return call;
    }
}
