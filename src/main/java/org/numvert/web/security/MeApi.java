package org.numvert.web.security;

import io.vertx.core.WorkerExecutor;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.SessionHandler;
import org.numvert.store.Database;
import org.numvert.web.ApiException;
import org.numvert.web.AuditTrail;
import org.numvert.web.Principal;

/**
 * The signed-in user's own resource: {@code GET /api/me} (who am I, and the session's CSRF token),
 * {@code POST /api/me/password}, and personal API tokens ({@code GET/POST /api/me/tokens},
 * {@code DELETE /api/me/tokens/{id}}). Changing one's password or making a token needs an
 * interactive session: a token cannot be used to mint credentials.
 */
final class MeApi {
    private final Database database;
    private final WorkerExecutor passwordWorkers;
    private final Accounts accounts;
    private final AuditTrail audit;
    private final SessionHandler sessions;

    MeApi(Database database, WorkerExecutor passwordWorkers, Accounts accounts, AuditTrail audit,
            SessionHandler sessions) {
        this.database = database;
        this.passwordWorkers = passwordWorkers;
        this.accounts = accounts;
        this.audit = audit;
        this.sessions = sessions;
    }

    void mount(Router router) {
        router.get("/api/me").handler(this::me);
        router.post("/api/me/password").handler(this::changePassword);
        router.get("/api/me/tokens").handler(this::tokens);
        router.post("/api/me/tokens").handler(this::issueToken);
        router.delete("/api/me/tokens/:id").handler(this::revokeToken);
    }

    private void me(RoutingContext ctx) {
        Principal me = Principal.required(ctx);
        boolean viaToken = Authentication.viaToken(ctx);
        database.async(() -> accounts.require(me.login())).onSuccess(account -> {
            JsonObject json = AccountJson.of(account)
                    .put("canEditFaq", me.canEditFaq())
                    .put("authentication", viaToken ? "token" : "session");
            if (!viaToken) {
                json.put("csrfToken", SessionKeys.csrfToken(ctx.session()));
            }
            AccountJson.send(ctx, 200, json);
        }).onFailure(ctx::fail);
    }

    private void changePassword(RoutingContext ctx) {
        Principal me = interactive(ctx);
        JsonObject body = JsonInput.body(ctx);
        String current = JsonInput.required(body, "currentPassword");
        String next = JsonInput.required(body, "newPassword");
        String address = ctx.request().remoteAddress().hostAddress();
        passwordWorkers.executeBlocking(() -> {
            accounts.changePassword(me.login(), current, next, address);
            return accounts.require(me.login());
        }, false).compose(account -> {
            SessionKeys.keepAfterPasswordChange(ctx.session(), account);
            ctx.response().setStatusCode(204);
            return sessions.flush(ctx, true);
        }).onSuccess(stored -> ctx.response().end()).onFailure(ctx::fail);
    }

    private void tokens(RoutingContext ctx) {
        Principal me = Principal.required(ctx);
        database.async(() -> accounts.tokens().of(me.login()))
                .onSuccess(tokens -> AccountJson.send(ctx, 200, AccountJson.tokens(tokens)))
                .onFailure(ctx::fail);
    }

    private void issueToken(RoutingContext ctx) {
        Principal me = interactive(ctx);
        String name = JsonInput.required(JsonInput.body(ctx), "name");
        database.async(() -> accounts.tokens().issue(me.login(), name))
                .compose(issued -> audit.record(me, "token.create", me.login(), issued.token().name())
                        .map(issued))
                .onSuccess(issued -> AccountJson.send(ctx, 201, AccountJson.of(issued.token())
                        .put("token", issued.secret())))
                .onFailure(ctx::fail);
    }

    private void revokeToken(RoutingContext ctx) {
        Principal me = Principal.required(ctx);
        long id = JsonInput.id(ctx, "id");
        database.async(() -> {
            accounts.tokens().revoke(me.login(), id);
            return null;
        }).compose(v -> audit.record(me, "token.revoke", me.login(), "token " + id))
                .onSuccess(v -> ctx.response().setStatusCode(204).end())
                .onFailure(ctx::fail);
    }

    /** The principal, if it came with a session (not an API token); else 403. */
    private static Principal interactive(RoutingContext ctx) {
        Principal me = Principal.required(ctx);
        if (Authentication.viaToken(ctx)) {
            throw ApiException.forbidden("needs an interactive session, not an API token");
        }
        return me;
    }
}
