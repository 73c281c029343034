package org.numvert.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.Map;
import org.asteriskjava.manager.event.AbstractChannelEvent;
import org.asteriskjava.manager.event.BridgeEnterEvent;
import org.asteriskjava.manager.event.DeviceStateChangeEvent;
import org.asteriskjava.manager.event.DialBeginEvent;
import org.asteriskjava.manager.event.DialEndEvent;
import org.asteriskjava.manager.event.ExtensionStatusEvent;
import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.HangupRequestEvent;
import org.asteriskjava.manager.event.MusicOnHoldStartEvent;
import org.asteriskjava.manager.event.NewExtenEvent;
import org.asteriskjava.manager.event.NewStateEvent;
import org.asteriskjava.manager.event.OriginateResponseEvent;
import org.asteriskjava.manager.event.SoftHangupRequestEvent;
import org.junit.jupiter.api.Test;
import org.numvert.routing.AgentId;
import org.numvert.routing.CallId;
import org.numvert.routing.CallerNumber;
import org.numvert.routing.EndedBy;
import org.numvert.routing.GroupId;
import org.numvert.routing.HotlineId;
import org.numvert.routing.RoutingEvent;
import org.numvert.routing.RoutingEvent.CallEnded;
import org.numvert.routing.RoutingEvent.CallEntered;
import org.numvert.routing.RoutingEvent.DeviceChanged;
import org.numvert.routing.RoutingEvent.OfferAnswered;
import org.numvert.routing.RoutingEvent.OfferFailed;
import org.slf4j.LoggerFactory;

/** The AMI translation, fed real asterisk-java event objects (no sockets). */
class AmiTranslatorTest {
    private static final String CALLER = "Local/2@callers-00000000;1";
    private static final String UID = "1795881901.0";
    private static final CallId CALL = new CallId(UID);
    private static final AgentId AGENT = new AgentId("1001");

    private final RecordingSink sink = new RecordingSink();
    private final CallTracker calls = new CallTracker(sink);
    private final AgentDevices devices = new AgentDevices(sink);
    private final AmiTranslator translator = new AmiTranslator(calls, devices);

    @Test
    void anAnsweredOfferEndsOnTheSideWhoseFarEndHungUpFirst() {
        enterAndOffer();
        translator.translate(dialBegin("Local/1001@agents-00000001;1"));
        translator.translate(dialEnd(UID, "ANSWER"));
        translator.translate(farEndHungUp("Local/1001@agents-00000001;1", "1795881915.3"));
        SoftHangupRequestEvent soft = channel(new SoftHangupRequestEvent(this), CALLER, UID, null);
        soft.setLinkedId(UID);
        translator.translate(soft);
        translator.translate(hangup("Local/1001@agents-00000001;1", "1795881915.3", 16));
        translator.translate(hangup(CALLER, UID, 16));

        assertThat(sink.events()).containsExactly(entered(), new OfferAnswered(CALL, AGENT), new CallEnded(CALL, EndedBy.AGENT));
    }

    @Test
    void theOtherHalfOfTheCallersLocalChannelIsTheCallersSide() {
        enterAndOffer();
        translator.translate(bridgeEnter());
        translator.translate(farEndHungUp("Local/2@callers-00000000;2", "1795881901.1"));
        translator.translate(hangup(CALLER, UID, 16));

        assertThat(sink.events(CallEnded.class)).containsExactly(new CallEnded(CALL, EndedBy.CALLER));
        assertThat(sink.events(OfferAnswered.class)).hasSize(1);
    }

    @Test
    void theDialplansUserEventFailsTheOfferEvenWithoutDialEnd() {
        enterAndOffer();
        NumvertNoAnswerEvent noAnswer = new NumvertNoAnswerEvent(this);
        noAnswer.setUniqueId(UID);
        noAnswer.setChannel(CALLER);
        noAnswer.setContext("numvert-connect");
        noAnswer.setDialStatus("CHANUNAVAIL");
        translator.translate(noAnswer);
        translator.translate(moh("numvert-hold"));

        assertThat(sink.events(OfferFailed.class)).containsExactly(new OfferFailed(CALL, AGENT, "CHANUNAVAIL"));
    }

