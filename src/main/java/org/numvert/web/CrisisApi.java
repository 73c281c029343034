package org.numvert.web;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.numvert.ivr.CrisisRequest;
import org.numvert.ivr.CrisisRouting;
import org.numvert.ivr.CrisisScope;
import org.numvert.ivr.CrisisSwitch;
import org.numvert.ivr.Prompt;
import org.numvert.ivr.ScriptLibrary;
import org.numvert.ivr.crisis.CrisisSwitchboard;
import org.numvert.routing.Organisation;
import org.numvert.store.Roster;
import org.numvert.store.StoredGroup;

/**
 * Crisis mode, for supervisors: {@code GET /api/crisis} (switches on, messages, hotlines, groups),
 * {@code POST /api/crisis} (switch on for a hotline or all), {@code DELETE /api/crisis/{scope}}
 * ({@code *} for the all-hotlines switch) and {@code GET /api/crisis/history}. Switches are stored
 * with their history and written to the audit trail by the switchboard. An AD'OCC supervisor acts
 * on the hotlines of the groups AD'OCC staffs, not on all hotlines at once.
 */
public final class CrisisApi implements Api {
    private static final int DEFAULT_HISTORY = 50;

    private final CrisisSwitchboard switchboard;
    private final Supplier<ScriptLibrary> scripts;
    private final Roster roster;
    private final Clock clock;

    public CrisisApi(CrisisSwitchboard switchboard, Supplier<ScriptLibrary> scripts, Roster roster, Clock clock) {
        this.switchboard = switchboard;
        this.scripts = scripts;
        this.roster = roster;
        this.clock = clock;
    }

    @Override
    public void mount(Router router) {
        router.get("/api/crisis").handler(this::state);
        router.post("/api/crisis").handler(this::switchOn);
        router.get("/api/crisis/history").handler(this::history);
        router.delete("/api/crisis/:scope").handler(this::switchOff);
    }

    private void state(RoutingContext ctx) {
        Principal.requireRole(ctx, Role.SUPERVISOR);
        ScriptLibrary library = scripts.get();
        JsonArray messages = new JsonArray();
        library.crisisMessages().messages().forEach((name, prompt) ->
                messages.add(new JsonObject().put("name", name).put("text", prompt.text())));
        JsonArray hotlines = new JsonArray();
        library.scripts().forEach(s -> hotlines.add(new JsonObject().put("id", s.id()).put("label", s.hotline().label())));
        JsonBody.send(ctx, 200, new JsonObject()
                .put("active", new JsonArray(switchboard.active().stream().map(CrisisApi::json).toList()))
                .put("messages", messages)
                .put("hotlines", hotlines)
                .put("groups", new JsonArray(roster.groups().stream().map(g -> g.id().value()).toList())));
    }

    private void switchOn(RoutingContext ctx) {
        Principal principal = Principal.requireRole(ctx, Role.SUPERVISOR);
        JsonObject body = JsonBody.of(ctx);
        CrisisScope scope = scope(JsonBody.required(body, "scope"));
        requireScope(principal, scope);
        CrisisRequest request = new CrisisRequest(scope, JsonBody.required(body, "message"), routing(body),
                expiry(body), JsonBody.string(body, "reason").orElse(""));
        switchboard.switchOn(request, principal.login())
                .onSuccess(on -> JsonBody.send(ctx, 201, json(on)))
                .onFailure(ctx::fail);
    }

    private void switchOff(RoutingContext ctx) {
        Principal principal = Principal.requireRole(ctx, Role.SUPERVISOR);
        CrisisScope scope = scope(ctx.pathParam("scope"));
        requireScope(principal, scope);
        switchboard.switchOff(scope, principal.login())
                .onSuccess(off -> {
                    if (off.isEmpty()) {
                        ctx.fail(ApiException.notFound("crisis mode is not on for " + scope));
                    } else {
                        JsonBody.send(ctx, 200, json(off.get()));
                    }
                })
                .onFailure(ctx::fail);
    }

    private void history(RoutingContext ctx) {
        Principal.requireRole(ctx, Role.SUPERVISOR);
        Optional<CrisisScope> scope = Optional.ofNullable(ctx.queryParams().get("scope"))
                .filter(s -> !s.isBlank()).map(CrisisApi::scope);
        int limit = limit(ctx.queryParams().get("limit"));
        switchboard.history(scope, limit)
                .onSuccess(list -> JsonBody.send(ctx, 200, new JsonObject()
                        .put("switches", new JsonArray(list.stream().map(CrisisApi::json).toList()))))
                .onFailure(ctx::fail);
    }

