package org.numvert.web;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /health}, without authentication: the state of each component (database, index,
 * PBX connection …) and 200 when all are up, 503 otherwise.
 */
public final class HealthApi implements Api {
    private final String instance;
    private final Map<String, HealthCheck> checks;

    /**
     * @param instance this installation's id, made at the first start and kept in the database
     * @param checks   by component name; read at each request, so parts may register later
     */
    public HealthApi(String instance, Map<String, HealthCheck> checks) {
        this.instance = instance;
        this.checks = checks;
    }

    @Override
    public void mount(Router router) {
        router.get("/health").handler(this::health);
    }

    private void health(RoutingContext ctx) {
        List<String> names = new ArrayList<>(checks.keySet());
        List<Future<HealthCheck.Status>> results = names.stream()
                .map(name -> checks.get(name).check()
                        .otherwise(e -> HealthCheck.Status.down(String.valueOf(e.getMessage()))))
                .toList();
        Future.join(results).onComplete(done -> {
            JsonObject body = new JsonObject();
            boolean allUp = true;
            for (int i = 0; i < names.size(); i++) {
                HealthCheck.Status status = results.get(i).result();
                allUp &= status.up();
                body.put(names.get(i), new JsonObject()
                        .put("status", status.up() ? "UP" : "DOWN").put("detail", status.detail()));
            }
            ctx.response().setStatusCode(allUp ? 200 : 503)
                    .putHeader("content-type", "application/json; charset=utf-8")
                    .putHeader("cache-control", "no-store")
                    .end(new JsonObject().put("status", allUp ? "UP" : "DOWN").put("instance", instance)
                            .put("checks", body).encode());
        });
    }
}