    @Test
    void aCallerBackInHoldAfterReachingTheConnectContextFailedTheOffer() {
        enterAndOffer();
        translator.translate(moh("numvert-hold"));
        assertThat(sink.events(OfferFailed.class)).as("the Redirect has not taken effect yet").isEmpty();

        translator.translate(newExten("numvert-connect"));
        translator.translate(dialEnd(UID, "BUSY"));
        translator.translate(newExten("numvert-hold"));

        assertThat(sink.events(OfferFailed.class)).containsExactly(new OfferFailed(CALL, AGENT, "BUSY"));
    }

    @Test
    void aHangUpOrderedByNumvertIsTheSystemsWhateverTheLegsSay() {
        enterAndOffer();
        translator.translate(dialEnd(UID, "ANSWER"));
        calls.hangUp(CALL);
        translator.translate(farEndHungUp("Local/1001@agents-00000001;1", "1795881915.3"));
        translator.translate(hangup(CALLER, UID, 16));

        assertThat(sink.events(CallEnded.class)).containsExactly(new CallEnded(CALL, EndedBy.SYSTEM));
    }

    @Test
    void aCallerWhoHungUpBeforeTheIvrRegisteredTheCallEndsAtOnce() {
        translator.translate(hangup(CALLER, UID, 16));

        calls.enter(entered(), UID, CALLER, "0800222222");

        assertThat(sink.events()).containsExactly(entered(), new CallEnded(CALL, EndedBy.CALLER));
        assertThat(calls.isTracked(UID)).isFalse();
    }

    @Test
    void callbacksAreAnsweredWhenTheAgentsChannelGoesUpAndFailWithTheOriginate() {
        CallId answered = new CallId("cb-1");
        CallId busy = new CallId("cb-2");
        CallId unanswered = new CallId("cb-3");
        calls.callbackStarted(answered, AGENT, "numvert-cb-0001", "PJSIP/1001");
        calls.callbackStarted(busy, AGENT, "numvert-cb-0002", "PJSIP/1001");
        calls.callbackStarted(unanswered, AGENT, "numvert-cb-0003", "PJSIP/1001");

        NewStateEvent up = channel(new NewStateEvent(this), "PJSIP/1001-00000001", "numvert-cb-0001", null);
        up.setChannelState(6);
        translator.translate(up);
        translator.translate(hangup("PJSIP/1001-00000002", "numvert-cb-0002", 17));
        OriginateResponseEvent failure = new OriginateResponseEvent(this);
        failure.setResponse("Failure");
        failure.setReason(3);
        failure.setUniqueId("numvert-cb-0003");
        translator.translate(failure);

        assertThat(sink.events()).containsExactly(new OfferAnswered(answered, AGENT),
                new OfferFailed(busy, AGENT, "BUSY"), new OfferFailed(unanswered, AGENT, "NOANSWER"));
    }

    @Test
    void anEventThatCannotBeReadIsLoggedOnceAndTheNextOnesStillCount() {
        ListAppender<ILoggingEvent> log = capture();
        enterAndOffer();
        for (int i = 0; i < 3; i++) {
            translator.translate(hangup(CALLER, null, 16));
        }
        translator.translate(dialEnd(UID, "ANSWER"));

        assertThat(log.list).filteredOn(line -> line.getLevel() == Level.WARN).hasSize(1);
        assertThat(sink.events(OfferAnswered.class)).hasSize(1);
        assertThat(calls.isTracked(UID)).isTrue();
    }

