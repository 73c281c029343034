package org.numvert.web;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.numvert.routing.AgentId;
import org.numvert.routing.AgentState;
import org.numvert.routing.AgentStatus;
import org.numvert.routing.EngineClient;
import org.numvert.routing.PauseReason;
import org.numvert.routing.RoutingEvent;

/**
 * An agent's routing state: {@code GET /api/agents/{id}/state} and {@code POST
 * /api/agents/{id}/state} {@code {"state": "READY" | "PAUSED" | "LOGGED_OUT", "reason"}}, by the
 * agent itself or a supervisor overseeing it (audited). READY and PAUSED log a logged-out agent in
 * first. A pause or log-out asked during a call takes effect after its wrap-up ({@code afterCall}
 * in the answer). An agent account without a routing profile gets one on first use.
 */
public final class AgentStateApi implements Api {
    private static final Pattern REASON = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    private final LiveBoard board;
    private final AuditTrail audit;
    private final AgentsApi agents;

    public AgentStateApi(LiveBoard board, AuditTrail audit, AgentsApi agents) {
        this.board = board;
        this.audit = audit;
        this.agents = agents;
    }

    @Override
    public void mount(Router router) {
        router.get("/api/agents/:id/state").handler(this::read);
        router.post("/api/agents/:id/state").handler(this::change);
    }

    private void read(RoutingContext ctx) {
        Principal principal = Principal.required(ctx);
        AgentId id = AgentsApi.agentId(ctx);
        agents.known(principal, id)
                .onSuccess(status -> JsonBody.send(ctx, 200, LiveJson.state(status)))
                .onFailure(ctx::fail);
    }

    private void change(RoutingContext ctx) {
        Principal principal = Principal.required(ctx);
        AgentId id = AgentsApi.agentId(ctx);
        JsonObject body = JsonBody.of(ctx);
        AgentState target = JsonBody.oneOf(body, "state", AgentState.class)
                .orElseThrow(() -> ApiException.badRequest("state: required (READY, PAUSED or LOGGED_OUT)"));
        if (target != AgentState.READY && target != AgentState.PAUSED && target != AgentState.LOGGED_OUT) {
            throw ApiException.badRequest("state: READY, PAUSED or LOGGED_OUT (the others are the engine's)");
        }
        Optional<PauseReason> reason = JsonBody.string(body, "reason").filter(s -> !s.isEmpty()).map(AgentStateApi::reason);
        boolean self = Oversight.isSelf(principal, id);
        agents.known(principal, id).compose(status -> {
            deliver(board.engine(), status, target, reason.orElse(self ? PauseReason.BREAK : PauseReason.SUPERVISOR));
            return self ? Future.succeededFuture() : audit.record(principal, "agent." + action(target), id.value(),
                    target == AgentState.PAUSED ? "reason " + reason.orElse(PauseReason.SUPERVISOR) : null);
        }).compose(v -> board.agent(id))
                .onSuccess(status -> JsonBody.send(ctx, 200, LiveJson.state(status.orElseThrow())))
                .onFailure(ctx::fail);
    }

    private static void deliver(EngineClient engine, AgentStatus status, AgentState target, PauseReason reason) {
        AgentId id = status.id();
        if (target == AgentState.LOGGED_OUT) {
            engine.deliver(new RoutingEvent.AgentLoggedOut(id));
            return;
        }
        if (status.state() == AgentState.LOGGED_OUT) {
            engine.deliver(new RoutingEvent.AgentLoggedIn(id));
        }
        engine.deliver(target == AgentState.READY ? new RoutingEvent.AgentReady(id)
                : new RoutingEvent.AgentPaused(id, reason));
    }

    private static PauseReason reason(String text) {
        String code = text.toLowerCase(Locale.ROOT);
        if (!REASON.matcher(code).matches()) {
            throw ApiException.badRequest("reason: a code of lower-case letters, digits and '-' (lunch, break, "
                    + "training, back-office …), at most 40 characters");
        }
        if (code.equals(PauseReason.DEVICE_UNAVAILABLE.code())) {
            throw ApiException.badRequest("reason: " + code + " is set by the routing while the phone is unreachable");
        }
        return new PauseReason(code);
    }

    private static String action(AgentState target) {
        return switch (target) {
            case READY -> "ready";
            case PAUSED -> "pause";
            default -> "logout";
        };
    }
}
