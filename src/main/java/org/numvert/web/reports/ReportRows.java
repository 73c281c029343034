package org.numvert.web.reports;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.numvert.records.AgentReportRow;
import org.numvert.records.GroupReportRow;
import org.numvert.records.CallNotes;
import org.numvert.records.HotlineReportRow;
import org.numvert.routing.IntervalFigures;
import org.numvert.store.AgentFigures;
import org.numvert.store.CallSummaryRow;

/**
 * Report rows as ordered fields, the same for JSON and CSV: times as instants (JSON writes them
 * ISO-8601 with the Europe/Paris offset, CSV as local times), durations in seconds, ratios from
 * 0 to 1, undefined ratios and means null (empty cells).
 */
final class ReportRows {
    static final List<String> GROUP = List.of("group", "label", "hotline", "start", "end", "offered", "answered",
            "answeredWithinThreshold", "abandoned", "shortAbandoned", "overflowed", "callbacks", "serviceLevel",
            "abandonRate", "asa", "aht", "maxWait", "handled", "occupancy");
    static final List<String> HOTLINE = List.of("hotline", "start", "end", "offered", "answered",
            "answeredWithinThreshold", "abandoned", "shortAbandoned", "overflowed", "callbacks", "callbacksMade",
            "serviceLevel", "abandonRate", "asa", "aht", "maxWait", "handled");
    static final List<String> AGENT = List.of("agent", "name", "organisation", "start", "end", "handled", "answered",
            "callbacks", "missedOffers", "talk", "wrapUp", "aht", "loggedIn", "ready", "ringing", "onCall",
            "wrapUpState", "paused", "occupancy");
    static final List<String> CALL = List.of("id", "run", "kind", "hotline", "group", "enteredAt", "answeredAt",
            "endedAt", "outcome", "agent", "caller", "wait", "talk", "wrapUp", "wrapUpCode", "note", "overflow",
            "choices", "callback", "origin", "attempts", "callbackResult");

    private ReportRows() {
    }