    @Test
    void anOriginatesOwnDialHasNoCallingChannelAndIsNoMistake() {
        ListAppender<ILoggingEvent> log = capture();
        DialBeginEvent begin = new DialBeginEvent(this);
        begin.setDestChannel("Local/1001@agents-00000017;1");
        begin.setDestUniqueId("numvert-cb-0001");

        translator.translate(begin);

        assertThat(log.list).isEmpty();
    }

    @Test
    void aResynchronisationSettlesWhatHappenedWhileNobodyListened() {
        CallId gone = enterAs("1.1", "Local/1@callers-00000001;1");
        CallId answered = enterAs("1.2", "Local/2@callers-00000002;1");
        CallId backInHold = enterAs("1.3", "Local/3@callers-00000003;1");
        calls.startOffer(answered, AGENT);
        calls.startOffer(backInHold, new AgentId("1002"));
        long mark = calls.mark();
        CallId newer = enterAs("1.4", "Local/4@callers-00000004;1");

        calls.reconcile(mark, Map.of(
                "1.2", snapshot("1.2", "numvert-connect", "bridge-1"),
                "1.3", snapshot("1.3", "numvert-hold", "")));

        assertThat(sink.events()).filteredOn(e -> !(e instanceof CallEntered)).containsExactly(
                new CallEnded(gone, EndedBy.UNKNOWN), new OfferAnswered(answered, AGENT),
                new OfferFailed(backInHold, new AgentId("1002"), "NOANSWER"));
        assertThat(calls.isTracked("1.4")).as(newer + " registered after the snapshot").isTrue();
    }

    @Test
    void devicesAreKnownFromHintsAndDeviceStates() {
        devices.hintChanged("PJSIP/1001&PJSIP/1001b", null, "InUse");
        devices.deviceChanged("PJSIP/1002", "not_inuse");

        assertThat(devices.state("PJSIP/1001b")).contains("INUSE");
        assertThat(devices.state("PJSIP/1002")).contains("NOT_INUSE");
        assertThat(devices.state("Local/0612345678@numvert-outbound")).isEmpty();
    }

    @Test
    void onlyChangesBetweenReachableAndUnreachableReachTheEngine() {
        translator.translate(deviceState("PJSIP/1001", "NOT_INUSE"));
        translator.translate(deviceState("PJSIP/1001", "UNAVAILABLE"));
        translator.translate(deviceState("PJSIP/1001", "UNAVAILABLE"));
        translator.translate(deviceState("PJSIP/1001", "INVALID"));
        translator.translate(deviceState("PJSIP/1002", "UNKNOWN"));
        translator.translate(deviceState("PJSIP/1001", "RINGING"));
        translator.translate(deviceState("PJSIP/1001", "INUSE"));
        translator.translate(deviceState("PJSIP/1002", null));
        translator.translate(deviceState("PJSIP/1002", "BUSY"));
        translator.translate(hint("PJSIP/1003", 4, "Unavailable"));
        translator.translate(hint("PJSIP/1003", 4, "Unavailable"));
        translator.translate(hint("PJSIP/1003", 9, "InUse&Ringing"));
        translator.translate(hint("PJSIP/1003", 17, "InUse&Hold"));
        translator.translate(hint("PJSIP/1004", -1, null));
        translator.translate(hint("PJSIP/1004", null, "Idle"));
        translator.translate(deviceState("Local/0612345678@numvert-outbound", "INVALID"));
        translator.translate(hint("Local/1001@agents", 4, "Unavailable"));

        assertThat(sink.events()).containsExactly(new DeviceChanged("PJSIP/1001", false),
                new DeviceChanged("PJSIP/1002", false), new DeviceChanged("PJSIP/1001", true),
                new DeviceChanged("PJSIP/1002", true), new DeviceChanged("PJSIP/1003", false),
                new DeviceChanged("PJSIP/1003", true), new DeviceChanged("PJSIP/1004", false),
                new DeviceChanged("PJSIP/1004", true));
        assertThat(devices.state("PJSIP/1003")).contains("ONHOLD");
        assertThat(devices.state("Local/1001@agents")).contains("UNAVAILABLE");
    }

