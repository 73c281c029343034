package org.numvert.web;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.function.BooleanSupplier;
import org.numvert.routing.AgentProfile;
import org.numvert.routing.CallId;
import org.numvert.routing.CallPhase;
import org.numvert.routing.RoutingEvent;
import org.numvert.routing.SupervisionMode;
import org.numvert.store.Roster;
import org.numvert.store.StoredGroup;

/**
 * {@code POST /api/calls/{id}/supervise} {@code {"mode": "LISTEN" | "WHISPER" | "BARGE"}}: a
 * supervisor overseeing the call's group joins an agent's conversation, on its own contact (its
 * agent profile's, else {@code PJSIP/<login>}). 409 when the PBX cannot (the simulated PBX) or the
 * call is not in conversation; 202 once asked (the PBX rings the supervisor). Audited.
 */
public final class SupervisionApi implements Api {
    private final LiveBoard board;
    private final Roster roster;
    private final AuditTrail audit;
    private final BooleanSupplier supported;

    public SupervisionApi(LiveBoard board, Roster roster, AuditTrail audit, BooleanSupplier supported) {
        this.board = board;
        this.roster = roster;
        this.audit = audit;
        this.supported = supported;
    }

    @Override
    public void mount(Router router) {
        router.post("/api/calls/:id/supervise").handler(this::supervise);
    }

    private void supervise(RoutingContext ctx) {
        Principal supervisor = Principal.requireRole(ctx, Role.SUPERVISOR);
        SupervisionMode mode = JsonBody.oneOf(JsonBody.of(ctx), "mode", SupervisionMode.class)
                .orElseThrow(() -> ApiException.badRequest("mode: required (LISTEN, WHISPER or BARGE)"));
        if (!supported.getAsBoolean()) {
            throw ApiException.conflict("listening, whispering and barging need Asterisk: the simulated PBX has no audio");
        }
        CallId id = new CallId(ctx.pathParam("id"));
        String contact = supervisor.agent().flatMap(roster::agent).map(AgentProfile::contact)
                .filter(c -> !c.isBlank()).orElse("PJSIP/" + supervisor.login());
        board.call(id).compose(call -> {
            var status = call.orElseThrow(() -> ApiException.notFound("no call '" + id + "'"));
            roster.group(status.group()).map(StoredGroup::group).ifPresent(g -> Principal.requireOversight(ctx, g));
            if (status.phase() != CallPhase.TALKING) {
                throw ApiException.conflict("call " + id + " is not in conversation (" + status.phase() + ")");
            }
            board.engine().deliver(new RoutingEvent.SupervisionRequested(id, contact, mode));
            return audit.record(supervisor, "call.supervise", id.value(), mode.name() + " agent " + status.agent());
        }).onSuccess(v -> ctx.response().setStatusCode(202).end()).onFailure(ctx::fail);
    }
}
