package org.numvert.web;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The query parameters of a request, checked: an unknown or repeated parameter, or a number out of
 * its range, is a 400 naming it.
 */
final class RequestParams {
    private final MultiMap params;

    private RequestParams(MultiMap params) {
        this.params = params;
    }

    static RequestParams of(RoutingContext ctx, Set<String> known) {
        MultiMap params = ctx.queryParams();
        Set<String> unknown = new TreeSet<>(params.names());
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw ApiException.badRequest("unknown parameter(s) " + unknown + "; known: " + new TreeSet<>(known));
        }
        for (String name : params.names()) {
            if (params.getAll(name).size() > 1) {
                throw ApiException.badRequest("parameter " + name + " is given more than once");
            }
        }
        return new RequestParams(params);
    }

    String text(String name) {
        String value = params.get(name);
        return value == null ? "" : value;
    }

    /** The value when present and not blank. */
    Optional<String> optional(String name) {
        return Optional.ofNullable(params.get(name)).map(String::strip).filter(s -> !s.isEmpty());
    }

    int integer(String name, int defaultValue, int min, int max) {
        Optional<String> value = optional(name);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value.get());
            if (parsed < min || parsed > max) {
                throw ApiException.badRequest(name + " must be between " + min + " and " + max);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be a whole number between " + min + " and " + max);
        }
    }

    static Set<String> names(String... names) {
        return Set.copyOf(List.of(names));
    }
}
