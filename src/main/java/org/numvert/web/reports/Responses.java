package org.numvert.web.reports;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Writes report answers: {@code {"rows": [...]}} as JSON, or the same rows as a CSV attachment. */
final class Responses {
    private Responses() {
    }

    static void rows(RoutingContext ctx, boolean csv, String name, Instant from, List<String> header,
            List<Map<String, Object>> rows) {
        if (csv) {
            attachment(ctx, name, from).end(Csv.document(header, rows));
        } else {
            json(ctx, new JsonObject().put("rows", new JsonArray(rows.stream().map(ReportRows::json).toList())));
        }
    }

    static void json(RoutingContext ctx, JsonObject body) {
        ctx.response().putHeader("content-type", "application/json; charset=utf-8").end(body.encode());
    }

    /** Headers of a CSV download named {@code numvert-<name>-<day of from>.csv}. */
    static io.vertx.core.http.HttpServerResponse attachment(RoutingContext ctx, String name, Instant from) {
        String day = from.atZone(ReportParams.ZONE).toLocalDate().toString();
        return ctx.response().putHeader("content-type", Csv.CONTENT_TYPE)
                .putHeader("content-disposition", "attachment; filename=\"numvert-" + name + "-" + day + ".csv\"");
    }
}
