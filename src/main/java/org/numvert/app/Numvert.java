package org.numvert.app;

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
import org.numvert.ivr.yaml.IvrScripts;
import org.numvert.store.Database;
import org.numvert.store.Migrations;
import org.numvert.store.SettingsRepository;
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
 * <p>Start: data directory, database and migrations, then the HTTP server last, so that nothing
 * is served before the parts behind it are ready. Stop: the HTTP server first (stop accepting),
 * then the parts, the database last (a clean {@code SHUTDOWN}).
 */
public final class Numvert {
    private static final Logger LOG = LoggerFactory.getLogger(Numvert.class);

    private final NumvertConfig config;
    private final Vertx vertx;
    private final PrometheusMeterRegistry registry;
    private final Map<String, HealthCheck> healthChecks = new ConcurrentSkipListMap<>();
    private final List<Api> apis = new ArrayList<>();
    private Database database;
    private String instanceId;
    private Accounts accounts;
    private AuditTrail auditTrail;
    private WebServer webServer;
    private String webDeployment;
    private IvrScripts ivrScripts;
    private CrisisSwitchboard crisis;
    private final CallCentre callCentre;

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
                .compose(v -> callCentre.openRoster(database))
                .compose(v -> startIvr())
                .compose(v -> callCentre.seed(ivrScripts, accounts))
                .compose(v -> callCentre.startEngine())
                .compose(v -> startCallControl())
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
                    .compose(v -> callCentre.stopCallControl())
                    .compose(v -> callCentre.stopEngine())
                    .compose(v -> stopIvr())
                    .compose(v -> closeDatabase())
                    .toCompletionStage().toCompletableFuture()
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture()
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            LOG.info("numvert stopped");
        }
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
        return config.asteriskConfigured() ? startAsteriskGateway()
                : callCentre.startSimulatedPbx(ivrScripts, crisis);
    }

    /**
     * Where the Asterisk gateway (AMI + FastAGI) plugs in: deploy it, then
     * {@code callCentre.connect(gateway, desktopPhone)} and register the health check {@code pbx}.
     */
    private Future<Void> startAsteriskGateway() {
        LOG.warn("Asterisk is configured (ami.host) but this build has no Asterisk gateway: no calls will come");
        healthChecks.put("pbx", () -> Future.succeededFuture(HealthCheck.Status.down("no Asterisk gateway in this build")));
        return Future.succeededFuture();
    }

    private Future<Void> startWeb() {
        apis.add(0, new WebSecurity(vertx, config.security(), database, accounts, auditTrail));
        apis.add(new HealthApi(instanceId, healthChecks));
        apis.add(new MetricsApi(registry));
        apis.addAll(callCentre.apis(auditTrail, crisis, ivrScripts));
        apis.add(new SiteApi(ivrScripts::current, callCentre::supportsSupervision));
        apis.add(new LivePages());
        webServer = new WebServer(config.http(), apis);
        return vertx.deployVerticle(webServer).onSuccess(id -> webDeployment = id).mapEmpty();
    }

    private Future<Void> undeployWeb() {
        String id = webDeployment;
        webDeployment = null;
        return id == null ? Future.succeededFuture() : vertx.undeploy(id);
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
