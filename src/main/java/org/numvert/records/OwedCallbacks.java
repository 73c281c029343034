package org.numvert.records;

import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import org.numvert.routing.CallId;
import org.numvert.routing.CallerNumber;
import org.numvert.routing.GroupId;
import org.numvert.routing.HotlineId;
import org.numvert.routing.RoutingEvent.CallbackRestored;
import org.numvert.routing.RoutingFact;
import org.numvert.store.CallEventRow;
import org.numvert.store.CallLogRepository;
import org.numvert.store.CallSummaryRepository;
import org.numvert.store.CallSummaryRow;
import org.numvert.store.CallerColumns;
import org.numvert.store.Database;

/**
 * The callback tasks the earlier runs still owed their customers when they ended (cleanly or
 * closed after a crash: summary outcome {@link Outcome#CALLBACK_CARRIED}), as the routing
 * engine's {@link CallbackRestored} inputs for the start of the current run: a callback promised
 * to a caller survives a restart. The call records are the source: the summary gives the task
 * (group, hotline, topic, number, attempts, when it was asked for), the task's last retry event
 * its pending retry time.
 *
 * <p>A number the records no longer hold in clear (the caller asked to be erased, or the
 * retention period passed) is given as withheld: the engine gives such a task up, and no number
 * comes back. Call from any thread once the runs left open are closed; reads run on the
 * {@code numvert-db} workers.
 */
public final class OwedCallbacks {
    private static final List<String> RETRY_KINDS = List.of(EventKind.CALLBACK_FAILED.name(),
            EventKind.CALLBACK_RETRIED.name(), EventKind.CALLBACK_RESTORED.name());

    /** The hotline of a task whose records name none (its group was unknown to them). */
    private static final String UNKNOWN_HOTLINE = "unknown";

    private final Database database;
    private final EventCodec codec;

    public OwedCallbacks(Database database, CallerKeys keys) {
        this.database = database;
        this.codec = new EventCodec(keys);
    }

    /** The tasks carried over by the runs before {@code currentRun}, oldest request first. */
    public Future<List<CallbackRestored>> before(int currentRun) {
        return database.async(() -> {
            CallLogRepository log = new CallLogRepository(database);
            List<CallbackRestored> owed = new ArrayList<>();
            for (CallSummaryRow row : new CallSummaryRepository(database).carriedBefore(currentRun)) {
                owed.add(restored(row, retryAt(log.lastOfCall(row.run(), row.callId(), RETRY_KINDS))));
            }
            return owed;
        });
    }

    private static CallbackRestored restored(CallSummaryRow row, long retryAtMillis) {
        CallerColumns caller = row.caller();
        CallerNumber number = CallerColumns.CLEAR.equals(caller.state()) ? CallerNumber.of(caller.number())
                : CallerNumber.withheld();
        HotlineId hotline = new HotlineId(row.hotline() == null ? UNKNOWN_HOTLINE : row.hotline());
        return new CallbackRestored(new CallId(row.callId()), hotline, new GroupId(row.groupId()),
                number, row.topic(), row.callbackAttempts(), retryAtMillis, row.enteredAt().toEpochMilli());
    }

    /** The retry time the task's last retry event left pending, 0 when it waited in its queue. */
    private long retryAt(CallEventRow last) {
        if (last == null) {
            return 0;
        }
        RoutingFact fact = codec.decode(last).fact();
        if (fact instanceof RoutingFact.CallbackFailed f) {
            return f.retryAtMillis();
        }
        return fact instanceof RoutingFact.CallbackRestored f ? f.retryAtMillis() : 0;
    }
}
