package org.numvert.records;

import org.numvert.routing.RoutingFact;
import org.numvert.store.CallEventRow;
import org.numvert.store.CallerColumns;

/**
 * One row of the log with what it stands for: an engine fact or a host event (exactly one is
 * set). The folds and summaries read entries decoded from stored rows, live as in a rebuild, so
 * that both see exactly the same thing.
 */
record LogEntry(CallEventRow row, RoutingFact fact, HostEvent host) {

    long seq() {
        return row.seq();
    }

    long atMillis() {
        return row.atMillis();
    }

    EventKind kind() {
        return EventKind.valueOf(row.kind());
    }

    CallerColumns caller() {
        return row.caller();
    }
}
