package org.numvert.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
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
import org.numvert.routing.OverflowAction;
import org.numvert.routing.RoutingCommand.CancelOffer;
import org.numvert.routing.RoutingCommand.HangUp;
import org.numvert.routing.RoutingCommand.OfferCall;
import org.numvert.routing.RoutingCommand.OverflowCall;
import org.numvert.routing.RoutingCommand.StartCallback;
import org.numvert.routing.RoutingCommand.Supervise;
import org.numvert.routing.RoutingEvent.CallEnded;
import org.numvert.routing.RoutingEvent.CallEntered;
import org.numvert.routing.RoutingEvent.CallbackFailed;
import org.numvert.routing.RoutingEvent.OfferAnswered;
import org.numvert.routing.RoutingEvent.OfferFailed;
import org.numvert.routing.SupervisionMode;
import org.numvert.telephony.fake.AgiCapture;
import org.numvert.telephony.fake.AmiCapture;
import org.numvert.telephony.fake.AmiMessage;
import org.numvert.telephony.fake.AmiReplay;
import org.numvert.telephony.fake.FakeAmiConnection;
import org.numvert.telephony.fake.ListResponses;

/** The gateway against captured AMI conversations, call control at protocol level. */
class AmiCallFlowTest {
    private static final AgentId AGENT_1001 = new AgentId("1001");
    private static final AgentId AGENT_1002 = new AgentId("1002");
    private static final AgentId AGENT_9998 = new AgentId("9998");
    private static final AgentId AGENT_9999 = new AgentId("9999");

    private final RecordingSink sink = new RecordingSink();
    private GatewayHarness harness;
    private FakeAmiConnection ami;

