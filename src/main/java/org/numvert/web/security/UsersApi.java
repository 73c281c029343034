package org.numvert.web.security;

import io.vertx.core.Future;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;
import java.util.Optional;
import org.numvert.routing.AgentId;
import org.numvert.routing.Organisation;
import org.numvert.store.Database;
import org.numvert.web.ApiException;
import org.numvert.web.AuditTrail;
import org.numvert.web.Principal;
import org.numvert.web.Role;

/**
 * User management, for administrators only (403 otherwise): {@code GET/POST /api/users},
 * {@code GET/PUT/DELETE /api/users/{login}} (DELETE disables: history keeps its actors),
 * {@code POST /api/users/{login}/password}, and a user's tokens ({@code GET
 * /api/users/{login}/tokens}, {@code DELETE /api/users/{login}/tokens/{id}}). Every change goes to
 * the audit trail.
 */
final class UsersApi {
    private final Database database;
    private final WorkerExecutor passwordWorkers;
    private final Accounts accounts;
    private final AuditTrail audit;

    UsersApi(Database database, WorkerExecutor passwordWorkers, Accounts accounts, AuditTrail audit) {
        this.database = database;
        this.passwordWorkers = passwordWorkers;
        this.accounts = accounts;
        this.audit = audit;
    }

    void mount(Router router) {
        router.route("/api/users*").handler(ctx -> {
            Principal.requireRole(ctx, Role.ADMIN);
            ctx.next();
        });
        router.get("/api/users").handler(ctx -> answer(ctx, 200, database.async(() ->
                new JsonArray(accounts.list().stream().map(AccountJson::of).toList()))));
        router.post("/api/users").handler(this::create);
        router.get("/api/users/:login").handler(ctx -> answer(ctx, 200, database.async(() ->
                AccountJson.of(accounts.require(ctx.pathParam("login"))))));
        router.put("/api/users/:login").handler(this::update);
        router.delete("/api/users/:login").handler(this::disable);
        router.post("/api/users/:login/password").handler(this::setPassword);
        router.get("/api/users/:login/tokens").handler(ctx -> answer(ctx, 200, database.async(() ->
                AccountJson.tokens(accounts.tokens().of(accounts.require(ctx.pathParam("login")).login())))));
        router.delete("/api/users/:login/tokens/:id").handler(this::revokeToken);
    }

    private void create(RoutingContext ctx) {
        Principal admin = Principal.required(ctx);
        JsonObject body = JsonInput.body(ctx);
        String login = AccountRules.login(JsonInput.required(body, "login"));
        Role role = JsonInput.oneOf(body, "role", Role.class).orElseThrow(() -> ApiException.badRequest("role: required"));
        AccountDetails details = new AccountDetails(JsonInput.required(body, "displayName"), role,
                JsonInput.oneOf(body, "organisation", Organisation.class)
                        .orElseThrow(() -> ApiException.badRequest("organisation: required")),
                JsonInput.bool(body, "faqEditor").orElse(false),
                agentOf(body, login, role, Optional.empty()));
        String password = JsonInput.required(body, "password");
        passwordWorkers.executeBlocking(() -> accounts.create(login, details, password), false)
                .compose(account -> audit.record(admin, "user.create", login, describe(details)).map(account))
                .onSuccess(account -> {
                    ctx.response().putHeader("Location", "/api/users/" + login);
                    AccountJson.send(ctx, 201, AccountJson.of(account));
                })
                .onFailure(ctx::fail);
    }

