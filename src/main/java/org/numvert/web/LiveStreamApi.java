package org.numvert.web;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.numvert.routing.AgentId;
import org.numvert.routing.RoutingFact;
import org.numvert.routing.RoutingListener;
import org.numvert.routing.RoutingOutput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Server-Sent Events, pushed, never polled: {@code GET /api/stream/wallboard} (supervisors: event
 * {@code wallboard}, the groups and agents they oversee) and {@code GET /api/stream/me} (an agent:
 * event {@code desk}, its state and call). Each stream starts with a full snapshot; after an engine
 * change a new snapshot follows within {@value #COALESCE_MILLIS} ms (changes in between are
 * coalesced into one), and at least every {@value #REFRESH_MILLIS} ms so that waiting times move;
 * a comment line every {@value #HEARTBEAT_MILLIS} ms keeps proxies from closing an idle stream. A
 * client that disconnects is forgotten at once.
 *
 * <p>Threading: {@link #onOutput} runs on the engine's thread and only sets flags; the snapshots
 * are taken by a timer on the web server's context and written from there.
 */
public final class LiveStreamApi implements Api, RoutingListener {
    private static final Logger LOG = LoggerFactory.getLogger(LiveStreamApi.class);
    static final long COALESCE_MILLIS = 250;
    static final long REFRESH_MILLIS = 5_000;
    static final long HEARTBEAT_MILLIS = 15_000;

    private final Vertx vertx;
    private final LiveBoard board;
    private final GroupsApi groups;
    private final AgentsApi agents;
    private final AgentDeskApi desks;
    private final List<Stream> streams = new CopyOnWriteArrayList<>();
    private final AtomicBoolean wallboardChanged = new AtomicBoolean(true);
    private final Set<AgentId> agentsChanged = ConcurrentHashMap.newKeySet();
    private long lastWallboard;
    private long lastHeartbeat;

    /** One open stream: a wallboard ({@code agent} null) or an agent's desk. */
    private record Stream(Principal principal, AgentId agent, HttpServerResponse response, long[] lastSent) {
    }

    public LiveStreamApi(Vertx vertx, LiveBoard board, GroupsApi groups, AgentsApi agents, AgentDeskApi desks) {
        this.vertx = vertx;
        this.board = board;
        this.groups = groups;
        this.agents = agents;
        this.desks = desks;
        board.engine().subscribe(this);
    }

    @Override
    public void mount(Router router) {
        router.get("/api/stream/wallboard").handler(this::wallboard);
        router.get("/api/stream/me").handler(this::me);
        vertx.setPeriodic(COALESCE_MILLIS, id -> tick());
    }

    @Override
    public void onOutput(RoutingOutput output) {
        if (!(output instanceof RoutingFact fact)) {
            return;
        }
        wallboardChanged.set(true);
        AgentId agent = agentOf(fact);
        if (agent != null) {
            agentsChanged.add(agent);
        }
    }

    /** Streams open now (for tests and diagnostics). */
    int openStreams() {
        return streams.size();
    }

    private static AgentId agentOf(RoutingFact fact) {
        if (fact instanceof RoutingFact.AgentStateChanged f) {
            return f.agent();
        } else if (fact instanceof RoutingFact.CallOffered f) {
            return f.agent();
        } else if (fact instanceof RoutingFact.OfferMissed f) {
            return f.agent();
        } else if (fact instanceof RoutingFact.CallAnswered f) {
            return f.agent();
        } else if (fact instanceof RoutingFact.CallbackStarted f) {
            return f.agent();
        } else if (fact instanceof RoutingFact.CallCompleted f) {
            return f.agent();
        } else if (fact instanceof RoutingFact.WrapUpDone f) {
            return f.agent();
        } else if (fact instanceof RoutingFact.WrapUpCoded f) {
            return f.agent();
        } else if (fact instanceof RoutingFact.CallbackFailed f) {
            return f.agent();
        } else if (fact instanceof RoutingFact.AgentProfileChanged f) {
            return f.profile().id();
        }
        return null;
    }

    private void wallboard(RoutingContext ctx) {
        Principal reader = Principal.requireRole(ctx, Role.SUPERVISOR);
        Stream stream = open(ctx, reader, null);
        board.snapshot().onSuccess(snapshot -> send(stream, "wallboard", wallboardJson(reader, snapshot)));
    }

    private void me(RoutingContext ctx) {
        Principal principal = Principal.required(ctx);
        AgentId agent = principal.agent().orElseThrow(() -> ApiException.forbidden("your account is not an agent"));
        desks.desk(principal, agent).onSuccess(desk -> {
            Stream stream = open(ctx, principal, agent);
            send(stream, "desk", desks.json(desk));
        }).onFailure(ctx::fail);
    }

    private Stream open(RoutingContext ctx, Principal principal, AgentId agent) {
        HttpServerResponse response = ctx.response();
        response.setChunked(true)
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/event-stream; charset=utf-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .putHeader(HttpHeaders.CONTENT_ENCODING, HttpHeaders.IDENTITY)
                .putHeader("X-Accel-Buffering", "no");
        Stream stream = new Stream(principal, agent, response, new long[] {System.currentTimeMillis()});
        streams.add(stream);
        response.closeHandler(v -> streams.remove(stream));
        response.exceptionHandler(e -> streams.remove(stream));
        response.write("retry: 3000\n\n");
        LOG.debug("stream opened: user={} kind={} streams={}", principal.login(), agent == null ? "wallboard" : "me",
                streams.size());
        return stream;
    }

    private void tick() {
        if (streams.isEmpty()) {
            return;
        }
        long now = System.currentTimeMillis();
        boolean wallboards = streams.stream().anyMatch(s -> s.agent() == null);
        if (wallboards && (wallboardChanged.getAndSet(false) || now - lastWallboard >= REFRESH_MILLIS)) {
            lastWallboard = now;
            board.snapshot().onSuccess(snapshot -> streams.stream().filter(s -> s.agent() == null)
                    .forEach(s -> send(s, "wallboard", wallboardJson(s.principal(), snapshot))));
        }
        Set<AgentId> changed = Set.copyOf(agentsChanged);
        agentsChanged.removeAll(changed);
        for (Stream stream : streams) {
            if (stream.agent() != null && (changed.contains(stream.agent())
                    || now - stream.lastSent()[0] >= REFRESH_MILLIS)) {
                board.desk(stream.agent()).onSuccess(desk -> desk.ifPresent(d -> send(stream, "desk", desks.json(d))));
            }
        }
        if (now - lastHeartbeat >= HEARTBEAT_MILLIS) {
            lastHeartbeat = now;
            streams.forEach(s -> write(s, ": heartbeat\n\n"));
        }
    }

    private JsonObject wallboardJson(Principal reader, LiveBoard.Snapshot snapshot) {
        return new JsonObject()
                .put("now", snapshot.nowMillis())
                .put("groups", groups.tiles(reader, snapshot))
                .put("agents", new JsonArray(snapshot.agents().stream()
                        .filter(a -> Oversight.oversees(reader, a.profile(), agents.groups()))
                        .map(agents::json).toList()));
    }

    private void send(Stream stream, String event, JsonObject data) {
        stream.lastSent()[0] = System.currentTimeMillis();
        write(stream, "event: " + event + "\ndata: " + data.encode() + "\n\n");
    }

    private void write(Stream stream, String text) {
        HttpServerResponse response = stream.response();
        if (response.closed() || response.ended()) {
            streams.remove(stream);
        } else if (!response.writeQueueFull()) {
            response.write(text);
        }
    }
}
