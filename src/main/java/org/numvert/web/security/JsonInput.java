package org.numvert.web.security;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import org.numvert.web.ApiException;
import org.numvert.web.JsonBody;

/**
 * The accounts' reading of JSON bodies: {@link JsonBody}'s, except that texts are taken as sent,
 * not stripped (a password may begin or end with a space).
 */
final class JsonInput {
    private JsonInput() {
    }

    static JsonObject body(RoutingContext ctx) {
        return JsonBody.of(ctx);
    }

    static Optional<String> string(JsonObject json, String key) {
        Object value = json.getValue(key);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String text)) {
            throw ApiException.badRequest(key + ": must be a string");
        }
        return Optional.of(text);
    }

    static String required(JsonObject json, String key) {
        return string(json, key).orElseThrow(() -> ApiException.badRequest(key + ": required"));
    }

    static Optional<Boolean> bool(JsonObject json, String key) {
        return JsonBody.bool(json, key);
    }

    /** One of {@code type}'s constants, named in any case. */
    static <E extends Enum<E>> Optional<E> oneOf(JsonObject json, String key, Class<E> type) {
        return JsonBody.oneOf(json, key, type);
    }

    static long id(RoutingContext ctx, String param) {
        try {
            return Long.parseLong(ctx.pathParam(param));
        } catch (NumberFormatException e) {
            throw ApiException.notFound("no such " + param);
        }
    }
}