    @BeforeEach
    void connect() throws Exception {
        harness = new GatewayHarness(sink, QueueStandings.none());
        ami = harness.loggedIn();
        ami.respond(ListResponses.successes());
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    @Test
    void answeredOfferIsRedirectedToTheAgentAndEndsWhenTheAgentHangsUp() throws Exception {
        CallId call = enter("agi-numvert-answered-01-ivr.txt");
        AmiReplay replay = new AmiReplay(AmiCapture.load("numvert-answered.txt.gz"), ami);
        CompletableFuture<Void> done = replay.start();

        harness.gateway.execute(new OfferCall(call, AGENT_1001, "Local/1001@agents", 15));

        assertThat(sink.await(OfferAnswered.class)).isEqualTo(new OfferAnswered(call, AGENT_1001));
        assertThat(sink.await(CallEnded.class)).isEqualTo(new CallEnded(call, EndedBy.AGENT));
        done.get(10, TimeUnit.SECONDS);
        AmiMessage redirect = matched(replay, "Redirect").get(0);
        assertThat(redirect.value("Channel")).isEqualTo("Local/2@callers-00000000;1");
        assertThat(redirect.value("Context")).isEqualTo("numvert-connect");
        assertThat(redirect.value("Exten")).isEqualTo("0809100100");
        assertThat(ami.actions(a -> a.action().equalsIgnoreCase("Setvar")))
                .extracting(a -> a.value("Variable") + "=" + a.value("Value"))
                .containsExactly("NUMVERT_AGENT_DIAL=Local/1001@agents", "NUMVERT_RING_TIMEOUT=15", "NUMVERT_AGENT=1001");
    }

    @Test
    void callerHangingUpDuringTheConversationEndsTheCallOnTheCallersSide() throws Exception {
        CallId call = enter("agi-numvert-caller-hangs-up-talking-01-ivr.txt");
        CompletableFuture<Void> done = new AmiReplay(AmiCapture.load("numvert-caller-hangs-up-talking.txt.gz"), ami).start();

        harness.gateway.execute(new OfferCall(call, AGENT_1001, "Local/1001@agents", 15));

        sink.await(OfferAnswered.class);
        assertThat(sink.await(CallEnded.class)).isEqualTo(new CallEnded(call, EndedBy.CALLER));
        done.get(10, TimeUnit.SECONDS);
    }

    @Test
    void unansweredOfferFailsOnTheDialplansUserEventAndTheNextOfferDuringTheHoldScriptIsAnswered() throws Exception {
        CallId call = enter("agi-numvert-ring-no-answer-01-ivr.txt");
        CompletableFuture<Void> done = new AmiReplay(AmiCapture.load("numvert-ring-no-answer.txt.gz"), ami).start();

        harness.gateway.execute(new OfferCall(call, AGENT_9999, "Local/9999@agents", 15));
        assertThat(sink.await(OfferFailed.class)).isEqualTo(new OfferFailed(call, AGENT_9999, "NOANSWER"));
        harness.gateway.execute(new OfferCall(call, AGENT_1002, "Local/1002@agents", 15));

        assertThat(sink.await(OfferAnswered.class)).isEqualTo(new OfferAnswered(call, AGENT_1002));
        assertThat(sink.await(CallEnded.class)).isEqualTo(new CallEnded(call, EndedBy.AGENT));
        done.get(10, TimeUnit.SECONDS);
        assertThat(sink.events()).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("CallEntered", "OfferFailed", "OfferAnswered", "CallEnded");
    }

    @Test
    void everyKindOfFailedDialSendsTheCallBackAndNumvertsHangUpIsTheSystems() throws Exception {
        CallId call = enter("agi-numvert-dial-failures-01-ivr.txt");
        CompletableFuture<Void> done = new AmiReplay(AmiCapture.load("numvert-dial-failures.txt.gz"), ami).start();

        harness.gateway.execute(new OfferCall(call, AGENT_9998, "Local/9998@agents", 15));
        assertThat(sink.await(OfferFailed.class, f -> f.agent().equals(AGENT_9998)).reason()).isEqualTo("BUSY");
        harness.gateway.execute(new OfferCall(call, AGENT_1001, "Local/1001@no-such-context", 15));
        assertThat(sink.await(OfferFailed.class, f -> f.agent().equals(AGENT_1001)).reason()).isEqualTo("CHANUNAVAIL");
        harness.gateway.execute(new OfferCall(call, AGENT_1002, "Foo/bar", 15));
        assertThat(sink.await(OfferFailed.class, f -> f.agent().equals(AGENT_1002)).reason()).isEqualTo("CHANUNAVAIL");
        harness.gateway.execute(new HangUp(call));

        assertThat(sink.await(CallEnded.class)).isEqualTo(new CallEnded(call, EndedBy.SYSTEM));
        done.get(10, TimeUnit.SECONDS);
    }

    @Test
    void callerHangingUpWhileWaitingIsAnAbandonOnTheCallersSide() throws Exception {
        CallId call = enter("agi-numvert-abandon-on-hold-moh-01-ivr.txt");
        CompletableFuture<Void> done = new AmiReplay(AmiCapture.load("numvert-abandon-on-hold-moh.txt.gz"), ami).start();

        assertThat(sink.await(CallEnded.class)).isEqualTo(new CallEnded(call, EndedBy.CALLER));
        done.get(10, TimeUnit.SECONDS);
    }

    @Test
    void anOfferRacingTheCallersHangUpIsRefusedByAsteriskAndOnlyTheHangUpCounts() throws Exception {
        CallId call = enter("agi-numvert-redirect-race-01-ivr.txt");
        CompletableFuture<AmiMessage> redirectSent = ami.received(a -> a.action().equalsIgnoreCase("Redirect"));
        CompletableFuture<Void> done = new AmiReplay(AmiCapture.load("numvert-redirect-race.txt.gz"), ami)
                .holdBefore(m -> m.isEvent("Hangup") && m.value("Uniqueid").equals(call.value()), redirectSent)
                .start();

        harness.gateway.execute(new OfferCall(call, AGENT_1001, "Local/1001@agents", 15));

        assertThat(sink.await(CallEnded.class)).isEqualTo(new CallEnded(call, EndedBy.CALLER));
        done.get(10, TimeUnit.SECONDS);
        assertThat(sink.events(OfferFailed.class)).isEmpty();
    }

    @Test
    void callbacksOriginateTheAgentFirstWithChosenChannelIds() throws Exception {
        CallId answered = new CallId("cb-1");
        CallId unanswered = new CallId("cb-2");
        CompletableFuture<Void> done = new AmiReplay(AmiCapture.load("numvert-callback-channelid.txt.gz"), ami).start();

        harness.gateway.execute(new StartCallback(answered, AGENT_1001, "Local/1001@agents", CallerNumber.of("0687654321"), 20));
        assertThat(sink.await(OfferAnswered.class)).isEqualTo(new OfferAnswered(answered, AGENT_1001));
        assertThat(sink.await(CallEnded.class)).isEqualTo(new CallEnded(answered, EndedBy.AGENT));
        harness.gateway.execute(new StartCallback(unanswered, AGENT_9999, "Local/9999@agents", CallerNumber.of("0687654321"), 6));

        assertThat(sink.await(OfferFailed.class)).isEqualTo(new OfferFailed(unanswered, AGENT_9999, "NOANSWER"));
        done.get(10, TimeUnit.SECONDS);
        assertThat(sink.events(CallbackFailed.class)).as("an agent not answering is no customer failure").isEmpty();
        assertThat(ami.actions(a -> a.action().equalsIgnoreCase("Originate")))
                .extracting(a -> a.value("Channel") + " " + a.value("Exten") + " " + a.value("ChannelId") + " " + a.value("OtherChannelId"))
                .containsExactly("Local/1001@agents 0687654321 numvert-cb-0001 numvert-cb-0001-2",
                        "Local/9999@agents 0687654321 numvert-cb-0002 numvert-cb-0002-2");
    }

    @Test
    void aBusyCustomerIsACallbackFailureAndTheAgentsHangUpAfterTheMessageEndsNothingMore() throws Exception {
        CallId call = new CallId("cb-busy");

        replayFailedCallback("numvert-callback-busy.txt.gz", "1795882104.36", "1795882104.37", call, "0699999486");

        assertThat(sink.await(CallbackFailed.class)).isEqualTo(new CallbackFailed(call, "BUSY"));
        assertThat(sink.events(c -> c.equals(call))).containsExactly(new OfferAnswered(call, AGENT_1002), new CallbackFailed(call, "BUSY"));
    }

    @Test
    void aNumberThatDoesNotExistIsACallbackFailureOfItsOwn() throws Exception {
        CallId call = new CallId("cb-unreachable");

        replayFailedCallback("numvert-callback-unreachable.txt.gz", "1795882112.40", "1795882112.41", call, "12345");

        assertThat(sink.await(CallbackFailed.class)).isEqualTo(new CallbackFailed(call, "CHANUNAVAIL"));
        assertThat(sink.events(c -> c.equals(call))).containsExactly(new OfferAnswered(call, AGENT_1002),
                new CallbackFailed(call, "CHANUNAVAIL"));
    }

    /**
     * Replays a captured callback of agent 1002 to {@code number} whose customer leg fails, the
     * Asterisk ids of its two Local legs renamed to the ids numvert chooses, and
     * waits until every event was sent and translated.
     */
    private void replayFailedCallback(String trace, String agentLeg, String otherLeg, CallId call, String number)
            throws Exception {
        CompletableFuture<Void> done = new AmiReplay(AmiCapture.load(trace,
                Map.of(agentLeg, "numvert-cb-0001", otherLeg, "numvert-cb-0001-2")), ami).start();
        harness.gateway.execute(new StartCallback(call, AGENT_1002, "Local/1002@agents", CallerNumber.of(number), 20));
        sink.await(CallbackFailed.class);
        done.get(10, TimeUnit.SECONDS);
        everyEventSentIsTranslated();
    }

    /**
     * A barrier: a callback failure of another callback, sent after everything else, is
     * translated after every event sent before it (asterisk-java dispatches them in order).
     */
    private void everyEventSentIsTranslated() {
        CallId marker = new CallId("cb-marker");
        harness.gateway.execute(new StartCallback(marker, AGENT_1001, "Local/1001@agents", CallerNumber.of("0687654321"), 20));
        String channel = "numvert-cb-0002";
        ami.send("Event: UserEvent\r\nPrivilege: user,all\r\nChannel: Local/1001@agents-000000ff;1\r\nUniqueid: "
                + channel + "\r\nLinkedid: " + channel + "\r\nUserEvent: NumvertCallbackFailed\r\nDialStatus: BUSY\r\n\r\n");
        sink.await(CallbackFailed.class, f -> f.call().equals(marker));
    }

    @Test
    void supervisorsSpyOnTheAgentsLegToListenWhisperOrBarge() throws Exception {
        CallId call = enter("agi-numvert-chanspy-01-ivr.txt");
        AmiReplay replay = new AmiReplay(AmiCapture.load("numvert-chanspy.txt.gz"), ami);
        CompletableFuture<Void> done = replay.start();
        harness.gateway.execute(new OfferCall(call, AGENT_1001, "Local/1001@agents", 15));
        sink.await(OfferAnswered.class);

        for (SupervisionMode mode : SupervisionMode.values()) {
            harness.gateway.execute(new Supervise(call, AGENT_1001, "Local/2001@numvert-supervisors", mode));
        }

        done.get(10, TimeUnit.SECONDS);
        assertThat(matched(replay, "Originate")).extracting(a -> a.value("Application") + " " + a.value("Data"))
                .containsExactly("ChanSpy Local/1001@agents-0000001b;1,q", "ChanSpy Local/1001@agents-0000001b;1,qw",
                        "ChanSpy Local/1001@agents-0000001b;1,qB");
        assertThat(harness.gateway.supportsSupervision()).isTrue();
    }

    @Test
    void aCancelledOfferSendsTheCallerBackToHoldButNeverOutOfAConversation() throws Exception {
        CallId ringing = enter("agi-numvert-answered-01-ivr.txt");
        CallId talking = enter("agi-numvert-ring-no-answer-01-ivr.txt");
        harness.gateway.execute(new OfferCall(ringing, AGENT_1001, "PJSIP/1001", 15));
        harness.gateway.execute(new OfferCall(talking, AGENT_1002, "PJSIP/1002", 15));
        ami.send("Event: DialEnd\r\nPrivilege: call,all\r\nChannel: Local/3@callers-00000004;1\r\nUniqueid: "
                + talking + "\r\nLinkedid: " + talking + "\r\nContext: numvert-connect\r\nDialStatus: ANSWER\r\n\r\n");
        sink.await(OfferAnswered.class);

        harness.gateway.execute(new CancelOffer(talking, AGENT_1002));
        harness.gateway.execute(new CancelOffer(ringing, AGENT_1001));

        AmiMessage back = ami.received(a -> a.value("Context").equals("numvert-hold")).get(10, TimeUnit.SECONDS);
        assertThat(back.value("Channel")).isEqualTo("Local/2@callers-00000000;1");
        assertThat(ami.actions(a -> a.value("Context").equals("numvert-hold"))).hasSize(1);
    }

    @Test
    void overflowActionsRedirectTheCallerToTheOverflowContext() throws Exception {
        CallId call = enter("agi-numvert-answered-01-ivr.txt");

        harness.gateway.execute(new OverflowCall(call, new OverflowAction.ToGroup(new GroupId("formation-orientation"))));
        harness.gateway.execute(new OverflowCall(call, new OverflowAction.Voicemail()));

        AmiMessage redirect = ami.received(a -> a.action().equalsIgnoreCase("Redirect")).get(10, TimeUnit.SECONDS);
        assertThat(redirect.value("Context")).isEqualTo("numvert-overflow");
        assertThat(redirect.value("Exten")).isEqualTo("voicemail");
        assertThat(ami.actions(a -> a.action().equalsIgnoreCase("Redirect"))).hasSize(1);
    }

    /** Registers the call the capture's IVR session stands for, as the IVR script would. */
    private CallId enter(String ivrCapture) {
        AgiCapture ivr = AgiCapture.load(ivrCapture);
        String uniqueId = ivr.header("agi_uniqueid");
        CallId call = new CallId(uniqueId);
        harness.gateway.calls().enter(new CallEntered(call, new HotlineId("formation"), new GroupId("formation-stagiaires"), 0,
                CallerNumber.of(ivr.header("agi_callerid")), "", List.of(), null),
                uniqueId, ivr.header("agi_channel"), ivr.header("agi_extension"));
        return call;
    }

    private static List<AmiMessage> matched(AmiReplay replay, String action) {
        return replay.matched().stream().filter(a -> a.action().equalsIgnoreCase(action)).toList();
    }
}
