package org.numvert.web;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.numvert.routing.EscalationStep;
import org.numvert.routing.GroupFigures;
import org.numvert.routing.GroupId;
import org.numvert.routing.HotlineId;
import org.numvert.routing.Organisation;
import org.numvert.routing.SkillGroup;
import org.numvert.store.Roster;
import org.numvert.store.StoredGroup;

/**
 * The skill groups: {@code GET /api/groups} (live figures, the wallboard's tiles),
 * {@code GET /api/groups/{id}/intervals} (today's 15-minute intervals) and {@code PUT
 * /api/groups/{id}} (settings: SL threshold and goal, wrap-up, limits, escalation; takes effect at
 * once). Supervisors see and edit the groups they oversee; only administrators create groups or
 * change the organisations that staff one.
 */
public final class GroupsApi implements Api {
    private final LiveBoard board;
    private final Roster roster;
    private final AuditTrail audit;

    public GroupsApi(LiveBoard board, Roster roster, AuditTrail audit) {
        this.board = board;
        this.roster = roster;
        this.audit = audit;
    }

    @Override
    public void mount(Router router) {
        router.get("/api/groups").handler(this::list);
        router.get("/api/groups/:id/intervals").handler(this::intervals);
        router.put("/api/groups/:id").handler(this::save);
    }

    /** The wallboard's tiles that {@code reader} may see. */
    JsonArray tiles(Principal reader, LiveBoard.Snapshot snapshot) {
        JsonArray groups = new JsonArray();
        for (GroupFigures g : snapshot.groups()) {
            if (reader.oversees(g.group())) {
                groups.add(LiveJson.group(g, snapshot.last15().get(g.id()), goalOf(g.id())));
            }
        }
        return groups;
    }

    private int goalOf(GroupId id) {
        return roster.group(id).map(StoredGroup::serviceLevelGoalPercent).orElse(StoredGroup.DEFAULT_GOAL_PERCENT);
    }

    private void list(RoutingContext ctx) {
        Principal reader = Principal.requireRole(ctx, Role.SUPERVISOR);
        board.snapshot().onSuccess(snapshot -> JsonBody.send(ctx, 200, new JsonObject()
                        .put("now", snapshot.nowMillis())
                        .put("groups", tiles(reader, snapshot))))
                .onFailure(ctx::fail);
    }

    private void intervals(RoutingContext ctx) {
        Principal.requireOversight(ctx, known(ctx));
        GroupId id = new GroupId(ctx.pathParam("id"));
        board.intervals(id).onSuccess(list -> JsonBody.send(ctx, 200, new JsonObject()
                        .put("group", id.value())
                        .put("intervals", new JsonArray(list.stream().map(LiveJson::figures).toList()))))
                .onFailure(ctx::fail);
    }

    private void save(RoutingContext ctx) {
        String name = ctx.pathParam("id");
        JsonObject body = JsonBody.of(ctx);
        Optional<StoredGroup> current = roster.group(new GroupId(name));
        Principal principal = current.isPresent() ? Principal.requireOversight(ctx, current.get().group())
                : Principal.requireRole(ctx, Role.ADMIN);
        if (current.isEmpty() && (!name.matches("[a-z0-9]+(-[a-z0-9]+)*") || name.length() > 60)) {
            throw ApiException.badRequest("id: lower-case words joined by '-', at most 60 characters");
        }
        if (body.containsKey("organisations") && principal.role() != Role.ADMIN) {
            throw ApiException.forbidden("only an administrator changes the organisations staffing a group");
        }
        StoredGroup next = merged(new GroupId(name), current, body);
        roster.saveGroup(next)
                .compose(saved -> audit.record(principal, current.isPresent() ? "group.update" : "group.create",
                        name, describe(saved)).map(saved))
                .onSuccess(saved -> JsonBody.send(ctx, current.isPresent() ? 200 : 201,
                        LiveJson.settings(saved.group(), saved.serviceLevelGoalPercent())))
                .onFailure(ctx::fail);
    }