    private DeviceStateChangeEvent deviceState(String device, String state) {
        DeviceStateChangeEvent event = new DeviceStateChangeEvent(this);
        event.setDevice(device);
        event.setState(state);
        return event;
    }

    /** A null state or text is how asterisk-java reads Asterisk's {@code Unknown}. */
    private ExtensionStatusEvent hint(String hint, Integer status, String text) {
        ExtensionStatusEvent event = new ExtensionStatusEvent(this);
        event.setHint(hint);
        event.setStatus(status);
        event.setStatustext(text);
        return event;
    }

    private void enterAndOffer() {
        calls.enter(entered(), UID, CALLER, "0800222222");
        calls.startOffer(CALL, AGENT);
    }

    private CallId enterAs(String uniqueId, String channel) {
        CallId call = new CallId(uniqueId);
        calls.enter(new CallEntered(call, new HotlineId("formation"), new GroupId("formation-stagiaires"), 0,
                CallerNumber.of("0612345678"), "", List.of(), null), uniqueId, channel, "0800222222");
        return call;
    }

    private static CallEntered entered() {
        return new CallEntered(CALL, new HotlineId("formation"), new GroupId("formation-stagiaires"), 0,
                CallerNumber.of("0612345678"), "", List.of(), null);
    }

    private static ChannelSnapshot snapshot(String uniqueId, String context, String bridge) {
        return new ChannelSnapshot(uniqueId, uniqueId, "Local/x@callers-0000000f;1", context, "Dial", bridge,
                "0612345678", Map.of());
    }

    private <T extends AbstractChannelEvent> T channel(T event, String name, String uniqueId, String context) {
        event.setChannel(name);
        event.setUniqueId(uniqueId);
        event.setContext(context);
        return event;
    }

    private HangupRequestEvent farEndHungUp(String name, String uniqueId) {
        HangupRequestEvent event = channel(new HangupRequestEvent(this), name, uniqueId, null);
        event.setLinkedId(UID);
        return event;
    }

    private HangupEvent hangup(String name, String uniqueId, int cause) {
        HangupEvent event = channel(new HangupEvent(this), name, uniqueId, null);
        event.setLinkedId(name.startsWith("Local/1001") ? UID : uniqueId);
        event.setCause(cause);
        return event;
    }

    private DialBeginEvent dialBegin(String dest) {
        DialBeginEvent event = new DialBeginEvent(this);
        event.setChannel(CALLER);
        event.setUniqueId(UID);
        event.setContext("numvert-connect");
        event.setDestChannel(dest);
        return event;
    }

    private DialEndEvent dialEnd(String uniqueId, String status) {
        DialEndEvent event = new DialEndEvent(this);
        event.setChannel(CALLER);
        event.setUniqueId(uniqueId);
        event.setContext("numvert-connect");
        event.setDialStatus(status);
        return event;
    }

    private BridgeEnterEvent bridgeEnter() {
        BridgeEnterEvent event = new BridgeEnterEvent(this);
        event.setChannel(CALLER);
        event.setUniqueId(UID);
        return event;
    }

    private MusicOnHoldStartEvent moh(String context) {
        MusicOnHoldStartEvent event = new MusicOnHoldStartEvent(this);
        event.setChannel(CALLER);
        event.setUniqueId(UID);
        event.setContext(context);
        return event;
    }

    private NewExtenEvent newExten(String context) {
        NewExtenEvent event = new NewExtenEvent(this);
        event.setChannel(CALLER);
        event.setUniqueId(UID);
        event.setContext(context);
        return event;
    }

    private static ListAppender<ILoggingEvent> capture() {
        Logger logger = (Logger) LoggerFactory.getLogger(AmiTranslator.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        return appender;
    }
}
