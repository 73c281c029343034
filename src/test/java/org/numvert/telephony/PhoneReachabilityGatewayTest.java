package org.numvert.telephony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.numvert.routing.AgentId;
import org.numvert.routing.AgentState;
import org.numvert.routing.CallId;
import org.numvert.routing.CallerNumber;
import org.numvert.routing.GroupId;
import org.numvert.routing.HotlineId;
import org.numvert.routing.PauseReason;
import org.numvert.routing.RoutingCommand.OfferCall;
import org.numvert.routing.RoutingEvent.AgentPaused;
import org.numvert.routing.RoutingEvent.CallEntered;
import org.numvert.routing.RoutingEvent.DeviceChanged;
import org.numvert.routing.RoutingFact.CallQueued;
import org.numvert.routing.RoutingFact.AgentStateChanged;
import org.numvert.telephony.fake.AmiMessage;
import org.numvert.telephony.fake.FakeAmiConnection;
import org.numvert.telephony.fake.ListResponses;

/**
 * Agents' phones through the gateway and the real engine, over real TCP: an unregistered
 * softphone ({@code DeviceStateChange} {@code UNAVAILABLE}, written as in the captures, which
 * hold no such state) takes its agent out of the offers, its return brings it back, and the
 * lists asked at a login ({@code DeviceStateList}, {@code ExtensionStateList}) count as well.
 */
class PhoneReachabilityGatewayTest {
    private static final AgentId AGENT = new AgentId("1001");
    private static final AgentId OTHER = new AgentId("1002");
    private static final String GROUP = "entreprises-aides";

    private final EngineThread engine = new EngineThread();
    private final RecordingSink delivered = new RecordingSink();
    private GatewayHarness harness;
    private FakeAmiConnection ami;

    @BeforeEach
    void connect() throws Exception {
        harness = new GatewayHarness(event -> {
            delivered.deliver(event);
            engine.deliver(event);
        }, QueueStandings.of(engine));
        engine.connect(harness.gateway);
        ami = harness.loggedIn();
        ami.respond(ListResponses.successes());
        engine.agent("1001", "PJSIP/1001", GROUP, true);
        engine.agent("1002", "PJSIP/1002", GROUP, true);
        engine.await(AgentStateChanged.class, change -> change.agent().equals(OTHER) && change.to() == AgentState.READY);
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
        engine.close();
    }

    @Test
    void anUnregisteredPhoneGetsNoCallUntilItRegistersAgain() throws Exception {
        engine.deliver(new AgentPaused(OTHER, PauseReason.BACK_OFFICE));
        ami.send(deviceState("PJSIP/1001", "UNAVAILABLE") + deviceState("PJSIP/1001", "UNAVAILABLE"));
        engine.await(AgentStateChanged.class, pausedForPhone(AGENT));
        harness.gateway.calls().enter(new CallEntered(new CallId("1795890000.7"), new HotlineId("entreprises"),
                new GroupId(GROUP), 0, CallerNumber.of("0611223344"), "", List.of(), null),
                "1795890000.7", "PJSIP/trunk-00000007", "0800111111");
        engine.await(CallQueued.class);
        assertThat(engine.outputs(OfferCall.class)).as("no offer to an unreachable phone").isEmpty();

        ami.send(deviceState("PJSIP/1001", "NOT_INUSE") + deviceState("PJSIP/1001", "NOT_INUSE"));
        AmiMessage dial = ami.received(action -> action.action().equalsIgnoreCase("Setvar")
                && action.value("Variable").equals(Dialplan.AGENT_DIAL)).get(10, TimeUnit.SECONDS);
        ami.send(deviceState("PJSIP/1002", "UNAVAILABLE"));
        delivered.await(DeviceChanged.class, change -> change.device().equals("PJSIP/1002"));

        assertThat(dial.value("Value")).isEqualTo("PJSIP/1001");
        assertThat(delivered.events(DeviceChanged.class)).containsExactly(new DeviceChanged("PJSIP/1001", false),
                new DeviceChanged("PJSIP/1001", true), new DeviceChanged("PJSIP/1002", false));
        assertThat(engine.outputs(AgentStateChanged.class)).filteredOn(change -> change.agent().equals(AGENT))
                .extracting(AgentStateChanged::to, AgentStateChanged::reason).containsExactly(
                        tuple(AgentState.PAUSED, PauseReason.NOT_READY), tuple(AgentState.READY, null),
                        tuple(AgentState.PAUSED, PauseReason.DEVICE_UNAVAILABLE), tuple(AgentState.READY, null),
                        tuple(AgentState.RESERVED, null));
        assertThat(engine.read(view -> view.agent(OTHER).orElseThrow().pauseReason()).toCompletableFuture()
                .get(5, TimeUnit.SECONDS)).as("the agent's own pause is kept").isEqualTo(PauseReason.BACK_OFFICE);
    }

