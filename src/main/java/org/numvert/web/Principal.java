package org.numvert.web;

import io.vertx.ext.web.RoutingContext;
import java.util.Objects;
import java.util.Optional;
import org.numvert.routing.AgentId;
import org.numvert.routing.Organisation;
import org.numvert.routing.SkillGroup;

/**
 * The authenticated user of a request, put on the routing context by the authentication handler
 * (session cookie or {@code Authorization: Bearer} token) and read by every API.
 *
 * @param faqEditor may edit FAQ articles directly (supervisors and admins always may)
 * @param agent     the routing agent this user is, when it takes calls
 */
public record Principal(String login, Role role, Organisation organisation, boolean faqEditor,
        Optional<AgentId> agent) {
    private static final String KEY = "numvert.principal";

    public Principal {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(organisation, "organisation");
        agent = Objects.requireNonNullElse(agent, Optional.empty());
    }

    public boolean canEditFaq() {
        return faqEditor || role.atLeast(Role.SUPERVISOR);
    }

    /**
     * Whether this user watches and acts on {@code group} (its queue, its agents): administrators
     * and Region supervisors on every group (the Region runs the service), an AD'OCC supervisor on
     * the groups AD'OCC staffs ({@link SkillGroup#organisations()}); agents on none.
     */
    public boolean oversees(SkillGroup group) {
        return role == Role.ADMIN
                || role == Role.SUPERVISOR
                && (organisation == Organisation.REGION || group.organisations().contains(organisation));
    }

    public void attachTo(RoutingContext ctx) {
        ctx.put(KEY, this);
    }

    public static Optional<Principal> of(RoutingContext ctx) {
        return Optional.ofNullable(ctx.get(KEY));
    }

    /** The request's principal; 401 when there is none (a route that forgot authentication). */
    public static Principal required(RoutingContext ctx) {
        return of(ctx).orElseThrow(() -> new ApiException(401, "authentication required"));
    }

    /** The request's principal if it has at least {@code role}; else 403. */
    public static Principal requireRole(RoutingContext ctx, Role role) {
        Principal principal = required(ctx);
        if (!principal.role().atLeast(role)) {
            throw ApiException.forbidden("requires role " + role.name().toLowerCase());
        }
        return principal;
    }

    /** The request's principal if it oversees {@code group} ({@link #oversees}); else 403. */
    public static Principal requireOversight(RoutingContext ctx, SkillGroup group) {
        Principal principal = requireRole(ctx, Role.SUPERVISOR);
        if (!principal.oversees(group)) {
            throw ApiException.forbidden("group " + group.id() + " is not staffed by " + principal.organisation());
        }
        return principal;
    }
}
