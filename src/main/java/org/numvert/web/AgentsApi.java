package org.numvert.web;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.numvert.routing.AgentId;
import org.numvert.routing.AgentProfile;
import org.numvert.routing.AgentStatus;
import org.numvert.routing.DesktopPhone;
import org.numvert.routing.GroupId;
import org.numvert.routing.Organisation;
import org.numvert.routing.RoutingEvent;
import org.numvert.routing.SkillGroup;
import org.numvert.store.Roster;
import org.numvert.store.StoredGroup;

/**
 * The agents and their skills: {@code GET /api/agents} (supervisors: the agents they oversee),
 * {@code PUT /api/agents/{id}} (administrators: create or edit a profile) and
 * {@code PUT /api/agents/{id}/skills} (supervisors overseeing the groups concerned: move an agent
 * between groups, change proficiencies). Edits are stored, then take effect at once in the engine;
 * simulated agents are not stored (their skills change in the engine only).
 */
public final class AgentsApi implements Api {
    private static final int MAX_NAME = 100;
    private static final int MAX_CONTACT = 200;

    private final LiveBoard board;
    private final Roster roster;
    private final AuditTrail audit;
    private final DesktopPhone phone;

    public AgentsApi(LiveBoard board, Roster roster, AuditTrail audit, DesktopPhone phone) {
        this.board = board;
        this.roster = roster;
        this.audit = audit;
        this.phone = phone;
    }

    @Override
    public void mount(Router router) {
        router.get("/api/agents").handler(this::list);
        router.put("/api/agents/:id").handler(this::save);
        router.put("/api/agents/:id/skills").handler(this::skills);
    }

    /** The JSON of one agent on the agent board. */
    JsonObject json(AgentStatus status) {
        return LiveJson.agent(status, !roster.isStored(status.id()), phone.onDesktop(status.id()));
    }

    Function<GroupId, Optional<SkillGroup>> groups() {
        return id -> roster.group(id).map(StoredGroup::group);
    }

    /**
     * The agent's live status, after checking who asks (403); an agent account without a routing
     * profile gets one when it first asks for itself.
     */
    Future<AgentStatus> known(Principal principal, AgentId id) {
        return board.agent(id).compose(status -> {
            if (status.isPresent()) {
                Oversight.requireSelfOrOversight(principal, status.get().profile(), groups());
                return Future.succeededFuture(status.get());
            }
            if (!Oversight.isSelf(principal, id)) {
                throw ApiException.notFound("no agent '" + id + "'");
            }
            return roster.saveAgent(roster.starterProfile(id, principal.login(), principal.organisation(),
                    "PJSIP/" + principal.login())).compose(p -> board.agent(id)).map(Optional::orElseThrow);
        });
    }

    private void list(RoutingContext ctx) {
        Principal reader = Principal.requireRole(ctx, Role.SUPERVISOR);
        board.snapshot().onSuccess(snapshot -> JsonBody.send(ctx, 200, new JsonObject()
                        .put("now", snapshot.nowMillis())
                        .put("agents", new JsonArray(snapshot.agents().stream()
                                .filter(a -> Oversight.oversees(reader, a.profile(), groups()))
                                .map(this::json).toList()))))
                .onFailure(ctx::fail);
    }

    private void save(RoutingContext ctx) {
        Principal admin = Principal.requireRole(ctx, Role.ADMIN);
        AgentId id = agentId(ctx);
        JsonObject body = JsonBody.of(ctx);
        Optional<AgentProfile> stored = roster.agent(id);
        board.agent(id).compose(live -> {
            if (live.isPresent() && stored.isEmpty()) {
                throw ApiException.conflict(id + " is a simulated agent: change its skills with PUT /api/agents/"
                        + id + "/skills");
            }
            AgentProfile profile = merged(id, stored, body);
            return roster.saveAgent(profile).compose(saved -> audit.record(admin, "agent.update", id.value(),
                    describe(saved)).map(saved));
        }).compose(saved -> board.agent(id))
                .onSuccess(status -> JsonBody.send(ctx, stored.isPresent() ? 200 : 201,
                        json(status.orElseThrow())))
                .onFailure(ctx::fail);
    }

