package org.numvert.web.security;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Locale;
import org.numvert.routing.AgentId;
import org.numvert.store.StoredToken;

/** The JSON shapes of accounts and tokens. Never a password, a hash or a token's secret (except once, at creation). */
final class AccountJson {
    private AccountJson() {
    }

    static JsonObject of(Account account) {
        AccountDetails d = account.details();
        return new JsonObject()
                .put("login", account.login())
                .put("displayName", d.displayName())
                .put("role", d.role().name().toLowerCase(Locale.ROOT))
                .put("organisation", d.organisation().name())
                .put("faqEditor", d.faqEditor())
                .put("agentId", d.agent().map(AgentId::value).orElse(null))
                .put("enabled", account.enabled())
                .put("createdAt", account.createdAt().toString())
                .put("updatedAt", account.updatedAt().toString());
    }

    static JsonObject of(StoredToken token) {
        return new JsonObject()
                .put("id", token.id())
                .put("name", token.name())
                .put("createdAt", token.createdAt().toString())
                .put("lastUsedAt", token.lastUsedAt().map(Object::toString).orElse(null));
    }

    static JsonArray tokens(List<StoredToken> tokens) {
        return new JsonArray(tokens.stream().map(AccountJson::of).toList());
    }

    static void send(RoutingContext ctx, int status, Object json) {
        ctx.response().setStatusCode(status)
                .putHeader("content-type", "application/json; charset=utf-8")
                .end(json.toString());
    }
}
