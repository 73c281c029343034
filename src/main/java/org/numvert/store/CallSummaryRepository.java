package org.numvert.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the call summaries (table {@code call_summary}); the call journal writes them with the
 * log ({@link CallLogRepository#append}). Blocking: call on the database workers.
 */
public final class CallSummaryRepository {
    private static final int IN_CHUNK = 500;
    private static final String SELECT = "SELECT " + SummaryStatements.COLUMNS + " FROM call_summary ";

    private final Database database;

    public CallSummaryRepository(Database database) {
        this.database = database;
    }

    /** The summaries of these calls of {@code run} that exist, by call id. */
    public Map<String, CallSummaryRow> find(int run, Collection<String> callIds) {
        List<String> ids = List.copyOf(callIds);
        return database.transaction(c -> {
            Map<String, CallSummaryRow> found = new HashMap<>();
            for (int from = 0; from < ids.size(); from += IN_CHUNK) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
                try (PreparedStatement s = c.prepareStatement(SELECT + "WHERE run_id = ? AND call_id IN ("
                        + Params.marks(chunk.size()) + ")")) {
                    Params p = new Params(s).integer(run);
                    for (String id : chunk) {
                        p.string(id);
                    }
                    read(s).forEach(row -> found.put(row.callId(), row));
                }
            }
            return found;
        });
    }

    /** Calls of {@code run} not finished yet: not ended, or answered and not wrapped up. */
    public List<CallSummaryRow> unfinished(int run) {
        return database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement(SELECT + "WHERE run_id = ? AND (ended_at IS NULL"
                    + " OR (answered_at IS NOT NULL AND wrapped_up_at IS NULL)) ORDER BY call_id")) {
                new Params(s).integer(run);
                return read(s);
            }
        });
    }

    /**
     * Callback tasks a run before {@code run} carried over (outcome {@code CALLBACK_CARRIED}) that
     * no later run took over yet, oldest request first.
     */
    public List<CallSummaryRow> carriedBefore(int run) {
        return database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement(SELECT + "WHERE run_id < ? AND outcome = 'CALLBACK_CARRIED'"
                    + " AND NOT EXISTS (SELECT 1 FROM call_summary later WHERE later.call_id = call_summary.call_id"
                    + " AND later.run_id > call_summary.run_id) ORDER BY entered_at, call_id")) {
                new Params(s).integer(run);
                return read(s);
            }
        });
    }

    /** The summaries of {@code run} by call id, {@code limit} after {@code afterCallId} ("" first). */
    public List<CallSummaryRow> ofRun(int run, String afterCallId, int limit) {
        return database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement(SELECT
                    + "WHERE run_id = ? AND call_id > ? ORDER BY call_id LIMIT ?")) {
                new Params(s).integer(run).string(afterCallId).integer(limit);
                return read(s);
            }
        });
    }

    /** One page of the calls matching {@code query}, in the order they entered. */
    public List<CallSummaryRow> page(CallQuery query) {
        return database.transaction(c -> {
            CallFilter filter = new CallFilter(query);
            try (PreparedStatement s = c.prepareStatement(SELECT + filter.where()
                    + " ORDER BY entered_at, run_id, call_id LIMIT ? OFFSET ?")) {
                filter.bind(new Params(s)).integer(query.limit()).number(query.offset());
                return read(s);
            }
        });
    }

    /** How many calls match {@code query} (limit and offset ignored). */
    public long count(CallQuery query) {
        return database.transaction(c -> {
            CallFilter filter = new CallFilter(query);
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM call_summary " + filter.where())) {
                filter.bind(new Params(s));
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** The calls of the caller whose key is {@code callerKey} entered since {@code since}, latest first. */
    public List<CallSummaryRow> byCaller(String callerKey, Instant since, int limit) {
        return database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement(SELECT
                    + "WHERE caller_key = ? AND entered_at >= ? ORDER BY entered_at DESC LIMIT ?")) {
                new Params(s).string(callerKey).instant(since).integer(limit);
                return read(s);
            }
        });
    }

    /** Callbacks started per hotline and interval start, for the daily summary. */
    public List<CallSummaryRow> callbacksStarted(Instant from, Instant to) {
        return database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement(SELECT + "WHERE call_kind = 'CALLBACK'"
                    + " AND answered_at >= ? AND answered_at < ? ORDER BY answered_at")) {
                new Params(s).instant(from).instant(to);
                return read(s);
            }
        });
    }

    static List<CallSummaryRow> read(PreparedStatement s) throws SQLException {
        List<CallSummaryRow> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rows.add(SummaryStatements.read(rs));
            }
        }
        return rows;
    }
}
