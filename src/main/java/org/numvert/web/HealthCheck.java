package org.numvert.web;

import io.vertx.core.Future;

/** One component's readiness, for {@code GET /health}. Must answer quickly and never block. */
@FunctionalInterface
public interface HealthCheck {

    Future<Status> check();

    /** @param detail short human text (no secrets) */
    record Status(boolean up, String detail) {
        public static Status up(String detail) {
            return new Status(true, detail);
        }

        public static Status down(String detail) {
            return new Status(false, detail);
        }
    }
}
