package org.numvert.app;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.numvert.ivr.crisis.CrisisSwitchboard;
import org.numvert.ivr.yaml.IvrScripts;
import org.numvert.ivr.yaml.ScriptLoader;
import org.numvert.records.CallJournal;
import org.numvert.routing.CallControl;
import org.numvert.routing.DesktopPhone;
import org.numvert.routing.RoutingEngine;
import org.numvert.routing.RoutingListener;
import org.numvert.sim.SimEnvironment;
import org.numvert.sim.SimulatedPbx;
import org.numvert.sim.SimulatedPbxVerticle;
import org.numvert.store.Database;
import org.numvert.store.Roster;
import org.numvert.store.SkillGroupCatalogue;
import org.numvert.store.StoredGroup;
import org.numvert.store.WrapUpCode;
import org.numvert.web.AgentDeskApi;
import org.numvert.web.AgentStateApi;
import org.numvert.web.AgentsApi;
import org.numvert.web.Api;
import org.numvert.web.AuditTrail;
import org.numvert.web.CrisisApi;
import org.numvert.web.GroupsApi;
import org.numvert.web.HealthCheck;
import org.numvert.web.LiveBoard;
import org.numvert.web.LiveStreamApi;
import org.numvert.web.SupervisionApi;
import org.numvert.web.WrapUpNotes;
import org.numvert.web.security.Accounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The routing side of the service, wired in order by {@link Numvert}: the stored agents and
 * groups ({@link Roster}), the engine and its listeners, the call-control port (the simulated PBX
 * here; the Asterisk gateway through {@link #connect}), and the live APIs built on them.
 */
final class CallCentre {
    private static final Logger LOG = LoggerFactory.getLogger(CallCentre.class);

    private final Vertx vertx;
    private final NumvertConfig config;
    private final MeterRegistry registry;
    private final Map<String, HealthCheck> healthChecks;
    private Roster roster;
    private volatile SkillGroupCatalogue catalogue = SkillGroupCatalogue.EMPTY;
    private EngineVerticle engine;
    private String engineDeployment;
    private LiveBoard board;
    private CallControl port = command -> { };
    private DesktopPhone desktopPhone = DesktopPhone.NONE;
    private WrapUpNotes wrapUpNotes = WrapUpNotes.NONE;
    private String pbxDeployment;
    private RoutingListener records = output -> { };
    private CallJournal journal = CallJournal.NONE;

    CallCentre(Vertx vertx, NumvertConfig config, MeterRegistry registry, Map<String, HealthCheck> healthChecks) {
        this.vertx = vertx;
        this.config = config;
        this.registry = registry;
        this.healthChecks = healthChecks;
    }

    Roster roster() {
        return roster;
    }

    EngineVerticle engine() {
        return engine;
    }

    /** The stored agents and skill groups (their ids are known to the IVR validation). */
    Future<Void> openRoster(Database database) {
        return vertx.<Roster>executeBlocking(() -> Roster.open(database, Clock.systemUTC()))
                .onSuccess(r -> roster = r).mapEmpty();
    }

    /**
     * Groups of the catalogue that are not stored yet are added (the database is the reference
     * after), and every agent account gets a routing profile the first time it is seen. The
     * catalogue's wrap-up codes follow the scripts' reloads.
     */
    Future<Void> seed(IvrScripts scripts, Accounts accounts) {
        return vertx.<Void>executeBlocking(() -> {
            catalogue = servedCatalogue(scripts);
            roster.seed(catalogue);
            roster.welcome(accounts.agents().stream().map(a -> roster.starterProfile(a.agent(), a.displayName(),
                    a.organisation(), "PJSIP/" + a.login())).toList());
            scripts.onReload(library -> reloadCatalogue(scripts));
            return null;
        });
    }

    private static SkillGroupCatalogue servedCatalogue(IvrScripts scripts) {
        String text = scripts.lastLoad().served().get(ScriptLoader.SKILL_GROUPS);
        return text == null ? SkillGroupCatalogue.EMPTY : SkillGroupCatalogue.parse(text);
    }

    private void reloadCatalogue(IvrScripts scripts) {
        try {
            catalogue = servedCatalogue(scripts);
        } catch (IllegalArgumentException e) {
            LOG.error("skill-group catalogue not reloaded (wrap-up codes unchanged): {}", e.getMessage());
        }
    }

    /**
     * The call records: the engine's first listener, subscribed before its first fact, and the
     * journal the simulated PBX reports the IVR part of its calls to.
     */
    <R extends RoutingListener & CallJournal> void recordWith(R recorder) {
        records = Objects.requireNonNull(recorder, "recorder");
        journal = recorder;
    }

    /**
     * The engine, with its listeners subscribed before it runs (meters, the agents' state
     * recorder, the live pages), then fed the stored groups, agents and states before any call.
     */
    Future<Void> startEngine() {
        engine = new EngineVerticle(RoutingEngine.builder(Clock.systemUTC()).settings(config.routing()).build());
        engine.subscribe(records);
        engine.subscribe(new EngineMeters(registry));
        engine.subscribe(roster.stateRecorder());
        board = new LiveBoard(engine, RoutingEngine.PARIS);
        return vertx.deployVerticle(engine).compose(id -> {
            engineDeployment = id;
            healthChecks.put("routing", () -> Future.fromCompletionStage(engine.read(view ->
                    HealthCheck.Status.up(view.groups().size() + " group(s), " + view.agents().size() + " agent(s)"))));
            return roster.feed(engine);
        });
    }

    /** The simulated PBX as the engine's port: connected before its first caller and agent. */
    Future<Void> startSimulatedPbx(IvrScripts scripts, CrisisSwitchboard crisis) {
        SimEnvironment environment = new SimEnvironment(scripts::current, crisis::current,
                () -> roster.groups().stream().map(StoredGroup::group).toList(),
                hotline -> catalogue.wrapUpCodes().getOrDefault(hotline, List.of()).stream()
                        .map(WrapUpCode::code).toList());
        SimulatedPbxVerticle verticle = new SimulatedPbxVerticle(engine, config.sim(), environment, Clock.systemUTC());
        return vertx.deployVerticle(verticle).onSuccess(id -> {
            pbxDeployment = id;
            SimulatedPbx pbx = verticle.pbx();
            pbx.recordTo(journal);
            connect(pbx, pbx);
            Gauge.builder("numvert.sim.callers.in.progress", pbx, SimulatedPbx::callersInProgress)
                    .description("Calls in the simulated PBX (IVR, queue, conversation)").register(registry);
            healthChecks.put("pbx", () -> Future.succeededFuture(HealthCheck.Status.up(
                    "simulated PBX, " + pbx.callersInProgress() + " callers in progress")));
            pbx.start();
        }).mapEmpty();
    }

    /** Connects the engine's call-control port and the desktop phone controls it offers. */
    void connect(CallControl callControl, DesktopPhone phone) {
        port = Objects.requireNonNull(callControl, "callControl");
        desktopPhone = Objects.requireNonNull(phone, "phone");
        engine.connect(callControl);
    }

    /** Whether the connected PBX lets a supervisor listen, whisper or barge. */
    boolean supportsSupervision() {
        return port.supportsSupervision();
    }

    /** Where the agents' wrap-up notes go (the call records plug in here). */
    void keepWrapUpNotes(WrapUpNotes notes) {
        wrapUpNotes = Objects.requireNonNull(notes, "notes");
    }

    /** Agents, groups, the agent desk, crisis mode, supervision and the live streams. */
    List<Api> apis(AuditTrail audit, CrisisSwitchboard crisis, IvrScripts scripts) {
        AgentsApi agents = new AgentsApi(board, roster, audit, desktopPhone);
        GroupsApi groups = new GroupsApi(board, roster, audit);
        AgentDeskApi desk = new AgentDeskApi(board, agents, desktopPhone, () -> catalogue.wrapUpCodes(), wrapUpNotes);
        CallControl connected = port;
        return List.of(agents, new AgentStateApi(board, audit, agents), desk, groups,
                new CrisisApi(crisis, scripts::current, roster, Clock.systemUTC()),
                new SupervisionApi(board, roster, audit, connected::supportsSupervision),
                new LiveStreamApi(vertx, board, groups, agents, desk));
    }

    Future<Void> stopCallControl() {
        String id = pbxDeployment;
        pbxDeployment = null;
        return id == null ? Future.succeededFuture() : vertx.undeploy(id);
    }

    Future<Void> stopEngine() {
        String id = engineDeployment;
        engineDeployment = null;
        return id == null ? Future.succeededFuture() : vertx.undeploy(id);
    }
}
