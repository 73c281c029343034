package org.numvert.records;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.numvert.routing.GroupId;
import org.numvert.routing.IntervalFigures;
import org.numvert.routing.IntervalStatistics;
import org.numvert.routing.RoutingEngine;
import org.numvert.routing.RoutingFact;
import org.numvert.routing.RoutingFact.AgentProfileChanged;
import org.numvert.routing.RoutingFact.AgentStateChanged;
import org.numvert.routing.RoutingFact.CallQueued;
import org.numvert.routing.RoutingFact.GroupSettingsChanged;
import org.numvert.store.AgentIntervalRow;
import org.numvert.store.GroupIntervalRow;
import org.numvert.store.RecordAgent;
import org.numvert.store.RecordGroup;

/**
 * The interval figures of one run as folds over its facts: per group with the routing package's
 * {@link IntervalStatistics} (the very code of the engine's live figures), per agent with
 * {@link AgentActivity}. Rows hold only time already booked (a state's time counts when the
 * state ends), so that a row depends on the log alone and a rebuild finds it again.
 *
 * <p>Between {@link #beginBatch()} and the row queries it tracks which intervals the batch's
 * facts changed: those of the facts' times, and, for an agent whose state ended, every interval
 * since that state began. Only those rows are written. Not thread-safe.
 */
final class RunFolds {
    /** Open time is never booked into rows: a "now" before everything. */
    private static final long BOOKED_ONLY = Long.MIN_VALUE;
    private static final long DAY_MILLIS = 24 * 3_600_000L;

    private final IntervalStatistics groups = new IntervalStatistics(RoutingEngine.PARIS);
    private final AgentActivity agents = new AgentActivity(groups);
    private final Map<String, String> hotlines = new HashMap<>();
    private long first = Long.MAX_VALUE;
    private long last = Long.MIN_VALUE;
    private long dirtyFrom;
    private long dirtyTo;
    private final Map<String, long[]> dirtyAgents = new LinkedHashMap<>();
    private final Map<String, RecordGroup> changedGroups = new LinkedHashMap<>();
    private final Map<String, RecordAgent> changedAgents = new LinkedHashMap<>();
    private long forgotten = Long.MIN_VALUE;

    RunFolds() {
        beginBatch();
    }

    void beginBatch() {
        dirtyFrom = Long.MAX_VALUE;
        dirtyTo = Long.MIN_VALUE;
        dirtyAgents.clear();
        changedGroups.clear();
        changedAgents.clear();
    }

    void accept(RoutingFact fact) {
        long at = fact.atMillis();
        first = Math.min(first, at);
        last = Math.max(last, at);
        markDirty(at, at);
        String agent = agentOf(fact);
        if (agent != null) {
            long since = fact instanceof AgentStateChanged || fact instanceof AgentProfileChanged
                    ? Math.min(at, agents.since(agent, at)) : at;
            if (fact instanceof RoutingFact.CallbackFailed) {
                since = Math.min(at, agents.callbackStartedAt(agent, at));
            }
            markDirty(since, at);
            dirtyAgents.merge(agent, new long[] {since, at},
                    (a, b) -> new long[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
        }
        remember(fact);
        groups.accept(fact);
        agents.accept(fact);
    }

    String hotlineOf(String group) {
        return hotlines.get(group);
    }

    AgentActivity agents() {
        return agents;
    }

    /** The group rows the batch changed (all-zero intervals are not written: they stay absent). */
    List<GroupIntervalRow> changedGroupRows(int run) {
        return dirtyFrom > dirtyTo ? List.of() : groupRows(run, dirtyFrom, dirtyTo);
    }

    /** Every group row of the run so far (a rebuild). */
    List<GroupIntervalRow> allGroupRows(int run) {
        return first > last ? List.of() : groupRows(run, first, last);
    }

    private List<GroupIntervalRow> groupRows(int run, long from, long to) {
        List<GroupIntervalRow> rows = new ArrayList<>();
        for (GroupId group : groups.groups()) {
            for (IntervalFigures figures : groups.intervals(group, from, to + 1, BOOKED_ONLY)) {
                if (!figures.equals(IntervalFigures.empty(group, figures.fromMillis(), figures.toMillis()))) {
                    rows.add(new GroupIntervalRow(run, group.value(), hotlines.get(group.value()), figures));
                }
            }
        }
        return rows;
    }

    List<AgentIntervalRow> changedAgentRows(int run) {
        List<AgentIntervalRow> rows = new ArrayList<>();
        dirtyAgents.forEach((agent, range) -> agents.figures(agent, range[0], range[1] + 1)
                .forEach((start, figures) -> rows.add(new AgentIntervalRow(run, agent, start, figures))));
        return rows;
    }

    List<AgentIntervalRow> allAgentRows(int run) {
        List<AgentIntervalRow> rows = new ArrayList<>();
        if (first > last) {
            return rows;
        }
        for (String agent : agents.agentIds()) {
            agents.figures(agent, first, last + 1)
                    .forEach((start, figures) -> rows.add(new AgentIntervalRow(run, agent, start, figures)));
        }
        return rows;
    }

    List<RecordGroup> changedGroups() {
        return List.copyOf(changedGroups.values());
    }

    List<RecordAgent> changedAgents() {
        return List.copyOf(changedAgents.values());
    }

    /**
     * Drops in-memory intervals that no later fact can change any more (a live run only keeps
     * about two days): older than yesterday and than every state still open.
     */
    void forgetOldIntervals() {
        if (last == Long.MIN_VALUE) {
            return;
        }
        long bound = Math.min(groups.startOfDay(last) - DAY_MILLIS, agents.earliestOpenSince(last));
        bound = groups.intervalStart(bound);
        if (bound > forgotten + DAY_MILLIS / 4) {
            groups.forgetBefore(bound);
            agents.forgetBefore(bound);
            forgotten = bound;
        }
    }

    private void markDirty(long from, long to) {
        dirtyFrom = Math.min(dirtyFrom, from);
        dirtyTo = Math.max(dirtyTo, to);
    }

    private void remember(RoutingFact fact) {
        if (fact instanceof GroupSettingsChanged f) {
            hotlines.put(f.group().id().value(), f.group().hotline().value());
            changedGroups.put(f.group().id().value(), new RecordGroup(f.group().id().value(),
                    f.group().hotline().value(), f.group().label(), f.group().organisations(),
                    f.group().slTargetSeconds()));
        } else if (fact instanceof CallQueued f) {
            hotlines.putIfAbsent(f.group().value(), f.hotline().value());
        } else if (fact instanceof AgentProfileChanged f) {
            changedAgents.put(f.profile().id().value(), new RecordAgent(f.profile().id().value(),
                    f.profile().name(), f.profile().organisation()));
        }
    }

    private static String agentOf(RoutingFact fact) {
        if (fact instanceof AgentStateChanged f) {
            return f.agent().value();
        } else if (fact instanceof AgentProfileChanged f) {
            return f.profile().id().value();
        } else if (fact instanceof RoutingFact.CallAnswered f) {
            return f.agent().value();
        } else if (fact instanceof RoutingFact.CallbackStarted f) {
            return f.agent().value();
        } else if (fact instanceof RoutingFact.OfferMissed f) {
            return f.agent().value();
        } else if (fact instanceof RoutingFact.CallCompleted f) {
            return f.agent().value();
        } else if (fact instanceof RoutingFact.WrapUpDone f) {
            return f.agent().value();
        } else if (fact instanceof RoutingFact.CallbackFailed f) {
            return f.agent().value();
        }
        return null;
    }
}
