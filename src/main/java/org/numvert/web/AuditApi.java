package org.numvert.web;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.numvert.routing.Organisation;
import org.numvert.store.AuditEntry;

/**
 * {@code GET /api/audit?limit=N&before=ID}: the latest audit entries, newest first (supervisors
 * and administrators; a supervisor sees the entries of its organisation's people). Page backwards
 * with {@code before} = the smallest id received.
 */
public final class AuditApi implements Api {
    private static final int DEFAULT_LIMIT = 100;
    private static final int MAX_LIMIT = 1000;

    private final AuditTrail audit;

    public AuditApi(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void mount(Router router) {
        router.get("/api/audit").handler(this::latest);
    }

    private void latest(RoutingContext ctx) {
        Principal reader = Principal.requireRole(ctx, Role.SUPERVISOR);
        int limit = (int) number(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        long before = number(ctx, "before", 0, 0, Long.MAX_VALUE);
        audit.visibleTo(reader, before, limit).onSuccess(entries -> ctx.response()
                .putHeader("content-type", "application/json; charset=utf-8")
                .end(new JsonObject().put("entries", new JsonArray(entries.stream().map(AuditApi::json).toList()))
                        .encode()))
                .onFailure(ctx::fail);
    }

    private static JsonObject json(AuditEntry entry) {
        return new JsonObject()
                .put("id", entry.id())
                .put("occurredAt", entry.occurredAt().toString())
                .put("actor", entry.record().actor())
                .put("organisation", entry.record().organisation().map(Organisation::name).orElse(null))
                .put("action", entry.record().action())
                .put("target", entry.record().target())
                .put("detail", entry.record().detail());
    }

    private static long number(RoutingContext ctx, String name, long defaultValue, long min, long max) {
        String text = ctx.queryParams().get(name);
        if (text == null || text.isBlank()) {
            return defaultValue;
        }
        try {
            long value = Long.parseLong(text.strip());
            if (value < min || value > max) {
                throw ApiException.badRequest(name + ": between " + min + " and " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + ": must be a whole number");
        }
    }
}
