package org.numvert.app;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.micrometer.Label;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.numvert.ivr.crisis.CrisisSwitchboard;
import org.numvert.routing.DesktopPhone;
import org.numvert.ivr.yaml.IvrScripts;
import org.numvert.records.CallJournal;
import org.numvert.records.CallerHistory;
import org.numvert.store.Database;
import org.numvert.store.Migrations;
import org.numvert.store.SettingsRepository;
import org.numvert.telephony.AmiSettings;
import org.numvert.telephony.AsteriskGateway;
import org.numvert.web.Api;
import org.numvert.web.AuditTrail;
import org.numvert.web.HealthApi;
import org.numvert.web.HealthCheck;
import org.numvert.web.LivePages;
import org.numvert.web.MetricsApi;
import org.numvert.web.SiteApi;
import org.numvert.web.WebServer;
import org.numvert.web.security.Accounts;
import org.numvert.web.security.DemoAccounts;
import org.numvert.web.security.PasswordHasher;
import org.numvert.web.security.WebSecurity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running service: wires the parts in dependency order and stops them in reverse.
 *
 * <p>Start: data directory, database and migrations, the FAQ (index opened or rebuilt, {@code
 * kb/} imported at first start), then the HTTP server last, so that nothing is served before the
 * parts behind it are ready. Stop: the HTTP server first (stop accepting), then the parts (the
 * FAQ writes its search log and closes its index), the database last (a clean {@code SHUTDOWN}).
 */
public final class Numvert {
    private static final Logger LOG = LoggerFactory.getLogger(Numvert.class);

    private final NumvertConfig config;
    private final Vertx vertx;
    private final PrometheusMeterRegistry registry;
    private final Map<String, HealthCheck> healthChecks = new ConcurrentSkipListMap<>();
    private final List<Api> apis = new ArrayList<>();
    private Database database;
    private FaqComponent faq;
    private String instanceId;
    private Accounts accounts;
    private AuditTrail auditTrail;
    private WebServer webServer;
    private WebSecurity webSecurity;
    private String webDeployment;
    private IvrScripts ivrScripts;
    private CrisisSwitchboard crisis;
    private final CallCentre callCentre;
    private AsteriskGateway asterisk;
    private final CallRecords records;

    private Numvert(NumvertConfig config) {
        this.config = config;
        this.registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        this.vertx = Vertx.builder()
                .with(new VertxOptions().setMetricsOptions(new MicrometerMetricsOptions()
                        .setEnabled(true)
                        .setJvmMetricsEnabled(false)
                        .setLabels(EnumSet.of(Label.HTTP_METHOD, Label.HTTP_CODE, Label.HTTP_ROUTE,
                                Label.POOL_TYPE, Label.POOL_NAME))))
                .withMetrics(new MicrometerMetricsFactory(registry))
                .build();
        bindJvmMetrics();
        this.callCentre = new CallCentre(vertx, config, registry, healthChecks);
        this.records = new CallRecords(vertx, config, healthChecks);
    }

    /** Creates the service on {@code config}; nothing runs until {@link #start()}. */
    public static Numvert create(NumvertConfig config) {
        return new Numvert(config);
    }

    /** Starts the parts in dependency order; the future fails if any part cannot start. */
    public Future<Void> start() {
        return createDataDir()
                .compose(v -> openDatabase())
                .compose(v -> openAccounts())
                .compose(v -> openFaq())
                .compose(v -> callCentre.openRoster(database))
                .compose(v -> startIvr())
                .compose(v -> records.start(database))
                .onSuccess(v -> callCentre.recordWith(records.recorder()))
                .onSuccess(v -> callCentre.keepWrapUpNotes(records.wrapUpNotes()))
                .compose(v -> callCentre.seed(ivrScripts, accounts))
                .compose(v -> callCentre.startEngine())
                .compose(v -> records.restoreToday(callCentre.engine()))
                .compose(v -> startCallControl())
                .compose(v -> records.restoreCallbacks(callCentre.engine()))
                .compose(v -> startWeb());
    }

