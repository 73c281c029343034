package org.numvert.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.numvert.routing.AgentId;
import org.numvert.routing.CallId;
import org.numvert.routing.CallPhase;
import org.numvert.routing.CallerNumber;
import org.numvert.routing.EndedBy;
import org.numvert.routing.GroupId;
import org.numvert.routing.GroupFigures;
import org.numvert.routing.HotlineId;
import org.numvert.routing.OverflowAction;
import org.numvert.routing.RoutingEvent.AgentReady;
import org.numvert.routing.RoutingEvent.CallEntered;
import org.numvert.routing.RoutingEvent.CallbackRequested;
import org.numvert.routing.RoutingFact.CallbackFailed;
import org.numvert.routing.RoutingFact.EventIgnored;
import org.numvert.routing.RoutingFact.CallAbandoned;
import org.numvert.routing.RoutingFact.CallAnswered;
import org.numvert.routing.RoutingFact.CallCompleted;
import org.numvert.routing.RoutingFact.CallQueued;
import org.numvert.routing.RoutingFact.CallbackQueued;
import org.numvert.routing.RoutingFact.OfferMissed;
import org.numvert.telephony.fake.AgiCapture;
import org.numvert.telephony.fake.AmiCapture;
import org.numvert.telephony.fake.AmiMessage;
import org.numvert.telephony.fake.AmiReplay;
import org.numvert.telephony.fake.FakeAgiClient;
import org.numvert.telephony.fake.FakeAmiConnection;
import org.numvert.telephony.fake.ListResponses;

/**
 * Whole calls through the gateway and the real routing engine: the FastAGI sessions and the AMI
 * conversation of a capture are replayed against the gateway, the engine decides, and the
 * gateway carries its decisions out on the fake Asterisk.
 */
class GatewayEndToEndTest {
    private final EngineThread engine = new EngineThread();
    private GatewayHarness harness;
    private FakeAmiConnection ami;
    private final CompletableFuture<Void> ivrOver = new CompletableFuture<>();

    @BeforeEach
    void connect() throws Exception {
        harness = new GatewayHarness(engine, QueueStandings.of(engine));
        engine.connect(harness.gateway);
        ami = harness.loggedIn();
        ami.respond(ListResponses.successes());
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
        engine.close();
    }

    @ParameterizedTest
    @CsvSource({"0800111111, 1 1, entreprises-aides", "0800222222, 1 1, formation-stagiaires",
            "0800333333, 1, transport-soignants"})
    void aCallToEachHotlineGoesThroughItsIvrToAnAnsweringAgent(String number, String digits, String group)
            throws Exception {
        engine.agent("1001", "Local/1001@agents", group, false);
        AgiCapture ivr = AgiCapture.load("agi-numvert-answered-01-ivr.txt");
        CallId call = new CallId(ivr.header("agi_uniqueid"));
        CompletableFuture<Void> done = replayAfterIvr("numvert-answered.txt.gz", call);
        CompletableFuture<FakeAgiClient.Session> ivrDone = ivr(new FakeAgiClient(ivr)
                .with("agi_network_script", "ivr?hotline=" + number).presses(digits.split(" ")));

        assertThat(engine.await(CallQueued.class).group()).isEqualTo(new GroupId(group));
        FakeAgiClient.Session hold = session(new FakeAgiClient(AgiCapture.load("agi-numvert-answered-02-hold.txt")))
                .get(10, TimeUnit.SECONDS);
        engine.deliver(new AgentReady(new AgentId("1001")));

        assertThat(engine.await(CallAnswered.class).agent()).isEqualTo(new AgentId("1001"));
        assertThat(engine.await(CallCompleted.class).by()).isEqualTo(EndedBy.AGENT);
        done.get(10, TimeUnit.SECONDS);
        assertThat(ivrDone.get().commands("SET VARIABLE")).contains("SET VARIABLE \"NUMVERT_GROUP\" \"" + group + "\"");
        assertThat(harness.journal.lines()).first().asString().startsWith("entered " + call + " ");
        assertThat(harness.journal.lines()).filteredOn(line -> line.startsWith("choice " + call))
                .extracting(line -> line.substring(line.lastIndexOf(' ') + 1)).containsExactly(digits.split(" "));
        assertThat(harness.journal.lines()).last().isEqualTo("left " + call + " QUEUED " + group);
        assertThat(hold.commands("STREAM FILE")).startsWith("STREAM FILE \"queue-youarenext\" \"\"");
    }

