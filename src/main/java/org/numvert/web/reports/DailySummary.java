package org.numvert.web.reports;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.numvert.records.HotlineReportRow;
import org.numvert.routing.IntervalFigures;

/** The daily summary's rows: one hotline's, or all hotlines' added up (figures and callbacks). */
final class DailySummary {
    private DailySummary() {
    }

    static JsonObject total(List<HotlineReportRow> rows, Optional<String> hotline, Instant from, Instant to) {
        List<HotlineReportRow> sums = summed(rows, hotline);
        HotlineReportRow total = sums.isEmpty() ? new HotlineReportRow(hotline.orElse("*"), from.toEpochMilli(),
                to.toEpochMilli(), IntervalFigures.empty(null, from.toEpochMilli(), to.toEpochMilli()), 0) : sums.get(0);
        return ReportRows.json(ReportRows.hotline(total));
    }

    static JsonArray hours(List<HotlineReportRow> rows, Optional<String> hotline) {
        return new JsonArray(summed(rows, hotline).stream().map(r -> ReportRows.json(ReportRows.hotline(r))).toList());
    }

    /** The rows of {@code hotline}, or all rows added up by start (hotline {@code *}). */
    private static List<HotlineReportRow> summed(List<HotlineReportRow> rows, Optional<String> hotline) {
        if (hotline.isPresent()) {
            return rows.stream().filter(r -> r.hotline().equals(hotline.get())).toList();
        }
        Map<Long, HotlineReportRow> byStart = new TreeMap<>();
        for (HotlineReportRow row : rows) {
            byStart.merge(row.startMillis(), new HotlineReportRow("*", row.startMillis(), row.endMillis(),
                    row.figures(), row.callbacksMade()), (a, b) -> new HotlineReportRow("*", a.startMillis(),
                    a.endMillis(), a.figures().plus(b.figures()), a.callbacksMade() + b.callbacksMade()));
        }
        return List.copyOf(byStart.values());
    }
}
