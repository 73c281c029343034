package org.numvert.records;

import io.vertx.core.Future;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.numvert.routing.CallId;
import org.numvert.routing.CallerNumber;
import org.numvert.routing.RoutingEngine;
import org.numvert.store.CallSummaryRepository;
import org.numvert.store.CallSummaryRow;
import org.numvert.store.Database;

/**
 * "Previous calls from the same number today" for the agent desktop: the calls whose caller key
 * is the current caller's, since midnight (Europe/Paris), latest first. Matching is by key, so it
 * works on the pseudonymised records too and never needs the number to be stored again.
 *
 * <p>Call from any thread; the query runs on the {@code numvert-db} workers.
 */
public final class CallerHistory {
    private static final int LIMIT = 20;

    private final Database database;
    private final CallerKeys keys;
    private final Clock clock;

    public CallerHistory(Database database, CallerKeys keys, Clock clock) {
        this.database = database;
        this.keys = keys;
        this.clock = clock;
    }

    /** Today's calls of {@code caller} but {@code current} (empty for a withheld number). */
    public Future<List<CallSummaryRow>> today(CallerNumber caller, CallId current) {
        String key = keys.keyOf(caller);
        if (key == null) {
            return Future.succeededFuture(List.of());
        }
        Instant midnight = LocalDate.ofInstant(clock.instant(), RoutingEngine.PARIS).atStartOfDay(RoutingEngine.PARIS)
                .toInstant();
        return database.async(() -> new CallSummaryRepository(database).byCaller(key, midnight, LIMIT + 1)
                .stream().filter(row -> !row.callId().equals(current.value())).limit(LIMIT).toList());
    }
}
