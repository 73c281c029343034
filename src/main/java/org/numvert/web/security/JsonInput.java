package org.numvert.web.security;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.numvert.web.ApiException;

/** Typed reading of a JSON request body: a missing or mistyped field is a 400 naming it. */
final class JsonInput {
    private JsonInput() {
    }

    static JsonObject body(RoutingContext ctx) {
        JsonObject body = ctx.body().asJsonObject();
        if (body == null) {
            throw ApiException.badRequest("a JSON object body is required");
        }
        return body;
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
        Object value = json.getValue(key);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof Boolean flag)) {
            throw ApiException.badRequest(key + ": must be true or false");
        }
        return Optional.of(flag);
    }

    /** One of {@code type}'s constants, named in any case. */
    static <E extends Enum<E>> Optional<E> oneOf(JsonObject json, String key, Class<E> type) {
        return string(json, key).map(name -> Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(name.strip().toUpperCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> ApiException.badRequest(key + ": one of "
                        + Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT))));
    }

    static long id(RoutingContext ctx, String param) {
        try {
            return Long.parseLong(ctx.pathParam(param));
        } catch (NumberFormatException e) {
            throw ApiException.notFound("no such " + param);
        }
    }
}