    static Map<String, Object> group(GroupReportRow r) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("group", r.group());
        row.put("label", r.label());
        row.put("hotline", r.hotline());
        figures(row, r.startMillis(), r.endMillis(), r.figures());
        row.put("occupancy", Formats.ratio(r.figures().occupancy()));
        return row;
    }

    static Map<String, Object> hotline(HotlineReportRow r) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("hotline", r.hotline());
        figures(row, r.startMillis(), r.endMillis(), r.figures());
        row.put("callbacksMade", r.callbacksMade());
        return row;
    }

    private static void figures(Map<String, Object> row, long start, long end, IntervalFigures f) {
        row.put("start", Instant.ofEpochMilli(start));
        row.put("end", Instant.ofEpochMilli(end));
        row.put("offered", f.offered());
        row.put("answered", f.answered());
        row.put("answeredWithinThreshold", f.answeredWithinThreshold());
        row.put("abandoned", f.abandoned());
        row.put("shortAbandoned", f.shortAbandoned());
        row.put("overflowed", f.overflowed());
        row.put("callbacks", f.callbacksRequested());
        row.put("serviceLevel", Formats.ratio(f.serviceLevel()));
        row.put("abandonRate", Formats.ratio(f.abandonRate()));
        row.put("asa", Formats.seconds(f.asaMillis()));
        row.put("aht", Formats.seconds(f.ahtMillis()));
        row.put("maxWait", Formats.seconds(f.maxWaitMillis()));
        row.put("handled", f.handled());
    }

    static Map<String, Object> agent(AgentReportRow r) {
        AgentFigures f = r.figures();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("agent", r.agent());
        row.put("name", r.name());
        row.put("organisation", r.organisation() == null ? null : r.organisation().name());
        row.put("start", Instant.ofEpochMilli(r.startMillis()));
        row.put("end", Instant.ofEpochMilli(r.endMillis()));
        row.put("handled", f.handled());
        row.put("answered", f.answered());
        row.put("callbacks", f.callbacks());
        row.put("missedOffers", f.missedOffers());
        row.put("talk", Formats.seconds(f.talkMillis()));
        row.put("wrapUp", Formats.seconds(f.wrapUpMillis()));
        row.put("aht", Formats.seconds(f.ahtMillis()));
        row.put("loggedIn", Formats.seconds(f.loggedInMillis()));
        row.put("ready", Formats.seconds(f.readyMillis()));
        row.put("ringing", Formats.seconds(f.ringingMillis()));
        row.put("onCall", Formats.seconds(f.onCallMillis()));
        row.put("wrapUpState", Formats.seconds(f.wrapUpStateMillis()));
        row.put("paused", Formats.seconds(f.pausedMillis()));
        row.put("occupancy", Formats.ratio(f.occupancy()));
        Map<String, Object> pauses = new LinkedHashMap<>();
        f.pausedByReason().forEach((reason, millis) -> pauses.put(reason, Formats.seconds(millis)));
        row.put("pauses", pauses);
        return row;
    }

    /** The agents' CSV header: {@link #AGENT}, then one {@code pause:<reason>} column per reason seen. */
    static List<String> agentHeader(List<Map<String, Object>> rows) {
        TreeSet<String> reasons = new TreeSet<>();
        rows.forEach(row -> reasons.addAll(pauses(row).keySet()));
        List<String> header = new ArrayList<>(AGENT);
        reasons.forEach(reason -> header.add("pause:" + reason));
        return header;
    }

    /** The agent rows with their pauses as {@code pause:<reason>} cells. */
    static List<Map<String, Object>> flattenPauses(List<Map<String, Object>> rows) {
        List<Map<String, Object>> flat = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Map<String, Object> copy = new LinkedHashMap<>(row);
            pauses(row).forEach((reason, seconds) -> copy.put("pause:" + reason, seconds));
            flat.add(copy);
        }
        return flat;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> pauses(Map<String, Object> row) {
        return (Map<String, Object>) row.getOrDefault("pauses", Map.of());
    }

    /** A call's summary with the agents' wrap-up note on it ({@code note} null: none). */
    static Map<String, Object> call(CallSummaryRow r, String note) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", r.callId());
        row.put("run", r.run());
        row.put("kind", Formats.code(r.kind()));
        row.put("hotline", r.hotline());
        row.put("group", r.groupId());
        row.put("enteredAt", r.enteredAt());
        row.put("answeredAt", r.answeredAt());
        row.put("endedAt", r.endedAt());
        row.put("outcome", Formats.code(r.outcome()));
        row.put("agent", r.agentId());
        row.put("caller", Formats.caller(r.caller()));
        row.put("wait", r.waitMillis() == null ? null : Formats.seconds(r.waitMillis()));
        row.put("talk", r.talkMillis() == null ? null : Formats.seconds(r.talkMillis()));
        row.put("wrapUp", r.wrapUpMillis() == null ? null : Formats.seconds(r.wrapUpMillis()));
        row.put("wrapUpCode", r.wrapUpCode());
        row.put("note", note);
        row.put("overflow", r.overflowAction());
        row.put("choices", r.choices());
        row.put("callback", r.callbackId());
        row.put("origin", r.originCallId());
        row.put("attempts", r.callbackAttempts());
        row.put("callbackResult", r.callbackResult());
        return row;
    }

    /** Calls' summaries with their notes. */
    static List<Map<String, Object>> calls(List<CallSummaryRow> rows, CallNotes notes) {
        return rows.stream().map(row -> call(row, notes.of(row))).toList();
    }

    /** A row as JSON: instants ISO-8601 with offset, nested maps as objects. */
    @SuppressWarnings("unchecked")
    static JsonObject json(Map<String, Object> row) {
        JsonObject json = new JsonObject();
        row.forEach((key, value) -> {
            if (value instanceof Instant instant) {
                json.put(key, Formats.iso(instant));
            } else if (value instanceof Map<?, ?> map) {
                json.put(key, new JsonObject((Map<String, Object>) map));
            } else {
                json.put(key, value);
            }
        });
        return json;
    }
}
