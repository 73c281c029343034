package org.numvert.web.security;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.numvert.routing.AgentId;
import org.numvert.routing.Organisation;
import org.numvert.store.Database;
import org.numvert.store.Migrations;
import org.numvert.testing.TestClock;
import org.numvert.web.AuditTrail;
import org.numvert.web.HealthApi;
import org.numvert.web.HttpSettings;
import org.numvert.web.MetricsApi;
import org.numvert.web.Principal;
import org.numvert.web.Role;
import org.numvert.web.WebServer;

/**
 * The web server as the service mounts it (security first, then health, metrics and a probe API
 * standing for the APIs of other packages) on port 0, over an in-memory database with five users.
 */
final class SecuredServer implements AutoCloseable {
    /** Cheap hashing for tests; the production cost is checked by the jar's integration test. */
    static final int TEST_ITERATIONS = 1_000;

    final Vertx vertx = Vertx.vertx();
    final TestClock clock = new TestClock(Instant.parse("2025-03-10T08:00:00Z"));
    final Database database;
    final Accounts accounts;
    final WebClient client;
    final int port;
    final String sessionCookie;

    private SecuredServer(SecuritySettings settings, HttpSettings http) throws Exception {
        database = Database.openMemory("security-" + UUID.randomUUID()).withWorkers(vertx);
        Migrations.fromClasspath(database).migrate();
        accounts = Accounts.open(database, settings, new PasswordHasher(TEST_ITERATIONS), clock);
        createUsers();
        WebSecurity security = new WebSecurity(vertx, settings, database, accounts,
                new AuditTrail(database, Clock.systemUTC()));
        sessionCookie = security.sessionCookie();
        WebServer server = new WebServer(http, List.of(security, new HealthApi("test", Map.of()),
                new MetricsApi(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT)), SecuredServer::probe));
        await(vertx.deployVerticle(server));
        port = server.actualPort();
        client = WebClient.create(vertx, new WebClientOptions().setFollowRedirects(false)
                .setSsl(http.tls()).setTrustAll(true).setVerifyHost(false));
    }

    static SecuredServer start() throws Exception {
        return start(SecuritySettings.defaults(false));
    }

    static SecuredServer start(SecuritySettings settings) throws Exception {
        return new SecuredServer(settings, new HttpSettings("127.0.0.1", 0, null, null));
    }

    static SecuredServer startTls(String cert, String key) throws Exception {
        return new SecuredServer(SecuritySettings.defaults(true),
                new HttpSettings("127.0.0.1", 0, Path.of(cert), Path.of(key)));
    }

    /** The password of every test user: its login followed by this. */
    static String passwordOf(String login) {
        return login + "-Secret-42";
    }

    /** {@code secret} with its first character changed: never equal to it, whatever it starts with. */
    static String tampered(String secret) {
        return (secret.charAt(0) == 'A' ? "B" : "A") + secret.substring(1);
    }

    Browser browser() {
        return new Browser(this);
    }

    /** A browser already logged in as {@code login}. */
    Browser loggedIn(String login) throws Exception {
        Browser browser = browser();
        browser.login(login, passwordOf(login));
        return browser;
    }

    String tokenFor(String login) {
        return accounts.tokens().issue(login, "test token").secret();
    }

    private void createUsers() {
        create("admin", Role.ADMIN, Organisation.REGION);
        create("sup-region", Role.SUPERVISOR, Organisation.REGION);
        create("sup-adocc", Role.SUPERVISOR, Organisation.ADOCC);
        create("agent-region", Role.AGENT, Organisation.REGION);
        create("agent-adocc", Role.AGENT, Organisation.ADOCC);
    }

    private void create(String login, Role role, Organisation organisation) {
        Optional<AgentId> agent = role == Role.AGENT ? Optional.of(new AgentId(login)) : Optional.empty();
        accounts.create(login, new AccountDetails("User " + login, role, organisation, false, agent),
                passwordOf(login));
    }

    /** {@code /probe} (a page) and {@code /api/probe} (GET and POST): stand for other packages' routes. */
    private static void probe(Router router) {
        router.get("/probe").handler(ctx -> ctx.response().end("page of " + Principal.required(ctx).login()));
        router.route("/api/probe").handler(ctx -> ctx.response().putHeader("content-type", "application/json")
                .end(new JsonObject().put("login", Principal.required(ctx).login())
                        .put("method", ctx.request().method().name()).encode()));
    }

    static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        await(vertx.close());
        database.close();
    }
}
