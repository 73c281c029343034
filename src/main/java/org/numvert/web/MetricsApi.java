package org.numvert.web;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.ext.web.Router;

/** {@code GET /metrics}: Prometheus text exposition of JVM, HTTP and numvert's own meters. */
public final class MetricsApi implements Api {
    private final PrometheusMeterRegistry registry;

    public MetricsApi(PrometheusMeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void mount(Router router) {
        router.get("/metrics").handler(ctx -> ctx.vertx()
                .executeBlocking(registry::scrape, false)
                .onSuccess(text -> ctx.response()
                        .putHeader("content-type", "text/plain; version=0.0.4; charset=utf-8")
                        .end(text))
                .onFailure(ctx::fail));
    }
}
