package org.numvert.web;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.numvert.routing.AgentId;
import org.numvert.routing.AgentState;
import org.numvert.routing.CallId;
import org.numvert.routing.DesktopPhone;
import org.numvert.routing.HotlineId;
import org.numvert.routing.RoutingEvent;
import org.numvert.store.WrapUpCode;

/**
 * The agent desktop's call panel: {@code GET /api/agents/{id}/call} (the call ringing, in
 * conversation or in wrap-up, with the caller's number masked and its earlier calls today),
 * {@code POST /api/agents/{id}/call/accept} and {@code .../call/hangup} (agents whose phone is on
 * the desktop: every agent on the simulated PBX), {@code POST /api/agents/{id}/wrapup}
 * {@code {"code", "note"}} (ends wrap-up with a code), and {@code GET /api/wrapup-codes}.
 */
public final class AgentDeskApi implements Api {
    private static final int MAX_NOTE = 2000;

    private final LiveBoard board;
    private final AgentsApi agents;
    private final DesktopPhone phone;
    private final Supplier<Map<HotlineId, List<WrapUpCode>>> wrapUpCodes;
    private final WrapUpNotes notes;

    public AgentDeskApi(LiveBoard board, AgentsApi agents, DesktopPhone phone,
            Supplier<Map<HotlineId, List<WrapUpCode>>> wrapUpCodes, WrapUpNotes notes) {
        this.board = board;
        this.agents = agents;
        this.phone = phone;
        this.wrapUpCodes = wrapUpCodes;
        this.notes = notes;
    }

    @Override
    public void mount(Router router) {
        router.get("/api/agents/:id/call").handler(this::call);
        router.post("/api/agents/:id/call/accept").handler(ctx -> press(ctx, true));
        router.post("/api/agents/:id/call/hangup").handler(ctx -> press(ctx, false));
        router.post("/api/agents/:id/wrapup").handler(this::wrapUp);
        router.get("/api/wrapup-codes").handler(this::codes);
    }

    private void call(RoutingContext ctx) {
        Principal principal = Principal.required(ctx);
        AgentId id = AgentsApi.agentId(ctx);
        desk(principal, id).onSuccess(desk -> JsonBody.send(ctx, 200, json(desk))).onFailure(ctx::fail);
    }

    /** The desk panel: what {@code GET .../call} answers and the agent's stream pushes. */
    JsonObject json(LiveBoard.Desk desk) {
        JsonObject call = LiveJson.call(desk);
        if (call != null) {
            call.put("wrapUpCodes", codes(wrapUpCodes.get().getOrDefault(desk.call().get().hotline(), List.of())));
        }
        return new JsonObject()
                .put("now", desk.nowMillis())
                .put("agent", LiveJson.state(desk.agent()))
                .put("desktopPhone", phone.onDesktop(desk.agent().id()))
                .put("call", call);
    }

    private void press(RoutingContext ctx, boolean answer) {
        Principal principal = Principal.required(ctx);
        AgentId id = AgentsApi.agentId(ctx);
        if (!Oversight.isSelf(principal, id)) {
            throw ApiException.forbidden("only agent " + id + " answers or hangs up its calls");
        }
        Future.fromCompletionStage(answer ? phone.answer(id) : phone.hangUp(id), ctx.vertx().getOrCreateContext())
                .onSuccess(outcome -> {
                    switch (outcome) {
                        case DONE -> ctx.response().setStatusCode(204).end();
                        case NO_CALL -> ctx.fail(ApiException.conflict(answer
                                ? "no call is ringing for agent " + id : "agent " + id + " has no call in progress"));
                        default -> ctx.fail(ApiException.conflict("agent " + id
                                + " answers and hangs up on its own phone"));
                    }
                })
                .onFailure(ctx::fail);
    }

    private void wrapUp(RoutingContext ctx) {
        Principal principal = Principal.required(ctx);
        AgentId id = AgentsApi.agentId(ctx);
        JsonObject body = JsonBody.of(ctx);
        Optional<String> code = JsonBody.string(body, "code").filter(s -> !s.isEmpty());
        String note = JsonBody.string(body, "note").orElse("");
        Optional<CallId> named = JsonBody.string(body, "call").filter(s -> !s.isEmpty()).map(CallId::new);
        if (note.length() > MAX_NOTE) {
            throw ApiException.badRequest("note: at most " + MAX_NOTE + " characters");
        }
        desk(principal, id).compose(desk -> {
            boolean inWrapUp = desk.agent().state() == AgentState.WRAP_UP && desk.call().isPresent();
            if (!inWrapUp && named.isEmpty()) {
                throw ApiException.conflict("agent " + id + " is not in wrap-up (" + desk.agent().state()
                        + "); name the call to code it afterwards");
            }
            CallId call = inWrapUp ? desk.call().get().call() : named.get();
            code.ifPresent(c -> checkCode(c, inWrapUp ? Optional.of(desk.call().get().hotline()) : Optional.empty()));
            board.engine().deliver(new RoutingEvent.WrapUpEnded(id, code.orElse(null)));
            return notes.keep(new WrapUpNotes.Note(call, id, code, note, Instant.ofEpochMilli(desk.nowMillis())));
        }).compose(v -> desk(principal, id))
                .onSuccess(desk -> JsonBody.send(ctx, 200, json(desk)))
                .onFailure(ctx::fail);
    }

    private void checkCode(String code, Optional<HotlineId> hotline) {
        Map<HotlineId, List<WrapUpCode>> all = wrapUpCodes.get();
        List<WrapUpCode> allowed = hotline.map(h -> all.getOrDefault(h, List.of()))
                .orElseGet(() -> all.values().stream().flatMap(List::stream).toList());
        if (!allowed.isEmpty() && allowed.stream().noneMatch(c -> c.code().equals(code))) {
            throw ApiException.badRequest("code: unknown wrap-up code '" + code + "'"
                    + hotline.map(h -> " for hotline " + h).orElse("") + "; one of "
                    + allowed.stream().map(WrapUpCode::code).distinct().toList());
        }
    }

    private void codes(RoutingContext ctx) {
        Principal.required(ctx);
        JsonObject hotlines = new JsonObject();
        wrapUpCodes.get().forEach((hotline, list) -> hotlines.put(hotline.value(), codes(list)));
        JsonBody.send(ctx, 200, new JsonObject().put("hotlines", hotlines));
    }

    private static JsonArray codes(List<WrapUpCode> codes) {
        return new JsonArray(codes.stream().map(c -> new JsonObject().put("code", c.code()).put("label", c.label()))
                .toList());
    }

    /** The agent's desk, after checking who asks (its profile is made on its first own request). */
    Future<LiveBoard.Desk> desk(Principal principal, AgentId id) {
        return agents.known(principal, id).compose(status -> board.desk(id)).map(Optional::orElseThrow);
    }
}