    @Test
    void theStatesListedAtALoginCountAsChanges() throws Exception {
        harness.ami.prepareNext(connection -> connection.respond(PhoneReachabilityGatewayTest::lists));

        ami.drop();
        harness.loggedIn();

        engine.await(AgentStateChanged.class, pausedForPhone(AGENT));
        engine.await(AgentStateChanged.class, pausedForPhone(OTHER));
        assertThat(harness.gateway.deviceState("Local/1003@agents")).contains("UNKNOWN");
        assertThat(delivered.events(DeviceChanged.class)).extracting(DeviceChanged::device)
                .as("a Local device has no reachability").containsExactlyInAnyOrder("PJSIP/1001", "PJSIP/1002");
    }

    private static Predicate<AgentStateChanged> pausedForPhone(AgentId agent) {
        return change -> change.agent().equals(agent) && PauseReason.DEVICE_UNAVAILABLE.equals(change.reason());
    }

    /** As Asterisk writes it (trace README, "Device state and hints"). */
    private static String deviceState(String device, String state) {
        return "Event: DeviceStateChange\r\nPrivilege: call,all\r\nDevice: " + device + "\r\nState: " + state
                + "\r\n\r\n";
    }

    /**
     * {@code DeviceStateList}: 1001 unregistered; {@code ExtensionStateList}: a Local hint in an
     * unknown state, then 1002's hint unavailable (the last item: once it is seen, all were).
     */
    private static Optional<String> lists(AmiMessage action) {
        String id = action.actionId();
        return switch (action.action().toLowerCase()) {
            case "devicestatelist" -> Optional.of(list(id, "Device State Changes will follow", "DeviceStateListComplete",
                    "Event: DeviceStateChange\r\nActionID: " + id + "\r\nDevice: Queue:entreprises_avail\r\nState: INUSE\r\n\r\n",
                    "Event: DeviceStateChange\r\nActionID: " + id + "\r\nDevice: PJSIP/1001\r\nState: UNAVAILABLE\r\n\r\n"));
            case "extensionstatelist" -> Optional.of(list(id, "Extension Statuses will follow",
                    "ExtensionStateListComplete", hint(id, "1003", "Local/1003@agents", -1, "Unknown"),
                    hint(id, "1002", "PJSIP/1002", 4, "Unavailable")));
            default -> Optional.empty();
        };
    }

    private static String hint(String id, String exten, String hint, int status, String text) {
        return "Event: ExtensionStatus\r\nActionID: " + id + "\r\nExten: " + exten + "\r\nContext: numvert-hints\r\nHint: "
                + hint + "\r\nStatus: " + status + "\r\nStatusText: " + text + "\r\n\r\n";
    }

    private static String list(String id, String message, String complete, String... items) {
        return "Response: Success\r\nActionID: " + id + "\r\nEventList: start\r\nMessage: " + message + "\r\n\r\n"
                + String.join("", items) + "Event: " + complete + "\r\nActionID: " + id
                + "\r\nEventList: Complete\r\nListItems: " + items.length + "\r\n\r\n";
    }
}
