package org.numvert.records;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.numvert.store.AgentIntervalRow;
import org.numvert.store.CallEventRow;
import org.numvert.store.CallLogRepository;
import org.numvert.store.CallSummaryRepository;
import org.numvert.store.CallSummaryRow;
import org.numvert.store.Database;
import org.numvert.store.GroupIntervalRow;
import org.numvert.store.IntervalRepository;
import org.numvert.store.RecordRun;
import org.numvert.store.RecordRunRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A run's records recomputed from its log alone, with the code that wrote them: to check that
 * the stored summaries and interval rows agree with the log ({@link #check}), to rebuild the
 * interval rows ({@link #rebuildIntervals}), and to close a run the service did not end itself
 * because it was killed ({@link #recover}).
 *
 * <p>Blocking (reads the whole log of the run): call on a worker, or on a stopped service.
 */
public final class RunReplay {
    private static final Logger LOG = LoggerFactory.getLogger(RunReplay.class);
    private static final int PAGE = 5_000;

    private final Database database;
    private final EventCodec codec;

    public RunReplay(Database database, CallerKeys keys) {
        this.database = database;
        this.codec = new EventCodec(keys);
    }

    /** What the log of one run folds into. */
    private record Replayed(int run, RunFolds folds, SummaryBook summaries, long lastSeq, long lastAtMillis,
            boolean ended, List<String> gaps) {
    }

    private Replayed replay(int run) {
        RunFolds folds = new RunFolds();
        SummaryBook book = new SummaryBook(run, folds::hotlineOf);
        CallLogRepository log = new CallLogRepository(database);
        List<String> gaps = new ArrayList<>();
        long seq = 0;
        long at = Long.MIN_VALUE;
        boolean ended = false;
        for (List<CallEventRow> page = log.read(run, 0, PAGE); !page.isEmpty(); page = log.read(run, seq, PAGE)) {
            for (CallEventRow row : page) {
                if (row.seq() != seq + 1) {
                    gaps.add("run " + run + ": events " + (seq + 1) + " to " + (row.seq() - 1) + " are missing");
                }
                seq = row.seq();
                at = Math.max(at, row.atMillis());
                LogEntry entry = codec.decode(row);
                if (entry.fact() != null) {
                    folds.accept(entry.fact());
                }
                ended |= entry.host() instanceof HostEvent.RunEnded;
                book.apply(entry);
            }
        }
        return new Replayed(run, folds, book, seq, at, ended, gaps);
    }

    /** How the stored records of {@code run} differ from its log (empty: they agree). */
    public List<String> check(int run) {
        Replayed replayed = replay(run);
        List<String> problems = new ArrayList<>(replayed.gaps());
        new RecordRunRepository(database).find(run).filter(r -> r.lastSeq() != replayed.lastSeq())
                .ifPresent(r -> problems.add("run " + run + ": last_seq " + r.lastSeq() + " but the log ends at "
                        + replayed.lastSeq()));
        IntervalRepository intervals = new IntervalRepository(database);
        compare(problems, "group interval", keyed(intervals.groupsOfRun(run), RunReplay::groupKey),
                keyed(replayed.folds().allGroupRows(run), RunReplay::groupKey));
        compare(problems, "agent interval", keyed(intervals.agentsOfRun(run), RunReplay::agentKey),
                keyed(replayed.folds().allAgentRows(run), RunReplay::agentKey));
        Map<String, CallSummaryRow> rebuilt = new LinkedHashMap<>();
        replayed.summaries().all().forEach(s -> rebuilt.put(s.callId, s.toRow()));
        compare(problems, "call summary", storedSummaries(run), rebuilt);
        return problems;
    }

    /** Replaces the interval rows of {@code run} by those folded from its log. */
    public void rebuildIntervals(int run) {
        Replayed replayed = replay(run);
        new IntervalRepository(database).replaceRun(run, replayed.folds().allGroupRows(run),
                replayed.folds().allAgentRows(run));
    }

    /**
     * Closes a run the service did not end (it was killed): the run ends at its last event; calls
     * in progress are interrupted and agents still logged in are logged out then, by events
     * appended to its log, exactly as a clean stop does. Its interval rows are rebuilt.
     */
    public void recover(RecordRun run) {
        Replayed replayed = replay(run.id());
        if (!replayed.ended()) {
            long end = replayed.lastSeq() == 0 ? run.startedAt().toEpochMilli() : replayed.lastAtMillis();
            RunWriter writer = new RunWriter(run.id(), replayed.lastSeq(), replayed.folds(), codec, database,
                    RecordRun.RECOVERED);
            writer.write(new PendingBatch(List.of(new PendingBatch.Item(replayed.lastSeq() + 1,
                    new HostEvent.RunEnded(end)))));
        }
        new IntervalRepository(database).replaceRun(run.id(), replayed.folds().allGroupRows(run.id()),
                replayed.folds().allAgentRows(run.id()));
        LOG.info("records of run {} (stopped without closing at {}) closed: {} events", run.id(),
                Instant.ofEpochMilli(replayed.lastSeq() == 0 ? run.startedAt().toEpochMilli()
                        : replayed.lastAtMillis()), replayed.lastSeq());
    }

    private Map<String, CallSummaryRow> storedSummaries(int run) {
        CallSummaryRepository summaries = new CallSummaryRepository(database);
        Map<String, CallSummaryRow> stored = new LinkedHashMap<>();
        String after = "";
        for (List<CallSummaryRow> page = summaries.ofRun(run, after, PAGE); !page.isEmpty();
                page = summaries.ofRun(run, after, PAGE)) {
            page.forEach(row -> stored.put(row.callId(), row));
            after = page.get(page.size() - 1).callId();
        }
        return stored;
    }

    private static <T> Map<String, T> keyed(List<T> rows, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        rows.forEach(row -> map.put(key.apply(row), row));
        return map;
    }

    private static String groupKey(GroupIntervalRow row) {
        return row.groupId() + " at " + Instant.ofEpochMilli(row.figures().fromMillis());
    }

    private static String agentKey(AgentIntervalRow row) {
        return row.agentId() + " at " + Instant.ofEpochMilli(row.startMillis());
    }

    private static <T> void compare(List<String> problems, String what, Map<String, T> stored, Map<String, T> rebuilt) {
        rebuilt.forEach((key, row) -> {
            T found = stored.get(key);
            if (!Objects.equals(found, row)) {
                problems.add(what + " " + key + ": stored " + found + ", log gives " + row);
            }
        });
        stored.keySet().stream().filter(key -> !rebuilt.containsKey(key))
                .forEach(key -> problems.add(what + " " + key + ": stored, but the log gives nothing"));
    }
}