    /** An AD'OCC supervisor: only hotlines with a group AD'OCC staffs, never all at once. */
    private void requireScope(Principal principal, CrisisScope scope) {
        if (principal.role() == Role.ADMIN || principal.organisation() == Organisation.REGION) {
            return;
        }
        boolean staffed = scope.hotline().isPresent() && roster.groups().stream().map(StoredGroup::group)
                .anyMatch(g -> g.hotline().value().equals(scope.hotline().get()) && principal.oversees(g));
        if (!staffed) {
            throw ApiException.forbidden("crisis mode for " + scope + " is not switched by " + principal.organisation());
        }
    }

    private static CrisisScope scope(String key) {
        String text = key.strip();
        if (text.equals(CrisisScope.ALL_KEY) || text.equalsIgnoreCase("all")) {
            return CrisisScope.ALL;
        }
        if (!text.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw ApiException.badRequest("scope: a hotline id, or \"*\" for all hotlines");
        }
        return CrisisScope.of(text);
    }

    /** {@code "routing": "NORMAL"} or {@code {"type": "NORMAL" | "GROUP" | "HOTLINE", "target"}}. */
    private static CrisisRouting routing(JsonObject body) {
        Object value = body.getValue("routing");
        JsonObject routing = value instanceof String type ? new JsonObject().put("type", type)
                : value == null ? new JsonObject().put("type", "NORMAL")
                : JsonBody.object(body, "routing").orElseThrow();
        String type = JsonBody.required(routing, "type").toUpperCase(Locale.ROOT);
        return switch (type) {
            case "NORMAL", "MESSAGE_ONLY" -> new CrisisRouting.MessageOnly();
            case "GROUP" -> new CrisisRouting.ToGroup(JsonBody.required(routing, "target"));
            case "HOTLINE" -> new CrisisRouting.ToHotline(JsonBody.required(routing, "target"));
            default -> throw ApiException.badRequest("routing.type: NORMAL, GROUP or HOTLINE");
        };
    }

    private Instant expiry(JsonObject body) {
        Optional<String> at = JsonBody.string(body, "expiresAt").filter(s -> !s.isEmpty());
        Optional<Integer> minutes = JsonBody.integer(body, "durationMinutes", 1, 31 * 24 * 60);
        if (at.isPresent() == minutes.isPresent()) {
            throw ApiException.badRequest("expiresAt (ISO instant) or durationMinutes: one of them is required");
        }
        if (minutes.isPresent()) {
            return clock.instant().plus(Duration.ofMinutes(minutes.get()));
        }
        try {
            return Instant.parse(at.get());
        } catch (DateTimeException e) {
            throw ApiException.badRequest("expiresAt: an ISO instant such as 2026-05-11T18:00:00Z");
        }
    }

    private static int limit(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_HISTORY;
        }
        try {
            int limit = Integer.parseInt(text.strip());
            if (limit < 1 || limit > CrisisSwitchboard.MAX_HISTORY) {
                throw ApiException.badRequest("limit: between 1 and " + CrisisSwitchboard.MAX_HISTORY);
            }
            return limit;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("limit: must be a whole number");
        }
    }

    static JsonObject json(CrisisSwitch s) {
        Prompt message = s.message();
        JsonObject routing = s.routing() instanceof CrisisRouting.ToGroup g
                ? new JsonObject().put("type", "GROUP").put("target", g.group())
                : s.routing() instanceof CrisisRouting.ToHotline h
                ? new JsonObject().put("type", "HOTLINE").put("target", h.hotline())
                : new JsonObject().put("type", "NORMAL");
        return new JsonObject()
                .put("id", s.id())
                .put("scope", s.scope().key())
                .put("message", new JsonObject().put("name", message.name()).put("text", message.text()))
                .put("routing", routing)
                .put("reason", s.reason())
                .put("expiresAt", s.expiresAt().toString())
                .put("switchedOnBy", s.switchedOn().by())
                .put("switchedOnAt", s.switchedOn().at().toString())
                .put("endedBy", s.ended().map(e -> e.by()).orElse(null))
                .put("endedAt", s.ended().map(e -> e.at().toString()).orElse(null));
    }
}