    @Test
    void aCallerWhoHangsUpWhileWaitingIsAnAbandon() throws Exception {
        AgiCapture ivr = AgiCapture.load("agi-numvert-abandon-on-hold-moh-01-ivr.txt");
        CallId call = new CallId(ivr.header("agi_uniqueid"));
        CompletableFuture<Void> done = replayAfterIvr("numvert-abandon-on-hold-moh.txt.gz", call);
        CompletableFuture<FakeAgiClient.Session> ivrDone = ivr(new FakeAgiClient(ivr)
                .with("agi_network_script", "ivr?hotline=0800222222").presses("1", "1"));

        CallAbandoned abandoned = engine.await(CallAbandoned.class);

        assertThat(abandoned.call()).isEqualTo(call);
        assertThat(abandoned.group()).isEqualTo(new GroupId("formation-stagiaires"));
        done.get(10, TimeUnit.SECONDS);
    }

    @Test
    void aCallerWhoHangsUpDuringTheHoldAnnouncementIsAnAbandonAndTheSessionEndsQuietly() throws Exception {
        AgiCapture ivr = AgiCapture.load("agi-numvert-abandon-on-hold-agi-01-ivr.txt");
        CallId call = new CallId(ivr.header("agi_uniqueid"));
        CompletableFuture<Void> done = replayAfterIvr("numvert-abandon-on-hold-agi.txt.gz", call);
        ivr(new FakeAgiClient(ivr).with("agi_network_script", "ivr?hotline=0800333333").presses("1"));

        FakeAgiClient.Session hold = session(new FakeAgiClient(AgiCapture.load("agi-numvert-abandon-on-hold-agi-02-hold.txt")))
                .get(10, TimeUnit.SECONDS);

        assertThat(engine.await(CallAbandoned.class).call()).isEqualTo(call);
        done.get(10, TimeUnit.SECONDS);
        assertThat(hold.closedByServer()).isTrue();
        assertThat(hold.commands("STREAM FILE")).hasSize(1);
    }

    @Test
    void anAgentWhoDoesNotAnswerIsPausedAndTheCallIsServedFromItsPlace() throws Exception {
        engine.agent("9999", "Local/9999@agents", "transport-soignants", true);
        engine.agent("1002", "Local/1002@agents", "transport-soignants", false);
        AgiCapture ivr = AgiCapture.load("agi-numvert-ring-no-answer-01-ivr.txt");
        CallId call = new CallId(ivr.header("agi_uniqueid"));
        CompletableFuture<Void> done = replayAfterIvr("numvert-ring-no-answer.txt.gz", call);
        CompletableFuture<FakeAgiClient.Session> ivrDone = ivr(new FakeAgiClient(ivr)
                .with("agi_network_script", "ivr?hotline=0800333333").presses("1"));

        OfferMissed missed = engine.await(OfferMissed.class);
        assertThat(missed.agent()).isEqualTo(new AgentId("9999"));
        assertThat(missed.reason()).isEqualTo("NOANSWER");
        CompletableFuture<FakeAgiClient.Session> hold = session(
                new FakeAgiClient(AgiCapture.load("agi-numvert-ring-no-answer-02-hold.txt")));
        engine.deliver(new AgentReady(new AgentId("1002")));

        assertThat(engine.await(CallAnswered.class).agent()).isEqualTo(new AgentId("1002"));
        assertThat(engine.await(CallCompleted.class).call()).isEqualTo(call);
        done.get(10, TimeUnit.SECONDS);
        assertThat(hold.get(10, TimeUnit.SECONDS).commands("STREAM FILE")).hasSize(1);
        assertThat(engine.outputs(CallAbandoned.class)).isEmpty();
    }

