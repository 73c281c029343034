package org.numvert.store;

import java.util.List;
import java.util.Optional;

/**
 * What one flush of the call journal writes, in one transaction: log rows {@code firstSeq} to
 * {@code lastSeq} of {@code run} and everything derived from them.
 *
 * @param newSummaries      summaries of calls first seen in this batch (inserted)
 * @param changedSummaries  summaries that already existed (updated; their caller columns are kept
 *                          once set, so that a concurrent pseudonymisation or erasure wins)
 * @param groupIntervals    interval rows of the run to insert or replace
 * @param runEnded          set when the batch closes the run
 */
public record RecordBatch(int run, long firstSeq, long lastSeq, long lastAtMillis,
        List<CallEventRow> events, List<AgentStateRow> agentStates, List<RecordGroup> groups,
        List<RecordAgent> agents, List<CallSummaryRow> newSummaries,
        List<CallSummaryRow> changedSummaries, List<GroupIntervalRow> groupIntervals,
        List<AgentIntervalRow> agentIntervals, Optional<String> runEnded) {
}