    /**
     * Stops the parts in reverse order and closes Vert.x, waiting at most {@code timeout}. Call it
     * from a thread that is not Vert.x's (the shutdown hook, a test); safe after a failed start
     * and more than once.
     */
    public void stop(Duration timeout) throws InterruptedException, ExecutionException, TimeoutException {
        try {
            undeployWeb()
                    .compose(v -> stopAsterisk())
                    .compose(v -> callCentre.stopCallControl())
                    .compose(v -> callCentre.stopEngine())
                    .compose(v -> records.stop())
                    .compose(v -> stopIvr())
                    .compose(v -> closeFaq())
                    .compose(v -> closeDatabase())
                    .toCompletionStage().toCompletableFuture()
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture()
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            LOG.info("numvert stopped");
        }
    }

    /** numvert's meters, as {@code /metrics} exposes them to authenticated scrapers. */
    String scrapeMetrics() {
        return registry.scrape();
    }

    public int httpPort() {
        return webServer.actualPort();
    }

    public NumvertConfig config() {
        return config;
    }

    /**
     * The routing engine's host, once started: the event sink and read access for the other
     * parts, and where the call-control port is connected ({@link EngineVerticle#connect}).
     */
    public EngineVerticle engine() {
        return callCentre.engine();
    }

    /**
     * Where the hosts of calls (FastAGI IVR, simulated PBX) report what the engine does not see
     * (IVR entry, choices, exit, transfers, calls that end in the IVR); once started.
     */
    public CallJournal callJournal() {
        return records.recorder();
    }

    /** "Previous calls from the same number today", for the agent desktop; once started. */
    public CallerHistory callerHistory() {
        return records.history();
    }

    private Future<Void> createDataDir() {
        return vertx.<Void>executeBlocking(() -> {
            Files.createDirectories(config.dataDir());
            Files.createDirectories(config.databaseDir());
            return null;
        });
    }

    private Future<Void> openDatabase() {
        return vertx.<Void>executeBlocking(() -> {
            database = Database.openFile(config.databaseDir()).withWorkers(vertx);
            Migrations.fromClasspath(database).migrate();
            instanceId = new SettingsRepository(database)
                    .getOrCreate("instance.id", () -> UUID.randomUUID().toString());
            return null;
        }).onSuccess(v -> healthChecks.put("database", () -> database.async(database::ping)
                .map(ok -> HealthCheck.Status.up(database.description()))));
    }

    private Future<Void> openFaq() {
        return FaqComponent.start(vertx, config, database).onSuccess(started -> {
            faq = started;
            healthChecks.put("index", started.health());
            apis.add(started.api(registry));
        }).mapEmpty();
    }

    private Future<Void> closeFaq() {
        FaqComponent part = faq;
        faq = null;
        return part == null ? Future.succeededFuture() : part.stop();
    }

    /** Users and the audit trail; on the embedded default, demo accounts at the first start. */
    private Future<Void> openAccounts() {
        return vertx.<Void>executeBlocking(() -> {
            accounts = Accounts.open(database, config.security(), PasswordHasher.production(), Clock.systemUTC());
            auditTrail = new AuditTrail(database, Clock.systemUTC());
            if (!config.asteriskConfigured()) {
                DemoAccounts.createIfNoUsers(accounts, config.dataDir());
            }
            return null;
        });
    }

    /**
     * With {@code ami.host} set, the Asterisk gateway is the engine's call-control port: FastAGI
     * server bound (the start fails if its port is taken), AMI logging in in the background
     * (health check {@code pbx}, gauge {@code numvert_ami_connected}).
     */
    private Future<Void> startAsterisk() {
        if (config.ami().isEmpty()) {
            return Future.succeededFuture();
        }
        AmiSettings ami = config.ami().get();
        asterisk = AsteriskGateway.create(ami, config.agi(), callCentre.engine(), ivrScripts::current,
                crisis::current, callJournal());
        callCentre.connect(asterisk, DesktopPhone.NONE);
        AsteriskGateway gateway = asterisk;
        Gauge.builder("numvert_ami_connected", gateway, g -> g.amiLoggedIn() ? 1 : 0)
                .description("1 while logged in to Asterisk's manager interface").register(registry);
        healthChecks.put("pbx", () -> Future.succeededFuture(gateway.amiLoggedIn()
                ? HealthCheck.Status.up("AMI logged in to " + ami.host() + ":" + ami.port()
                        + ", FastAGI on port " + gateway.agiPort())
                : HealthCheck.Status.down("AMI not logged in to " + ami.host() + ":" + ami.port())));
        return Future.fromCompletionStage(gateway.start(), vertx.getOrCreateContext());
    }

