package org.numvert.records;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.numvert.store.AgentIntervalRow;
import org.numvert.store.AgentStateRow;
import org.numvert.store.CallEventRow;
import org.numvert.store.GroupIntervalRow;
import org.numvert.store.RecordAgent;
import org.numvert.store.RecordGroup;

/**
 * Journal entries on their way to the database, in sequence order. The writer prepares a batch
 * once (rows encoded, facts folded, interval rows computed) and keeps the result: a batch whose
 * transaction failed is written again as prepared, and the folds never see a fact twice.
 */
final class PendingBatch {
    /** One numbered journal entry: a {@code RoutingFact} or a {@link HostEvent}. */
    record Item(long seq, Object item) {
    }

    final List<Item> items;
    boolean prepared;
    final List<CallEventRow> rows = new ArrayList<>();
    final List<LogEntry> entries = new ArrayList<>();
    final List<AgentStateRow> agentStates = new ArrayList<>();
    List<GroupIntervalRow> groupIntervals = List.of();
    List<AgentIntervalRow> agentIntervals = List.of();
    List<RecordGroup> groups = List.of();
    List<RecordAgent> agents = List.of();
    Optional<String> runEnded = Optional.empty();

    PendingBatch(List<Item> items) {
        this.items = List.copyOf(items);
    }

    long lastSeq() {
        return rows.isEmpty() ? items.get(items.size() - 1).seq() : rows.get(rows.size() - 1).seq();
    }
}