    private StoredGroup merged(GroupId id, Optional<StoredGroup> current, JsonObject body) {
        SkillGroup base = current.map(StoredGroup::group).orElseGet(() -> SkillGroup.withDefaults(id,
                new HotlineId(JsonBody.required(body, "hotline"))));
        List<Organisation> organisations = JsonBody.array(body, "organisations").map(GroupsApi::organisations)
                .orElse(base.organisations());
        List<EscalationStep> escalation = JsonBody.array(body, "escalation").map(GroupsApi::escalation)
                .orElse(base.escalation());
        SkillGroup group = new SkillGroup(id, base.hotline(),
                JsonBody.string(body, "label").filter(s -> !s.isEmpty()).orElse(base.label()),
                JsonBody.integer(body, "slTargetSeconds", 1, 600).orElse(base.slTargetSeconds()),
                JsonBody.integer(body, "wrapUpSeconds", 0, 3600).orElse(base.wrapUpSeconds()),
                JsonBody.integer(body, "maxWaitSeconds", 0, 7200).orElse(base.maxWaitSeconds()),
                JsonBody.integer(body, "maxQueueLength", 0, 1000).orElse(base.maxQueueLength()),
                JsonBody.bool(body, "joinWhenEmpty").orElse(base.joinWhenEmpty()),
                organisations, escalation);
        if (group.label().length() > 200) {
            throw ApiException.badRequest("label: at most 200 characters");
        }
        return new StoredGroup(group, goalPercent(body).orElse(current.map(StoredGroup::serviceLevelGoalPercent)
                .orElse(StoredGroup.DEFAULT_GOAL_PERCENT)));
    }

    /** {@code serviceLevelGoal}: a fraction (0.8) or a percentage (80). */
    private static Optional<Integer> goalPercent(JsonObject body) {
        Object value = body.getValue("serviceLevelGoal");
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof Number n) || n.doubleValue() <= 0 || n.doubleValue() > 100) {
            throw ApiException.badRequest("serviceLevelGoal: a fraction (0.8) or a percentage (80)");
        }
        double goal = n.doubleValue() <= 1 ? n.doubleValue() * 100 : n.doubleValue();
        return Optional.of((int) Math.max(1, Math.round(goal)));
    }

    private static List<Organisation> organisations(JsonArray list) {
        List<Organisation> organisations = new ArrayList<>();
        for (Object o : list) {
            organisations.add(JsonBody.constant(String.valueOf(o), "organisations", Organisation.class));
        }
        if (organisations.isEmpty()) {
            throw ApiException.badRequest("organisations: at least one");
        }
        return organisations;
    }

    private static List<EscalationStep> escalation(JsonArray list) {
        List<EscalationStep> steps = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.getValue(i) instanceof JsonObject step)) {
                throw ApiException.badRequest("escalation[" + i + "]: must be an object");
            }
            List<GroupId> also = JsonBody.array(step, "alsoGroups").orElse(new JsonArray()).stream()
                    .map(g -> new GroupId(String.valueOf(g))).toList();
            steps.add(new EscalationStep(JsonBody.integer(step, "afterSeconds", 0, 7200).orElse(0),
                    JsonBody.integer(step, "minProficiency", 1, 5).orElse(1), also));
        }
        return steps;
    }

    private SkillGroup known(RoutingContext ctx) {
        return roster.group(new GroupId(ctx.pathParam("id"))).map(StoredGroup::group)
                .orElseThrow(() -> ApiException.notFound("no group '" + ctx.pathParam("id") + "'"));
    }

    private static String describe(StoredGroup g) {
        SkillGroup s = g.group();
        return "sl=" + s.slTargetSeconds() + "s/" + g.serviceLevelGoalPercent() + "% wrapUp=" + s.wrapUpSeconds()
                + "s maxWait=" + s.maxWaitSeconds() + "s maxQueue=" + s.maxQueueLength() + " joinWhenEmpty="
                + s.joinWhenEmpty() + " organisations=" + s.organisations() + " escalation=" + s.escalation().size();
    }
}