    private Future<Void> stopAsterisk() {
        AsteriskGateway gateway = asterisk;
        asterisk = null;
        return gateway == null ? Future.succeededFuture() : vertx.<Void>executeBlocking(() -> {
            gateway.stop(Duration.ofSeconds(5));
            return null;
        });
    }

    /**
     * IVR scripts (refusing to start on an invalid script that has no previous valid version),
     * hot reload, and the crisis switchboard. The last valid scripts are kept in the data
     * directory, so that a script broken while the service was down does not stop the next start.
     */
    private Future<Void> startIvr() {
        return vertx.<IvrScripts>executeBlocking(() -> IvrScripts.open(config.ivrScriptsDir(),
                        config.dataDir().resolve("ivr-valid"), callCentre.roster()::groupIds).watch())
                .compose(scripts -> {
                    ivrScripts = scripts;
                    healthChecks.put("ivr", () -> Future.succeededFuture(HealthCheck.Status.up(ivrHealth())));
                    return CrisisSwitchboard.open(database, Clock.systemUTC(), scripts);
                })
                .onSuccess(board -> crisis = board)
                .mapEmpty();
    }

    private String ivrHealth() {
        String scripts = "scripts " + ivrScripts.current().versions();
        List<String> fallbacks = ivrScripts.lastLoad().fallbacks();
        String active = crisis == null ? "" : crisis.active().stream().map(s -> "crisis mode on for " + s.scope())
                .reduce((a, b) -> a + ", " + b).map(s -> "; " + s).orElse("");
        return scripts + (fallbacks.isEmpty() ? "" : "; " + String.join("; ", fallbacks)) + active;
    }

    private Future<Void> stopIvr() {
        IvrScripts scripts = ivrScripts;
        return scripts == null ? Future.succeededFuture() : vertx.<Void>executeBlocking(() -> {
            scripts.close();
            return null;
        });
    }

    /** The engine's call-control port: Asterisk when configured, else the simulated PBX. */
    private Future<Void> startCallControl() {
        return config.asteriskConfigured() ? startAsterisk()
                : callCentre.startSimulatedPbx(ivrScripts, crisis);
    }

    private Future<Void> startWeb() {
        webSecurity = new WebSecurity(vertx, config.security(), database, accounts, auditTrail);
        apis.add(0, webSecurity);
        apis.add(new HealthApi(instanceId, healthChecks));
        apis.add(new MetricsApi(registry));
        apis.addAll(callCentre.apis(auditTrail, crisis, ivrScripts));
        apis.addAll(records.apis(auditTrail, callCentre.engine()));
        apis.add(new SiteApi(ivrScripts::current, callCentre::supportsSupervision));
        apis.add(new LivePages());
        webServer = new WebServer(config.http(), apis);
        return vertx.deployVerticle(webServer).onSuccess(id -> webDeployment = id).mapEmpty();
    }

    private Future<Void> undeployWeb() {
        String id = webDeployment;
        webDeployment = null;
        Future<Void> undeployed = id == null ? Future.succeededFuture() : vertx.undeploy(id);
        return undeployed.onComplete(done -> {
            if (webSecurity != null) {
                webSecurity.close();
            }
        });
    }

    private Future<Void> closeDatabase() {
        Database db = database;
        database = null;
        return db == null ? Future.succeededFuture() : vertx.<Void>executeBlocking(() -> {
            db.close();
            return null;
        });
    }

    private void bindJvmMetrics() {
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }
}