    private void update(RoutingContext ctx) {
        Principal admin = Principal.required(ctx);
        JsonObject body = JsonInput.body(ctx);
        Optional<Boolean> enabled = JsonInput.bool(body, "enabled");
        if (enabled.isPresent() && !enabled.get()) {
            refuseSelf(admin, ctx.pathParam("login"), "disable");
        }
        Future<Account> updated = database.async(() -> {
            Account current = accounts.require(ctx.pathParam("login"));
            AccountDetails details = merge(current, body);
            if (current.login().equals(admin.login()) && details.role() != Role.ADMIN) {
                throw ApiException.conflict("you cannot remove your own administrator role");
            }
            Account account = accounts.update(current.login(), details);
            return enabled.map(e -> accounts.setEnabled(account.login(), e)).orElse(account);
        });
        updated.compose(account -> audit.record(admin, "user.update", account.login(),
                        describe(account.details()) + (account.enabled() ? "" : " disabled")).map(account))
                .onSuccess(account -> AccountJson.send(ctx, 200, AccountJson.of(account)))
                .onFailure(ctx::fail);
    }

    private void disable(RoutingContext ctx) {
        Principal admin = Principal.required(ctx);
        refuseSelf(admin, ctx.pathParam("login"), "disable");
        Future<Account> disabled = database.async(() -> accounts.setEnabled(ctx.pathParam("login"), false));
        disabled.compose(account -> audit.record(admin, "user.disable", account.login(), null))
                .onSuccess(v -> ctx.response().setStatusCode(204).end())
                .onFailure(ctx::fail);
    }

    private void setPassword(RoutingContext ctx) {
        Principal admin = Principal.required(ctx);
        String password = JsonInput.required(JsonInput.body(ctx), "password");
        String login = AccountRules.normalise(ctx.pathParam("login"));
        passwordWorkers.<Void>executeBlocking(() -> {
            accounts.setPassword(login, password);
            return null;
        }, false).compose(v -> audit.record(admin, "user.password", login, "password reset"))
                .onSuccess(v -> ctx.response().setStatusCode(204).end())
                .onFailure(ctx::fail);
    }

    private void revokeToken(RoutingContext ctx) {
        Principal admin = Principal.required(ctx);
        String login = AccountRules.normalise(ctx.pathParam("login"));
        long id = JsonInput.id(ctx, "id");
        database.async(() -> {
            accounts.tokens().revoke(login, id);
            return null;
        }).compose(v -> audit.record(admin, "token.revoke", login, "token " + id))
                .onSuccess(v -> ctx.response().setStatusCode(204).end())
                .onFailure(ctx::fail);
    }

    /** The account's details with the fields present in {@code body} changed. */
    private static AccountDetails merge(Account current, JsonObject body) {
        AccountDetails d = current.details();
        Role role = JsonInput.oneOf(body, "role", Role.class).orElse(d.role());
        return new AccountDetails(
                JsonInput.string(body, "displayName").orElse(d.displayName()), role,
                JsonInput.oneOf(body, "organisation", Organisation.class).orElse(d.organisation()),
                JsonInput.bool(body, "faqEditor").orElse(d.faqEditor()),
                agentOf(body, current.login(), role, d.agent()));
    }

    /** {@code agentId} from the body ({@code null} removes it); an agent's defaults to its login. */
    private static Optional<AgentId> agentOf(JsonObject body, String login, Role role, Optional<AgentId> current) {
        Optional<AgentId> agent = body.containsKey("agentId")
                ? JsonInput.string(body, "agentId").filter(s -> !s.isBlank()).map(s -> new AgentId(s.strip()))
                : current;
        return role == Role.AGENT && agent.isEmpty() ? Optional.of(new AgentId(login)) : agent;
    }

    private static void refuseSelf(Principal admin, String login, String what) {
        if (AccountRules.normalise(login).equals(admin.login())) {
            throw ApiException.conflict("you cannot " + what + " your own account");
        }
    }

    private static String describe(AccountDetails d) {
        return "role=" + d.role().name().toLowerCase(Locale.ROOT) + " organisation=" + d.organisation()
                + (d.faqEditor() ? " faqEditor" : "") + d.agent().map(a -> " agent=" + a).orElse("");
    }

    private static void answer(RoutingContext ctx, int status, Future<?> json) {
        json.onSuccess(body -> AccountJson.send(ctx, status, body)).onFailure(ctx::fail);
    }
}