    private AgentProfile merged(AgentId id, Optional<AgentProfile> current, JsonObject body) {
        Organisation organisation = JsonBody.oneOf(body, "organisation", Organisation.class)
                .or(() -> current.map(AgentProfile::organisation))
                .orElseThrow(() -> ApiException.badRequest("organisation: required for a new agent"));
        String name = JsonBody.string(body, "name").filter(s -> !s.isEmpty())
                .or(() -> current.map(AgentProfile::name)).orElse(id.value());
        String contact = JsonBody.string(body, "contact").filter(s -> !s.isEmpty())
                .or(() -> current.map(AgentProfile::contact)).orElse("PJSIP/" + id.value());
        if (name.length() > MAX_NAME || contact.length() > MAX_CONTACT) {
            throw ApiException.badRequest("name: at most " + MAX_NAME + " characters; contact: at most " + MAX_CONTACT);
        }
        Map<GroupId, Integer> skills = JsonBody.object(body, "skills").map(this::skills)
                .or(() -> current.map(AgentProfile::skills)).orElse(Map.of());
        return new AgentProfile(id, name, organisation, contact, skills);
    }

    private void skills(RoutingContext ctx) {
        Principal supervisor = Principal.requireRole(ctx, Role.SUPERVISOR);
        AgentId id = agentId(ctx);
        Map<GroupId, Integer> skills = skills(JsonBody.object(JsonBody.of(ctx), "skills")
                .orElseThrow(() -> ApiException.badRequest("skills: required, {\"<group>\": 1-5, ...}")));
        board.agent(id).compose(live -> {
            AgentProfile current = live.orElseThrow(() -> ApiException.notFound("no agent '" + id + "'")).profile();
            if (!Oversight.oversees(supervisor, current, groups())) {
                throw ApiException.forbidden("agent " + id + " is not overseen by " + supervisor.organisation());
            }
            Set<GroupId> changed = changedGroups(current.skills(), skills);
            for (GroupId group : changed) {
                Principal.requireOversight(ctx, groups().apply(group).orElseThrow());
            }
            AgentProfile next = new AgentProfile(id, current.name(), current.organisation(), current.contact(), skills);
            return apply(next).compose(v -> audit.record(supervisor, "agent.skills", id.value(),
                    describeChange(current.skills(), skills, changed)));
        }).compose(v -> board.agent(id))
                .onSuccess(status -> JsonBody.send(ctx, 200, json(status.orElseThrow())))
                .onFailure(ctx::fail);
    }

    private Future<Void> apply(AgentProfile profile) {
        if (roster.isStored(profile.id())) {
            return roster.saveAgent(profile).mapEmpty();
        }
        board.engine().deliver(new RoutingEvent.AgentConfigured(profile));
        return Future.succeededFuture();
    }

    private Map<GroupId, Integer> skills(JsonObject json) {
        Map<GroupId, Integer> skills = new HashMap<>();
        for (String group : json.fieldNames()) {
            GroupId id = new GroupId(group);
            if (roster.group(id).isEmpty()) {
                throw ApiException.badRequest("skills: unknown group '" + group + "'");
            }
            skills.put(id, JsonBody.integer(json, group, 1, 5).orElseThrow(
                    () -> ApiException.badRequest(group + ": a proficiency 1-5 is required")));
        }
        return skills;
    }

    private static Set<GroupId> changedGroups(Map<GroupId, Integer> before, Map<GroupId, Integer> after) {
        Set<GroupId> all = new HashSet<>(before.keySet());
        all.addAll(after.keySet());
        all.removeIf(g -> Objects.equals(before.get(g), after.get(g)));
        return all;
    }

    private static String describeChange(Map<GroupId, Integer> before, Map<GroupId, Integer> after,
            Set<GroupId> changed) {
        StringBuilder text = new StringBuilder();
        for (GroupId g : new TreeSet<>(changed)) {
            text.append(text.length() == 0 ? "" : ", ").append(g).append(' ')
                    .append(Optional.ofNullable(before.get(g)).map(String::valueOf).orElse("-")).append("→")
                    .append(Optional.ofNullable(after.get(g)).map(String::valueOf).orElse("-"));
        }
        return text.length() == 0 ? "no change" : text.toString();
    }

    private static String describe(AgentProfile p) {
        return "name=" + p.name() + " organisation=" + p.organisation() + " contact=" + p.contact()
                + " skills=" + new java.util.TreeMap<>(p.skills());
    }

    static AgentId agentId(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        if (id == null || id.isBlank() || id.length() > 64) {
            throw ApiException.notFound("no such agent");
        }
        return new AgentId(id.strip());
    }
}
