package org.numvert.web.reports;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.numvert.app.EngineVerticle;
import org.numvert.records.CallRecorder;
import org.numvert.records.CallerHistory;
import org.numvert.records.CallerKeys;
import org.numvert.records.CallerRequests;
import org.numvert.records.RecordsSettings;
import org.numvert.records.RecordsVerticle;
import org.numvert.records.Reports;
import org.numvert.records.WrapUpNoteBook;
import org.numvert.routing.AgentId;
import org.numvert.routing.CallId;
import org.numvert.routing.Organisation;
import org.numvert.routing.RoutingEngine;
import org.numvert.routing.RoutingEvent;
import org.numvert.routing.RoutingSettings;
import org.numvert.store.Database;
import org.numvert.store.Migrations;
import org.numvert.testing.TestClock;
import org.numvert.web.AuditTrail;
import org.numvert.web.HttpSettings;
import org.numvert.web.Role;
import org.numvert.web.WebServer;
import org.numvert.web.security.AccountDetails;
import org.numvert.web.security.Accounts;
import org.numvert.web.security.PasswordHasher;
import org.numvert.web.security.SecuritySettings;
import org.numvert.web.security.WebSecurity;

/**
 * The records and their HTTP APIs as the service mounts them (security first), on port 0, over an
 * in-memory database, with a real routing engine on a test clock whose facts the records write.
 * Users: admin, sup-region, sup-adocc, agent-region, agent-adocc; each has an API token.
 */
final class RecordsServer implements AutoCloseable {
    static final CallerKeys KEYS = CallerKeys.of("another fixed secret for tests!!".getBytes(StandardCharsets.UTF_8));

    final Vertx vertx = Vertx.vertx();
    final TestClock clock;
    final Database database;
    final AuditTrail audit;
    final EngineVerticle engine;
    final CallRecorder recorder;
    final WrapUpNoteBook notes;
    final WebClient client;
    final int port;
    private final Map<String, String> tokens = new HashMap<>();

    RecordsServer(Instant now) throws Exception {
        clock = new TestClock(now);
        database = Database.openMemory("reports-" + UUID.randomUUID()).withWorkers(vertx);
        Migrations.fromClasspath(database).migrate();
        Accounts accounts = Accounts.open(database, SecuritySettings.defaults(false), new PasswordHasher(1_000), clock);
        createUsers(accounts);
        audit = new AuditTrail(database, clock);
        RecordsVerticle records = new RecordsVerticle(database, new RecordsSettings(90), KEYS, clock);
        await(vertx.deployVerticle(records));
        recorder = records.recorder();
        notes = new WrapUpNoteBook(database, () -> recorder.status().run());
        engine = new EngineVerticle(RoutingEngine.builder(clock).settings(RoutingSettings.DEFAULTS).build());
        engine.subscribe(recorder);
        await(vertx.deployVerticle(engine));
        Reports reports = new Reports(database);
        WebServer server = new WebServer(new HttpSettings("127.0.0.1", 0, null, null), List.of(
                new WebSecurity(vertx, SecuritySettings.defaults(false), database, accounts, audit),
                new CallsApi(database, reports, new CallerHistory(database, KEYS, clock), engine, clock),
                new ReportsApi(reports, database, KEYS, recorder::status, clock),
                new CallersApi(new CallerRequests(database, KEYS), audit),
                new ReportsPage()));
        await(vertx.deployVerticle(server));
        port = server.actualPort();
        client = WebClient.create(vertx);
    }

    private void createUsers(Accounts accounts) {
        create(accounts, "admin", Role.ADMIN, Organisation.REGION);
        create(accounts, "sup-region", Role.SUPERVISOR, Organisation.REGION);
        create(accounts, "sup-adocc", Role.SUPERVISOR, Organisation.ADOCC);
        create(accounts, "agent-region", Role.AGENT, Organisation.REGION);
        create(accounts, "agent-adocc", Role.AGENT, Organisation.ADOCC);
    }

    private void create(Accounts accounts, String login, Role role, Organisation organisation) {
        Optional<AgentId> agent = role == Role.AGENT ? Optional.of(new AgentId(login)) : Optional.empty();
        accounts.create(login, new AccountDetails("User " + login, role, organisation, false, agent),
                login + "-Secret-42");
        tokens.put(login, accounts.tokens().issue(login, "test").secret());
    }

    /** The engine handles {@code event}; returns once the facts it produced are written. */
    void deliver(RoutingEvent... events) throws Exception {
        for (RoutingEvent event : events) {
            engine.deliver(event);
        }
        await(Future.fromCompletionStage(engine.read(view -> view.nowMillis())));
        await(recorder.whenDurable(recorder.status().appended()));
    }

    /** {@code agent} writes {@code text} on {@code call} now, as the agent desk does. */
    void note(String call, String agent, String text) throws Exception {
        await(notes.keep(new CallId(call), new AgentId(agent), Optional.empty(), text, clock.instant()));
    }

    void advance(Duration duration) {
        clock.advance(duration);
    }

    /** A request as {@code login} (its API token); {@code login} null: no credentials. */
    HttpRequest<Buffer> request(HttpMethod method, String login, String uri) {
        HttpRequest<Buffer> request = client.request(method, port, "127.0.0.1", uri);
        if (login != null) {
            request.bearerTokenAuthentication(tokens.get(login));
        }
        return request;
    }

    HttpResponse<Buffer> get(String login, String uri) throws Exception {
        return await(request(HttpMethod.GET, login, uri).send());
    }

    HttpResponse<Buffer> post(String login, String uri, JsonObject body) throws Exception {
        return await(request(HttpMethod.POST, login, uri).sendJsonObject(body));
    }

    static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        for (String deployment : vertx.deploymentIDs()) {
            await(vertx.undeploy(deployment));
        }
        await(vertx.close());
        database.close();
    }
}
