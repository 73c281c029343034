package org.numvert.web.reports;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.numvert.records.CallerKeys;
import org.numvert.records.QueueLogExport;
import org.numvert.records.RecorderStatus;
import org.numvert.records.ReportStep;
import org.numvert.records.Reports;
import org.numvert.store.Database;
import org.numvert.web.Api;
import org.numvert.web.ApiException;
import org.numvert.web.Principal;
import org.numvert.web.Role;

/**
 * Figures from the call records (supervisors): {@code GET /api/reports/groups}, {@code /hotlines}
 * and {@code /agents} ({@code from}, {@code to}, {@code interval=15m|1h|1d}, {@code group} /
 * {@code hotline} / {@code agent}, {@code format=csv|json} or {@code Accept: text/csv}),
 * {@code GET /api/reports/queue-log} (Asterisk's queue_log format, text), and
 * {@code GET /api/records/status} (how far the records are written).
 */
public final class ReportsApi implements Api {
    private final Reports reports;
    private final Database database;
    private final CallerKeys keys;
    private final Supplier<RecorderStatus> status;
    private final Clock clock;

    public ReportsApi(Reports reports, Database database, CallerKeys keys, Supplier<RecorderStatus> status,
            Clock clock) {
        this.reports = reports;
        this.database = database;
        this.keys = keys;
        this.status = status;
        this.clock = clock;
    }

    @Override
    public void mount(Router router) {
        router.get("/api/reports/groups").handler(this::groups);
        router.get("/api/reports/hotlines").handler(this::hotlines);
        router.get("/api/reports/agents").handler(this::agents);
        router.get("/api/reports/queue-log").handler(this::queueLog);
        router.get("/api/reports/summary").handler(this::summary);
        router.get("/api/records/status").handler(this::status);
    }

    private void groups(RoutingContext ctx) {
        Principal principal = Principal.requireRole(ctx, Role.SUPERVISOR);
        Request r = request(ctx);
        Optional<String> hotline = r.params.optional("hotline");
        reports.directory()
                .compose(dir -> reports.groups(r.range.from(), r.range.to(), r.step,
                        Visibility.narrowed(Visibility.groups(principal, dir), r.params.optional("group"), "group")))
                .onSuccess(rows -> Responses.rows(ctx, r.csv, "groups", r.range.from(), ReportRows.GROUP, rows.stream()
                        .filter(row -> hotline.map(h -> h.equals(row.hotline())).orElse(true))
                        .map(ReportRows::group).toList()))
                .onFailure(ctx::fail);
    }

    private void hotlines(RoutingContext ctx) {
        Principal principal = Principal.requireRole(ctx, Role.SUPERVISOR);
        Request r = request(ctx);
        Optional<String> hotline = r.params.optional("hotline");
        reports.directory()
                .compose(dir -> reports.hotlines(r.range.from(), r.range.to(), r.step, Visibility.groups(principal, dir)))
                .onSuccess(rows -> Responses.rows(ctx, r.csv, "hotlines", r.range.from(), ReportRows.HOTLINE, rows.stream()
                        .filter(row -> hotline.map(h -> h.equals(row.hotline())).orElse(true))
                        .map(ReportRows::hotline).toList()))
                .onFailure(ctx::fail);
    }

    private void agents(RoutingContext ctx) {
        Principal principal = Principal.requireRole(ctx, Role.SUPERVISOR);
        Request r = request(ctx);
        reports.directory()
                .compose(dir -> reports.agents(r.range.from(), r.range.to(), r.step,
                        Visibility.narrowed(Visibility.agents(principal, dir), r.params.optional("agent"), "agent")))
                .onSuccess(rows -> {
                    List<Map<String, Object>> maps = rows.stream().map(ReportRows::agent).toList();
                    if (r.csv) {
                        Responses.rows(ctx, true, "agents", r.range.from(), ReportRows.agentHeader(maps),
                                ReportRows.flattenPauses(maps));
                    } else {
                        Responses.rows(ctx, false, "agents", r.range.from(), ReportRows.AGENT, maps);
                    }
                })
                .onFailure(ctx::fail);
    }

    /**
     * The daily summary page's figures: {@code date} (default today), {@code hotline} (default all
     * the reader may see): the day's total and its hours, with the hotlines to choose from.
     */
    private void summary(RoutingContext ctx) {
        Principal principal = Principal.requireRole(ctx, Role.SUPERVISOR);
        ReportParams params = new ReportParams(ctx);
        LocalDate day = params.date("date", today());
        Optional<String> hotline = params.optional("hotline");
        java.time.Instant from = day.atStartOfDay(ReportParams.ZONE).toInstant();
        java.time.Instant to = day.plusDays(1).atStartOfDay(ReportParams.ZONE).toInstant();
        reports.directory().compose(dir -> {
            Optional<Set<String>> visible = Visibility.groups(principal, dir);
            return Future.all(reports.hotlines(from, to, ReportStep.DAY, visible),
                    reports.hotlines(from, to, ReportStep.HOUR, visible)).map(all -> new JsonObject()
                    .put("date", day.toString())
                    .put("hotlines", new io.vertx.core.json.JsonArray(dir.groups().stream()
                            .filter(g -> visible.map(v -> v.contains(g.id())).orElse(true))
                            .map(g -> g.hotline()).distinct().sorted().toList()))
                    .put("total", DailySummary.total(all.resultAt(0), hotline, from, to))
                    .put("hours", DailySummary.hours(all.resultAt(1), hotline)));
        }).onSuccess(body -> Responses.json(ctx, body)).onFailure(ctx::fail);
    }

    private void queueLog(RoutingContext ctx) {
        Principal principal = Principal.requireRole(ctx, Role.SUPERVISOR);
        ReportParams params = new ReportParams(ctx);
        ReportParams.Range range = params.range(today(), ReportStep.DAY.longestRange());
        reports.directory().compose(dir -> {
            Optional<Set<String>> groups = Visibility.groups(principal, dir);
            Optional<Set<String>> agents = Visibility.agents(principal, dir);
            ctx.response().setChunked(true).putHeader("content-type", "text/plain; charset=utf-8")
                    .putHeader("content-disposition", "attachment; filename=\"queue_log\"");
            return new QueueLogExport(database, keys, groups, agents).write(range.from(), range.to(),
                    lines -> lines.isEmpty() ? Future.succeededFuture()
                            : ctx.response().write(Buffer.buffer(String.join("\n", lines) + "\n")));
        }).onSuccess(v -> ctx.response().end()).onFailure(ctx::fail);
    }

    private void status(RoutingContext ctx) {
        Principal.requireRole(ctx, Role.SUPERVISOR);
        RecorderStatus s = status.get();
        Responses.json(ctx, new JsonObject().put("run", s.run()).put("appended", s.appended())
                .put("durable", s.durable()).put("backlog", s.backlog())
                .put("lastFlushAt", Formats.iso(s.lastFlushAt())).put("failure", s.failure().orElse(null)));
    }

    private record Request(ReportParams params, ReportStep step, ReportParams.Range range, boolean csv) {
    }

    private Request request(RoutingContext ctx) {
        ReportParams params = new ReportParams(ctx);
        String code = params.optional("interval").orElse(ReportStep.QUARTER_HOUR.code());
        ReportStep step = ReportStep.parse(code)
                .orElseThrow(() -> ApiException.badRequest("interval: 15m, 1h or 1d"));
        return new Request(params, step, params.range(today(), step.longestRange()), params.csv());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ReportParams.ZONE);
    }
}
