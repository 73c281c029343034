package org.numvert.web;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Typed reading of a JSON request body for every API: a missing or mistyped field is a 400 naming
 * it, a body that is not a JSON object too.
 */
public final class JsonBody {
    private JsonBody() {
    }

    public static JsonObject of(RoutingContext ctx) {
        JsonObject body;
        try {
            body = ctx.body().asJsonObject();
        } catch (ClassCastException e) {
            throw ApiException.badRequest("a JSON object body is required");
        }
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
        return Optional.of(text.strip());
    }

    static String required(JsonObject json, String key) {
        return string(json, key).filter(s -> !s.isEmpty())
                .orElseThrow(() -> ApiException.badRequest(key + ": required"));
    }

    public static Optional<Boolean> bool(JsonObject json, String key) {
        Object value = json.getValue(key);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof Boolean flag)) {
            throw ApiException.badRequest(key + ": must be true or false");
        }
        return Optional.of(flag);
    }

    /** A whole number between {@code min} and {@code max}. */
    static Optional<Integer> integer(JsonObject json, String key, int min, int max) {
        Object value = json.getValue(key);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
            throw ApiException.badRequest(key + ": must be a whole number");
        }
        long v = n.longValue();
        if (v < min || v > max) {
            throw ApiException.badRequest(key + ": must be between " + min + " and " + max);
        }
        return Optional.of((int) v);
    }

    static Optional<JsonObject> object(JsonObject json, String key) {
        Object value = json.getValue(key);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof JsonObject object)) {
            throw ApiException.badRequest(key + ": must be an object");
        }
        return Optional.of(object);
    }

    static Optional<JsonArray> array(JsonObject json, String key) {
        Object value = json.getValue(key);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof JsonArray array)) {
            throw ApiException.badRequest(key + ": must be a list");
        }
        return Optional.of(array);
    }

    /** One of {@code type}'s constants, named in any case. */
    public static <E extends Enum<E>> Optional<E> oneOf(JsonObject json, String key, Class<E> type) {
        return string(json, key).map(name -> constant(name, key, type));
    }

    static <E extends Enum<E>> E constant(String name, String key, Class<E> type) {
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(name.strip().toUpperCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> ApiException.badRequest(key + ": one of "
                        + Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT)));
    }

    static void send(RoutingContext ctx, int status, Object json) {
        String body = json instanceof JsonObject o ? o.encode()
                : json instanceof JsonArray a ? a.encode() : String.valueOf(json);
        ctx.response().setStatusCode(status)
                .putHeader("content-type", "application/json; charset=utf-8")
                .putHeader("cache-control", "no-store")
                .end(body);
    }
}