    @Test
    void aDroppedAmiConnectionIsRestoredAndWhatHappenedMeanwhileReachesTheEngine() throws Exception {
        engine.agent("1001", "Local/1001@agents", "entreprises-aides", true);
        AgiCapture ivrA = AgiCapture.load("agi-numvert-resync-01-ivr.txt");
        AgiCapture ivrB = AgiCapture.load("agi-numvert-resync-02-ivr.txt");
        CallId waiting = new CallId(ivrA.header("agi_uniqueid"));
        CallId talking = new CallId(ivrB.header("agi_uniqueid"));
        CompletableFuture<Void> aOver = new CompletableFuture<>();
        CompletableFuture<Void> bOver = new CompletableFuture<>();
        CompletableFuture<Void> first = new AmiReplay(AmiCapture.load("numvert-resync-1.txt.gz"), ami)
                .holdBefore(entersHold(waiting), aOver).holdBefore(entersHold(talking), bOver).start();
        session(new FakeAgiClient(ivrA).with("agi_network_script", "ivr?hotline=0800222222").presses("1", "1"))
                .whenComplete((s, e) -> aOver.complete(null));
        session(new FakeAgiClient(ivrB).with("agi_network_script", "ivr?hotline=0800111111").presses("1", "1"))
                .whenComplete((s, e) -> bOver.complete(null));
        assertThat(engine.await(CallAnswered.class).call()).isEqualTo(talking);
        first.get(10, TimeUnit.SECONDS);
        CompletableFuture<CompletableFuture<Void>> second = new CompletableFuture<>();
        harness.ami.prepareNext(connection -> second.complete(new AmiReplay(AmiCapture.load("numvert-resync-2.txt.gz"),
                connection, m -> AmiReplay.isGatewayAction(m) && !m.actionId().equals("numvert-resync-2-9")).start()));

        ami.drop();

        CallAbandoned abandoned = engine.await(CallAbandoned.class);
        assertThat(abandoned.call()).isEqualTo(waiting);
        assertThat(engine.await(CallCompleted.class)).extracting(CallCompleted::call, CallCompleted::by)
                .containsExactly(talking, EndedBy.AGENT);
        second.get(10, TimeUnit.SECONDS).get(10, TimeUnit.SECONDS);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> harness.gateway.resynchronisations() == 2);
        assertThat(harness.gateway.deviceState("Local/9998@agents")).as("read from ExtensionStateList").contains("NOT_INUSE");
        assertThat(engine.outputs(CallQueued.class)).hasSize(2);
        assertThat(engine.read(view -> view.calls()).toCompletableFuture().get(5, TimeUnit.SECONDS))
                .allMatch(status -> status.phase() == CallPhase.WRAP_UP);
    }

    @Test
    void aCallbackAskedForDuringHoldIsDialledAgentFirst() throws Exception {
        engine.agent("1001", "PJSIP/1001", "entreprises-aides", false);
        AgiCapture ivr = AgiCapture.load("agi-numvert-callback-01-ivr.txt");
        ivr(new FakeAgiClient(ivr).with("agi_network_script", "ivr?hotline=0800111111").presses("1", "1"))
                .get(10, TimeUnit.SECONDS);
        engine.await(CallQueued.class);

        session(new FakeAgiClient(AgiCapture.load("agi-numvert-callback-02-hold.txt"))).get(10, TimeUnit.SECONDS);
        CallbackQueued queued = engine.await(CallbackQueued.class);
        engine.deliver(new AgentReady(new AgentId("1001")));

        AmiMessage originate = ami.received(a -> a.action().equalsIgnoreCase("Originate")).get(10, TimeUnit.SECONDS);
        assertThat(queued.number()).isEqualTo(CallerNumber.of("0687654321"));
        assertThat(originate.value("Channel")).isEqualTo("PJSIP/1001");
        assertThat(originate.value("Context")).isEqualTo("numvert-callback");
        assertThat(originate.value("Exten")).isEqualTo("0687654321");
        assertThat(originate.value("ChannelId")).isEqualTo("numvert-cb-0001");
    }

    @Test
    void aCallbackToABusyCustomerReleasesTheAgentOnceAndWaitsForItsRetry() throws Exception {
        GroupId group = new GroupId("entreprises-aides");
        engine.agent("1002", "Local/1002@agents", group.value(), false);
        CallId call = new CallId("c-busy");
        engine.deliver(new CallEntered(call, new HotlineId("entreprises"), group, 0, CallerNumber.of("0699999486"),
                "", List.of(), new OverflowAction.None()));
        engine.deliver(new CallbackRequested(call, CallerNumber.of("0699999486")));
        CompletableFuture<Void> done = new AmiReplay(AmiCapture.load("numvert-callback-busy.txt.gz",
                Map.of("1795882104.36", "numvert-cb-0001", "1795882104.37", "numvert-cb-0001-2")), ami).start();
        engine.deliver(new AgentReady(new AgentId("1002")));

        CallbackFailed failed = engine.await(CallbackFailed.class);
        done.get(10, TimeUnit.SECONDS);
        assertThat(failed).extracting(CallbackFailed::callback, CallbackFailed::reason, CallbackFailed::givenUp)
                .containsExactly(new CallId("c-busy-cb"), "BUSY", false);
        assertThat(engine.await(CallCompleted.class).call()).isEqualTo(new CallId("c-busy-cb"));
        GroupFigures figures = engine.read(view -> view.figures(group).orElseThrow()).toCompletableFuture()
                .get(5, TimeUnit.SECONDS);
        assertThat(figures.callbacksToRetry()).isEqualTo(1);
        assertThat(engine.outputs(EventIgnored.class)).isEmpty();
        assertThat(engine.outputs(CallCompleted.class)).hasSize(1);
    }

    @Test
    void aCallerWhoHangsUpDuringTheIvrNeverReachesTheEngine() throws Exception {
        AgiCapture ivr = AgiCapture.load("agi-numvert-hangup-in-ivr-01-ivr.txt");
        CompletableFuture<Void> done = new AmiReplay(AmiCapture.load("numvert-hangup-in-ivr.txt.gz"), ami).start();

        FakeAgiClient.Session session = session(new FakeAgiClient(ivr).with("agi_network_script", "ivr?hotline=0800111111"))
                .get(10, TimeUnit.SECONDS);

        done.get(10, TimeUnit.SECONDS);
        assertThat(session.closedByServer()).isTrue();
        assertThat(session.received("GET DATA")).isTrue();
        assertThat(session.commands("SET VARIABLE")).noneMatch(c -> c.contains("NUMVERT_GROUP"));
        assertThat(engine.read(view -> view.calls()).toCompletableFuture().get(5, TimeUnit.SECONDS)).isEmpty();
        assertThat(engine.outputs(CallQueued.class)).isEmpty();
        CallId call = new CallId(ivr.header("agi_uniqueid"));
        assertThat(harness.journal.lines()).filteredOn(line -> !line.startsWith("entered"))
                .containsExactly("left " + call + " CALLER_HUNG_UP ", "gone " + call + " CALLER");
    }

    /**
     * Starts replaying {@code capture}, held before the caller enters the hold context until the
     * IVR session (started next, by {@link #ivr}) is over, as Asterisk waits for the FastAGI
     * server before it runs the next priority.
     */
    private CompletableFuture<Void> replayAfterIvr(String capture, CallId call) {
        return new AmiReplay(AmiCapture.load(capture), ami).holdBefore(entersHold(call), ivrOver).start();
    }

    private CompletableFuture<FakeAgiClient.Session> ivr(FakeAgiClient client) {
        return session(client).whenComplete((session, failure) -> ivrOver.complete(null));
    }

    private CompletableFuture<FakeAgiClient.Session> session(FakeAgiClient client) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return client.run(harness.agiPort());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The first event of the caller's channel in the hold context: after the IVR session ended. */
    private static Predicate<AmiMessage> entersHold(CallId call) {
        return message -> message.value("Uniqueid").equals(call.value()) && message.value("Context").equals("numvert-hold");
    }
}
