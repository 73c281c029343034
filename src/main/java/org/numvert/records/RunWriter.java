package org.numvert.records;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.numvert.routing.RoutingFact;
import org.numvert.routing.RoutingFact.AgentStateChanged;
import org.numvert.store.AgentStateRow;
import org.numvert.store.CallEventRow;
import org.numvert.store.CallLogRepository;
import org.numvert.store.CallSummaryRepository;
import org.numvert.store.CallSummaryRow;
import org.numvert.store.Database;
import org.numvert.store.RecordBatch;

/**
 * Writes one run's journal, batch after batch, each in one transaction: the log rows, the agent
 * states, the summaries of the calls the batch touched (read, changed by the same rules as a
 * rebuild, written back) and the interval rows its facts changed (absolute figures from the
 * run's folds).
 *
 * <p>When a batch holds the end of the run, the writer closes it: agents still logged in are
 * logged out at that time by facts appended after it, calls in progress are interrupted.
 *
 * <p>Threading: blocking; one batch at a time, in sequence order (the recorder chains them).
 */
final class RunWriter {
    private final int run;
    private final EventCodec codec;
    private final RunFolds folds;
    private final CallLogRepository log;
    private final CallSummaryRepository summaries;
    private final String endState;
    private long lastSeq;

    /**
     * @param lastSeq  the last sequence number already in the log (0 for a new run)
     * @param folds    the run's folds, fed with every fact before {@code lastSeq}
     * @param endState the run's state once closed ({@code STOPPED}, {@code RECOVERED})
     */
    RunWriter(int run, long lastSeq, RunFolds folds, EventCodec codec, Database database, String endState) {
        this.run = run;
        this.lastSeq = lastSeq;
        this.folds = folds;
        this.codec = codec;
        this.log = new CallLogRepository(database);
        this.summaries = new CallSummaryRepository(database);
        this.endState = endState;
    }

    int run() {
        return run;
    }

    /** Writes {@code batch} (preparing it the first time) and returns its last sequence number. */
    long write(PendingBatch batch) {
        if (!batch.prepared) {
            prepare(batch);
        }
        SummaryBook book = new SummaryBook(run, folds::hotlineOf);
        book.load(loadSummaries(batch));
        batch.entries.forEach(book::apply);
        CallEventRow last = batch.rows.get(batch.rows.size() - 1);
        log.append(new RecordBatch(run, batch.rows.get(0).seq(), last.seq(), last.atMillis(), batch.rows,
                batch.agentStates, batch.groups, batch.agents, book.created(), book.changed(),
                batch.groupIntervals, batch.agentIntervals, batch.runEnded));
        return last.seq();
    }

    private void prepare(PendingBatch batch) {
        folds.beginBatch();
        for (PendingBatch.Item item : batch.items) {
            LogEntry entry = add(batch, item.seq(), item.item());
            if (entry.host() instanceof HostEvent.RunEnded) {
                for (AgentStateChanged closing : folds.agents().logOutAll(entry.atMillis())) {
                    add(batch, lastSeq + 1, closing);
                }
                batch.runEnded = Optional.of(endState);
            }
        }
        batch.groupIntervals = folds.changedGroupRows(run);
        batch.agentIntervals = folds.changedAgentRows(run);
        batch.groups = folds.changedGroups();
        batch.agents = folds.changedAgents();
        folds.forgetOldIntervals();
        batch.prepared = true;
    }

    /** Encodes, decodes back and folds one entry: the folds see what a rebuild will read. */
    private LogEntry add(PendingBatch batch, long seq, Object item) {
        CallEventRow row = codec.encode(run, seq, item);
        LogEntry entry = codec.decode(row);
        batch.rows.add(row);
        batch.entries.add(entry);
        lastSeq = Math.max(lastSeq, seq);
        RoutingFact fact = entry.fact();
        if (fact != null) {
            folds.accept(fact);
            if (fact instanceof AgentStateChanged f) {
                batch.agentStates.add(new AgentStateRow(run, seq, f.agent().value(), f.to().name(),
                        f.reason() == null ? null : f.reason().code(), f.atMillis()));
            }
        }
        return entry;
    }

    private List<CallSummaryRow> loadSummaries(PendingBatch batch) {
        Set<String> ids = new LinkedHashSet<>();
        batch.entries.forEach(entry -> ids.addAll(SummaryBook.callsOf(entry)));
        List<CallSummaryRow> rows = new ArrayList<>(summaries.find(run, ids).values());
        if (batch.runEnded.isPresent()) {
            Set<String> have = new LinkedHashSet<>();
            rows.forEach(r -> have.add(r.callId()));
            summaries.unfinished(run).stream().filter(r -> !have.contains(r.callId())).forEach(rows::add);
        }
        return rows;
    }
}
