package org.numvert.web;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import java.util.NoSuchElementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one failure handler: maps every failure to a status and {@code {"error": "..."}}.
 * Input problems (malformed JSON, bad parameters) are 4xx; only our own faults are 500, logged
 * with their stack trace and answered without it.
 */
public final class Failures {
    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

    private Failures() {
    }

    public static void handle(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        int status = statusOf(ctx.statusCode(), failure);
        String reason = reasonOf(status, failure);
        if (status >= 500) {
            LOG.error("{} {} failed", ctx.request().method(), ctx.request().path(), failure);
        }
        if (ctx.response().headWritten()) {
            ctx.response().reset();
            return;
        }
        ctx.response().setStatusCode(status)
                .putHeader("content-type", "application/json; charset=utf-8")
                .end(new JsonObject().put("error", reason).encode());
    }

    static int statusOf(int contextStatus, Throwable failure) {
        if (failure instanceof ApiException api) {
            return api.status();
        }
        if (failure instanceof HttpException http) {
            return http.getStatusCode();
        }
        if (failure instanceof DecodeException || failure instanceof IllegalArgumentException) {
            return 400;
        }
        if (failure instanceof NoSuchElementException) {
            return 404;
        }
        if (failure == null && contextStatus > 0) {
            return contextStatus;
        }
        return 500;
    }

    private static String reasonOf(int status, Throwable failure) {
        if (status >= 500) {
            return "internal error";
        }
        if (failure instanceof DecodeException) {
            return "malformed JSON body";
        }
        if (failure instanceof HttpException http && http.getPayload() != null) {
            return http.getPayload();
        }
        if (failure != null && failure.getMessage() != null) {
            return failure.getMessage();
        }
        return switch (status) {
            case 401 -> "authentication required";
            case 403 -> "forbidden";
            case 404 -> "not found";
            case 405 -> "method not allowed";
            case 413 -> "request too large";
            default -> "bad request";
        };
    }
}
