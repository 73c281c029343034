package org.numvert.web.reports;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.numvert.records.CallNotes;
import org.numvert.records.CallerHistory;
import org.numvert.records.Outcome;
import org.numvert.records.Reports;
import org.numvert.routing.CallId;
import org.numvert.routing.CallStatus;
import org.numvert.routing.EngineClient;
import org.numvert.store.CallQuery;
import org.numvert.store.CallSummaryRepository;
import org.numvert.store.CallSummaryRow;
import org.numvert.store.Database;
import org.numvert.web.Api;
import org.numvert.web.ApiException;
import org.numvert.web.Principal;
import org.numvert.web.Role;

/**
 * Call summaries: {@code GET /api/calls?from=&to=&hotline=&group=&outcome=&limit=&offset=}
 * (supervisors; JSON page, or with {@code format=csv} every matching call as a CSV download), and
 * {@code GET /api/calls/{id}/previous}: the other calls of the same number today, for the agent
 * the call rings, talks to or wraps up with (and supervisors). Both show the agents' wrap-up
 * notes ({@code note}).
 */
public final class CallsApi implements Api {
    private static final int DEFAULT_LIMIT = 100;
    private static final int MAX_LIMIT = 1_000;
    private static final int EXPORT_PAGE = 5_000;

    private final Database database;
    private final Reports reports;
    private final CallerHistory history;
    private final EngineClient engine;
    private final Clock clock;

    public CallsApi(Database database, Reports reports, CallerHistory history, EngineClient engine, Clock clock) {
        this.database = database;
        this.reports = reports;
        this.history = history;
        this.engine = engine;
        this.clock = clock;
    }

    @Override
    public void mount(Router router) {
        router.get("/api/calls").handler(this::calls);
        router.get("/api/calls/:id/previous").handler(this::previous);
    }

    private void calls(RoutingContext ctx) {
        Principal principal = Principal.requireRole(ctx, Role.SUPERVISOR);
        ReportParams params = new ReportParams(ctx);
        ReportParams.Range range = params.range(LocalDate.ofInstant(clock.instant(), ReportParams.ZONE), Duration.ofDays(366));
        int limit = (int) params.number("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        long offset = params.number("offset", 0, 0, Long.MAX_VALUE);
        List<String> outcomes = outcomes(params.optional("outcome"));
        boolean csv = params.csv();
        reports.directory().map(dir -> new CallQuery(range.from(), range.to(), params.optional("hotline"),
                        params.optional("group"), outcomes,
                        Visibility.narrowed(Visibility.groups(principal, dir), params.optional("group"), "group"),
                        limit, offset))
                .compose(query -> csv ? export(ctx, query) : page(ctx, query))
                .onFailure(ctx::fail);
    }

    private Future<Void> page(RoutingContext ctx, CallQuery query) {
        CallSummaryRepository summaries = new CallSummaryRepository(database);
        return database.async(() -> {
            List<CallSummaryRow> rows = summaries.page(query);
            return new JsonObject().put("total", summaries.count(query))
                    .put("calls", new JsonArray(ReportRows.calls(rows, CallNotes.read(database, rows)).stream()
                            .map(ReportRows::json).toList()));
        }).onSuccess(body -> Responses.json(ctx, body)).mapEmpty();
    }

    /** Every matching call, page after page, as one CSV download. */
    private Future<Void> export(RoutingContext ctx, CallQuery query) {
        Responses.attachment(ctx, "calls", query.from()).setChunked(true);
        ctx.response().write(Csv.BOM + Csv.header(ReportRows.CALL));
        return exportFrom(ctx, query, 0).onSuccess(v -> ctx.response().end());
    }

    private Future<Void> exportFrom(RoutingContext ctx, CallQuery query, long offset) {
        CallSummaryRepository summaries = new CallSummaryRepository(database);
        return database.async(() -> {
            List<CallSummaryRow> rows = summaries.page(query.page(EXPORT_PAGE, offset));
            return ReportRows.calls(rows, CallNotes.read(database, rows));
        }).compose(rows -> {
            if (rows.isEmpty()) {
                return Future.succeededFuture();
            }
            String cells = Csv.records(ReportRows.CALL, rows);
            return ctx.response().write(Buffer.buffer(cells)).compose(v -> rows.size() < EXPORT_PAGE
                    ? Future.succeededFuture() : exportFrom(ctx, query, offset + rows.size()));
        });
    }

    private void previous(RoutingContext ctx) {
        Principal principal = Principal.required(ctx);
        CallId id = new CallId(ctx.pathParam("id"));
        Future.fromCompletionStage(engine.read(view -> view.call(id)))
                .compose(call -> {
                    CallStatus status = call.orElseThrow(() -> ApiException.notFound("call " + id + " is not in progress"));
                    boolean own = principal.agent().isPresent() && principal.agent().get().equals(status.agent());
                    if (!own && !principal.role().atLeast(Role.SUPERVISOR)) {
                        throw ApiException.forbidden("call " + id + " is not yours");
                    }
                    return history.today(status.caller(), id);
                })
                .compose(rows -> database.async(() -> new JsonObject().put("calls", new JsonArray(previousCalls(rows,
                        CallNotes.read(database, rows))))))
                .onSuccess(body -> Responses.json(ctx, body))
                .onFailure(ctx::fail);
    }

    private static List<JsonObject> previousCalls(List<CallSummaryRow> rows, CallNotes notes) {
        return rows.stream().map(row -> new JsonObject().put("id", row.callId()).put("hotline", row.hotline())
                .put("group", row.groupId()).put("enteredAt", Formats.iso(row.enteredAt()))
                .put("outcome", Formats.code(row.outcome())).put("agent", row.agentId())
                .put("wrapUpCode", row.wrapUpCode()).put("note", notes.of(row)).put("topic", row.topic())).toList();
    }

    private static List<String> outcomes(Optional<String> param) {
        List<String> outcomes = new ArrayList<>();
        for (String code : param.map(p -> Arrays.asList(p.split(","))).orElse(List.of())) {
            try {
                outcomes.add(Outcome.valueOf(code.strip().toUpperCase(Locale.ROOT)).name());
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("outcome: one or more of " + Arrays.stream(Outcome.values())
                        .map(o -> o.name().toLowerCase(Locale.ROOT)).toList());
            }
        }
        return outcomes;
    }
}
