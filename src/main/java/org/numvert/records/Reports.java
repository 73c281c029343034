package org.numvert.records;

import io.vertx.core.Future;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import org.numvert.routing.GroupId;
import org.numvert.routing.IntervalFigures;
import org.numvert.store.AgentFigures;
import org.numvert.store.AgentIntervalRow;
import org.numvert.store.CallSummaryRepository;
import org.numvert.store.CallSummaryRow;
import org.numvert.store.Database;
import org.numvert.store.GroupIntervalRow;
import org.numvert.store.IntervalRepository;
import org.numvert.store.RecordAgent;
import org.numvert.store.RecordDirectoryRepository;
import org.numvert.store.RecordGroup;

/**
 * Report rows per group, hotline and agent over a range, from the stored 15-minute intervals
 * (all runs added up) grouped by {@link ReportStep}. Every group (agent) with some activity in
 * the range gets a row for every step of the range, empty ones included, so that charts and
 * spreadsheets see the gaps.
 *
 * <p>Call from any thread; reads run on the {@code numvert-db} workers.
 */
public final class Reports {
    private final Database database;

    public Reports(Database database) {
        this.database = database;
    }

    /** The groups and agents the records know, for labels and for who may read what. */
    public record Directory(List<RecordGroup> groups, List<RecordAgent> agents) {
    }

    public Future<Directory> directory() {
        return database.async(() -> {
            RecordDirectoryRepository directory = new RecordDirectoryRepository(database);
            return new Directory(directory.groups(), directory.agents());
        });
    }

    /** @param visible only these groups, when set */
    public Future<List<GroupReportRow>> groups(Instant from, Instant to, ReportStep step,
            Optional<Set<String>> visible) {
        return database.async(() -> groupRows(from, to, step, visible));
    }

    /** The hotlines' rows: their visible groups added up, and the callbacks started. */
    public Future<List<HotlineReportRow>> hotlines(Instant from, Instant to, ReportStep step,
            Optional<Set<String>> visible) {
        return database.async(() -> {
            Map<String, TreeMap<Long, IntervalFigures>> sums = new TreeMap<>();
            for (GroupReportRow row : groupRows(from, to, step, visible)) {
                String hotline = row.hotline() == null ? "?" : row.hotline();
                sums.computeIfAbsent(hotline, h -> new TreeMap<>()).merge(row.startMillis(),
                        IntervalFigures.empty(null, row.startMillis(), row.endMillis()).plus(row.figures()),
                        IntervalFigures::plus);
            }
            Map<String, Long> callbacks = callbacksMade(from, to, step, visible);
            List<HotlineReportRow> rows = new ArrayList<>();
            sums.forEach((hotline, byStart) -> byStart.forEach((start, f) -> rows.add(new HotlineReportRow(
                    hotline, start, f.toMillis(), f, callbacks.getOrDefault(hotline + "@" + start, 0L)))));
            return rows;
        });
    }

    /** @param visible only these agents, when set */
    public Future<List<AgentReportRow>> agents(Instant from, Instant to, ReportStep step,
            Optional<Set<String>> visible) {
        return database.async(() -> {
            Map<String, RecordAgent> known = new HashMap<>();
            new RecordDirectoryRepository(database).agents().forEach(a -> known.put(a.id(), a));
            Map<String, TreeMap<Long, AgentFigures>> byAgent = bucketed(
                    new IntervalRepository(database).agents(from, to), AgentIntervalRow::agentId,
                    AgentIntervalRow::startMillis, AgentIntervalRow::figures, AgentFigures::plus, visible, step);
            List<AgentReportRow> rows = new ArrayList<>();
            byAgent.forEach((agent, sums) -> forEachStep(from, to, step, (start, end) -> {
                RecordAgent a = known.get(agent);
                rows.add(new AgentReportRow(agent, a == null ? agent : a.name(), a == null ? null : a.organisation(),
                        start, end, sums.getOrDefault(start, AgentFigures.EMPTY)));
            }));
            return rows;
        });
    }

    private List<GroupReportRow> groupRows(Instant from, Instant to, ReportStep step, Optional<Set<String>> visible) {
        Map<String, RecordGroup> known = new HashMap<>();
        new RecordDirectoryRepository(database).groups().forEach(g -> known.put(g.id(), g));
        List<GroupIntervalRow> stored = new IntervalRepository(database).groups(from, to);
        Map<String, String> hotlines = new HashMap<>();
        stored.forEach(r -> hotlines.putIfAbsent(r.groupId(), r.hotline()));
        Map<String, TreeMap<Long, IntervalFigures>> byGroup = bucketed(stored, GroupIntervalRow::groupId,
                r -> r.figures().fromMillis(), GroupIntervalRow::figures, IntervalFigures::plus, visible, step);
        List<GroupReportRow> rows = new ArrayList<>();
        byGroup.forEach((group, sums) -> forEachStep(from, to, step, (start, end) -> {
            RecordGroup g = known.get(group);
            IntervalFigures figures = IntervalFigures.empty(new GroupId(group), start, end);
            IntervalFigures sum = sums.get(start);
            rows.add(new GroupReportRow(group, g == null ? hotlines.get(group) : g.hotline(),
                    g == null ? group : g.label(), start, end, sum == null ? figures : figures.plus(sum)));
        }));
        return rows;
    }

    private Map<String, Long> callbacksMade(Instant from, Instant to, ReportStep step, Optional<Set<String>> visible) {
        Map<String, Long> counts = new HashMap<>();
        for (CallSummaryRow row : new CallSummaryRepository(database).callbacksStarted(from, to)) {
            if (visible.map(v -> v.contains(row.groupId())).orElse(true) && row.hotline() != null) {
                counts.merge(row.hotline() + "@" + step.start(row.answeredAt().toEpochMilli()), 1L, Long::sum);
            }
        }
        return counts;
    }

    /** Rows grouped by key and by step, keys outside {@code visible} left out. */
    private static <R, F> Map<String, TreeMap<Long, F>> bucketed(List<R> rows, Function<R, String> key,
            Function<R, Long> start, Function<R, F> figures, BinaryOperator<F> plus,
            Optional<Set<String>> visible, ReportStep step) {
        Map<String, TreeMap<Long, F>> result = new TreeMap<>();
        for (R row : rows) {
            String k = key.apply(row);
            if (visible.map(v -> v.contains(k)).orElse(true)) {
                result.computeIfAbsent(k, x -> new TreeMap<>()).merge(step.start(start.apply(row)),
                        figures.apply(row), plus);
            }
        }
        return result;
    }

    @FunctionalInterface
    private interface StepVisitor {
        void visit(long start, long end);
    }

    private static void forEachStep(Instant from, Instant to, ReportStep step, StepVisitor visitor) {
        for (long start = step.start(from.toEpochMilli()); start < to.toEpochMilli(); start = step.next(start)) {
            visitor.visit(start, step.next(start));
        }
    }
}
