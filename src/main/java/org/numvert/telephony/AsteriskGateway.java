package org.numvert.telephony;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.asteriskjava.manager.event.ManagerEvent;
import org.numvert.ivr.CrisisState;
import org.numvert.ivr.ScriptLibrary;
import org.numvert.records.CallJournal;
import org.numvert.routing.CallControl;
import org.numvert.routing.EngineClient;
import org.numvert.routing.RoutingCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The call-control port on a real Asterisk (DESIGN.md, decisions 1 and 2): AMI for events and
 * call control, FastAGI for the IVR and hold scripts, both through asterisk-java. The engine
 * sees only {@link CallControl} and the events delivered to its {@link RoutingEventSink}: it
 * cannot tell this gateway from the simulators. Besides calls, it reports whether agents' phones
 * can be reached ({@link org.numvert.routing.RoutingEvent.DeviceChanged}, see {@link AgentDevices}).
 *
 * <p>Threads: {@link #execute} returns at once (actions are written by the {@code numvert-ami}
 * worker); AMI events are translated on asterisk-java's dispatch thread and handed to the sink;
 * FastAGI sessions run on {@code numvert-agi-N}. The sink must hand events to the engine's own
 * thread and return at once.
 */
public final class AsteriskGateway implements CallControl {
    private static final Logger LOG = LoggerFactory.getLogger(AsteriskGateway.class);

    private final CallTracker calls;
    private final AgentDevices devices;
    private final AmiLink link;
    private final AsteriskCallControl control;
    private final FastAgiServer agi;
    private final AtomicInteger resynchronisations = new AtomicInteger();
    private volatile int agiPort;

    AsteriskGateway(AmiSettings ami, AgiSettings agi, GatewayWiring wiring, GatewayTuning tuning) {
        this.calls = new CallTracker(wiring.sink());
        this.devices = new AgentDevices(wiring.sink());
        AmiTranslator translator = new AmiTranslator(calls, devices);
        Duration cap = Duration.ofSeconds(ami.reconnectMaxSeconds());
        this.link = new AmiLink(ami, new Backoff(tuning.firstReconnectDelay(),
                cap.compareTo(tuning.firstReconnectDelay()) < 0 ? tuning.firstReconnectDelay() : cap),
                tuning.actionTimeout(), new LinkListener(translator));
        this.control = new AsteriskCallControl(link, calls, tuning.channelIds());
        IvrOutcomes outcomes = new IvrOutcomes(calls, wiring.sink());
        CallbackOffer callbacks = new CallbackOffer(wiring.sink());
        this.agi = new FastAgiServer(agi, new AgiScripts(Map.of(
                "ivr", new IvrScript(wiring, tuning.clock(), outcomes),
                "hold", new HoldScript(calls, wiring.standings(), callbacks),
                "callback-offer", new CallbackOfferScript(callbacks))));
    }

    /**
     * A gateway for {@code ami} and {@code agi}, delivering its events to {@code engine} (whose
     * figures the hold announcements read); the IVR runs the scripts {@code scripts} supplies,
     * in the {@code crisis} state of the moment the call arrives, and reports each call's IVR
     * part to {@code journal}.
     */
    public static AsteriskGateway create(AmiSettings ami, AgiSettings agi, EngineClient engine,
            Supplier<ScriptLibrary> scripts, Supplier<CrisisState> crisis, CallJournal journal) {
        GatewayWiring wiring = new GatewayWiring(engine, QueueStandings.of(engine), scripts, crisis, journal);
        return new AsteriskGateway(ami, agi, wiring, GatewayTuning.production());
    }

    /**
     * Starts the FastAGI server (the stage completes once its port is bound, or fails) and the
     * AMI link, which logs in in the background and keeps retrying: an Asterisk that is down at
     * start makes the {@code pbx} health check fail, not the service.
     */
    public CompletionStage<Void> start() {
        link.start();
        return agi.start().thenAccept(port -> agiPort = port);
    }

    /** Stops accepting FastAGI sessions and logs off AMI, waiting at most {@code timeout} each. */
    public void stop(Duration timeout) throws InterruptedException {
        agi.stop(timeout);
        link.stop(timeout);
    }

    @Override
    public void execute(RoutingCommand command) {
        control.execute(command);
    }

    @Override
    public boolean supportsSupervision() {
        return control.supportsSupervision();
    }

    /** Logged in to AMI right now (the {@code pbx} health check and the gauge). */
    public boolean amiLoggedIn() {
        return link.loggedIn();
    }

    /** The FastAGI port actually bound (useful when {@code agi.port} is 0). */
    public int agiPort() {
        return agiPort;
    }

    /** The last known state of an agent's device ({@code PJSIP/1001} → {@code INUSE} …). */
    public Optional<String> deviceState(String contact) {
        return devices.state(contact);
    }

    /** How many resynchronisations completed since start (one per login). */
    public int resynchronisations() {
        return resynchronisations.get();
    }

    CallTracker calls() {
        return calls;
    }

    /** AMI link events: translate, resynchronise after each login. */
    private final class LinkListener implements AmiLink.Listener {
        private final AmiTranslator translator;

        LinkListener(AmiTranslator translator) {
            this.translator = translator;
        }

        @Override
        public void onEvent(ManagerEvent event) {
            translator.translate(event);
        }

        @Override
        public void onLoggedIn() {
            new AmiResync(link, calls).run().whenComplete((done, failure) -> {
                if (failure != null) {
                    LOG.warn("AMI resynchronisation failed: {}", failure.toString());
                } else {
                    resynchronisations.incrementAndGet();
                }
            });
        }

        @Override
        public void onLost() {
            LOG.warn("AMI link down: calls are kept as they were until the next login resynchronises them");
        }
    }
}
