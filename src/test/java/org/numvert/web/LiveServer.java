package org.numvert.web;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.numvert.app.EngineVerticle;
import org.numvert.ivr.crisis.CrisisSwitchboard;
import org.numvert.ivr.yaml.IvrScripts;
import org.numvert.records.CallRecorder;
import org.numvert.records.CallerHistory;
import org.numvert.records.CallerKeys;
import org.numvert.records.RecordsSettings;
import org.numvert.records.RecordsVerticle;
import org.numvert.records.Reports;
import org.numvert.records.WrapUpNoteBook;
import org.numvert.routing.AgentId;
import org.numvert.routing.Organisation;
import org.numvert.routing.RoutingEngine;
import org.numvert.routing.RoutingSettings;
import org.numvert.store.Database;
import org.numvert.store.Migrations;
import org.numvert.store.Roster;
import org.numvert.store.SkillGroupCatalogue;
import org.numvert.web.reports.CallsApi;
import org.numvert.web.security.AccountDetails;
import org.numvert.web.security.Accounts;
import org.numvert.web.security.PasswordHasher;
import org.numvert.web.security.SecuritySettings;
import org.numvert.web.security.WebSecurity;

/**
 * The live APIs as the service mounts them, behind the real security, on port 0: an in-memory
 * database with the repository's skill groups, five users (admin, a supervisor of each
 * organisation, an agent of each), the real engine on its Vert.x host and a {@link FakePbx}, the
 * call records the engine's facts go to (with the wrap-up notes the desk sends) and the calls' API.
 * Requests carry the users' API tokens.
 */
final class LiveServer implements AutoCloseable {
    final Vertx vertx = Vertx.vertx();
    final Database database;
    final Accounts accounts;
    final Roster roster;
    final EngineVerticle engine;
    final FakePbx pbx = new FakePbx();
    final WebClient client;
    static final CallerKeys KEYS = CallerKeys.of("a fixed secret for the live tests".getBytes(StandardCharsets.UTF_8));

    final List<WrapUpNotes.Note> notes = new ArrayList<>();
    final CallRecorder recorder;
    final int port;
    final LiveStreamApi streams;
    private final Map<String, String> tokens = new java.util.HashMap<>();
    private final IvrScripts scripts;

    LiveServer(Path keptScripts) throws Exception {
        database = Database.openMemory("live-" + UUID.randomUUID()).withWorkers(vertx);
        Migrations.fromClasspath(database).migrate();
        accounts = Accounts.open(database, SecuritySettings.defaults(false), new PasswordHasher(1_000),
                Clock.systemUTC());
        createUsers();
        roster = Roster.open(database, Clock.systemUTC());
        SkillGroupCatalogue catalogue = SkillGroupCatalogue.parse(
                Files.readString(Path.of("ivr-scripts", "skill-groups.yaml")));
        roster.seed(catalogue);
        roster.welcome(accounts.agents().stream().map(a -> roster.starterProfile(a.agent(), a.displayName(),
                a.organisation(), "PJSIP/" + a.login())).toList());
        scripts = IvrScripts.open(Path.of("ivr-scripts"), keptScripts, roster::groupIds);
        CrisisSwitchboard crisis = await(CrisisSwitchboard.open(database, Clock.systemUTC(), scripts));
        RecordsVerticle records = new RecordsVerticle(database, new RecordsSettings(90), KEYS, Clock.systemUTC());
        await(vertx.deployVerticle(records));
        recorder = records.recorder();
        engine = new EngineVerticle(RoutingEngine.builder(Clock.systemUTC()).settings(RoutingSettings.DEFAULTS).build());
        engine.subscribe(recorder);
        engine.subscribe(roster.stateRecorder());
        LiveBoard board = new LiveBoard(engine, RoutingEngine.PARIS);
        await(vertx.deployVerticle(engine));
        engine.connect(pbx);
        pbx.attach(engine);
        await(roster.feed(engine));
        AuditTrail audit = new AuditTrail(database, Clock.systemUTC());
        AgentsApi agents = new AgentsApi(board, roster, audit, pbx);
        GroupsApi groups = new GroupsApi(board, roster, audit);
        WrapUpNoteBook book = new WrapUpNoteBook(database, () -> recorder.status().run());
        AgentDeskApi desk = new AgentDeskApi(board, agents, pbx, catalogue::wrapUpCodes, note -> {
            notes.add(note);
            return book.keep(note.call(), note.agent(), note.code(), note.note(), note.at());
        });
        streams = new LiveStreamApi(vertx, board, groups, agents, desk);
        WebServer server = new WebServer(new HttpSettings("127.0.0.1", 0, null, null), List.of(
                new WebSecurity(vertx, SecuritySettings.defaults(false), database, accounts, audit),
                agents, new AgentStateApi(board, audit, agents), desk, groups,
                new CrisisApi(crisis, scripts::current, roster, Clock.systemUTC()),
                new SupervisionApi(board, roster, audit, pbx::supportsSupervision),
                new CallsApi(database, new Reports(database), new CallerHistory(database, KEYS, Clock.systemUTC()),
                        engine, Clock.systemUTC()),
                streams));
        await(vertx.deployVerticle(server));
        port = server.actualPort();
        client = WebClient.create(vertx);
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
                login + "-Secret-42");
        tokens.put(login, accounts.tokens().issue(login, "test").secret());
    }

    String token(String login) {
        return tokens.get(login);
    }

    HttpResponse<Buffer> get(String login, String path) throws Exception {
        return send(login, HttpMethod.GET, path, null);
    }

    HttpResponse<Buffer> post(String login, String path, JsonObject body) throws Exception {
        return send(login, HttpMethod.POST, path, body);
    }

    HttpResponse<Buffer> put(String login, String path, JsonObject body) throws Exception {
        return send(login, HttpMethod.PUT, path, body);
    }

    HttpResponse<Buffer> delete(String login, String path) throws Exception {
        return send(login, HttpMethod.DELETE, path, null);
    }

    HttpResponse<Buffer> send(String login, HttpMethod method, String path, JsonObject body) throws Exception {
        HttpRequest<Buffer> request = client.request(method, port, "127.0.0.1", path);
        if (login != null) {
            request.bearerTokenAuthentication(token(login));
        }
        return await(body == null ? request.send() : request.sendJsonObject(body));
    }

    static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        scripts.close();
        for (String deployment : vertx.deploymentIDs()) {
            await(vertx.undeploy(deployment));
        }
        await(vertx.close());
        database.close();
    }
}
