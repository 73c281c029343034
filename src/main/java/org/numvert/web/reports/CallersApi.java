package org.numvert.web.reports;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.numvert.records.CallerRequests;
import org.numvert.routing.Organisation;
import org.numvert.web.ApiException;
import org.numvert.web.Api;
import org.numvert.web.AuditTrail;
import org.numvert.web.Principal;
import org.numvert.web.Role;

/**
 * A caller's requests about their data (RGPD), handled by the Region, the controller of the
 * hotlines' data: Region supervisors and administrators.
 * <ul>
 * <li>{@code POST /api/callers/lookup} {@code {"number"}}: the caller's calls (every hotline,
 * pseudonymised ones included) and how many log rows name them;</li>
 * <li>{@code POST /api/callers/erase} {@code {"number"}}: number and key erased from every
 * summary and log row (the calls stay in the figures, tied to no one).</li>
 * </ul>
 * The number travels in the body, not in the URL, so that it stays out of access logs, browser
 * history and {@code Referer} headers. Both requests go to the audit trail under a short form of
 * the caller's key, never the number.
 */
public final class CallersApi implements Api {
    private final CallerRequests requests;
    private final AuditTrail audit;

    public CallersApi(CallerRequests requests, AuditTrail audit) {
        this.requests = requests;
        this.audit = audit;
    }

    @Override
    public void mount(Router router) {
        router.post("/api/callers/lookup").handler(this::lookup);
        router.post("/api/callers/erase").handler(this::erase);
    }

    private void lookup(RoutingContext ctx) {
        Principal principal = controller(ctx);
        String number = number(ctx);
        requests.lookup(number)
                .compose(holdings -> audit.record(principal, "caller.lookup", holdings.reference(),
                                holdings.calls().size() + " call(s), " + holdings.events() + " event(s)")
                        .map(v -> new JsonObject().put("reference", holdings.reference())
                                .put("events", holdings.events())
                                .put("calls", new JsonArray(ReportRows.calls(holdings.calls(), holdings.notes())
                                        .stream().map(ReportRows::json).toList()))))
                .onSuccess(body -> Responses.json(ctx, body))
                .onFailure(ctx::fail);
    }

    private void erase(RoutingContext ctx) {
        Principal principal = controller(ctx);
        String number = number(ctx);
        String reference = requests.referenceOf(number);
        requests.erase(number)
                .compose(changed -> audit.record(principal, "caller.erase", reference,
                                changed.summaries() + " call(s), " + changed.events() + " event(s), " + changed.notes()
                                        + " note(s) erased")
                        .map(v -> new JsonObject().put("reference", reference).put("calls", changed.summaries())
                                .put("events", changed.events()).put("notes", changed.notes())))
                .onSuccess(body -> Responses.json(ctx, body))
                .onFailure(ctx::fail);
    }

    private static Principal controller(RoutingContext ctx) {
        Principal principal = Principal.requireRole(ctx, Role.SUPERVISOR);
        if (principal.role() != Role.ADMIN && principal.organisation() != Organisation.REGION) {
            throw ApiException.forbidden("callers' requests are handled by the Region");
        }
        return principal;
    }

    private static String number(RoutingContext ctx) {
        JsonObject body = ctx.body().asJsonObject();
        Object number = body == null ? null : body.getValue("number");
        if (!(number instanceof String text) || text.isBlank()) {
            throw ApiException.badRequest("number: required");
        }
        return text;
    }
}
