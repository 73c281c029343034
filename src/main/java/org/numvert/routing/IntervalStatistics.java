package org.numvert.routing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.numvert.routing.RoutingFact.AgentProfileChanged;
import org.numvert.routing.RoutingFact.AgentStateChanged;
import org.numvert.routing.RoutingFact.CallAbandoned;
import org.numvert.routing.RoutingFact.CallAnswered;
import org.numvert.routing.RoutingFact.CallCompleted;
import org.numvert.routing.RoutingFact.CallOverflowed;
import org.numvert.routing.RoutingFact.CallQueued;
import org.numvert.routing.RoutingFact.CallbackQueued;
import org.numvert.routing.RoutingFact.GroupSettingsChanged;
import org.numvert.routing.RoutingFact.WrapUpDone;

/**
 * The 15-minute interval figures of DESIGN.md as a fold over {@link RoutingFact}s: feed it the
 * engine's facts as they come, or a stored fact log in order, and it gives the same figures.
 * The engine keeps one for the live views; the discrete-event simulator reads its report from
 * the engine's; the records can recompute a day from the log.
 *
 * <p>Everything it needs is in the facts: service-level thresholds come from
 * {@link GroupSettingsChanged}, agents' groups (occupancy per group counts the time of the
 * agents skilled in the group) from {@link AgentProfileChanged}. A recomputation should start
 * with those facts (or the current settings as such facts) before the day's events.
 *
 * <p>Intervals start at local midnight in the given zone (Europe/Paris for numvert) and last 15
 * minutes; a fact counts in the interval of its timestamp. Agent time is split across interval
 * boundaries; an agent's current state counts up to the {@code nowMillis} of a query.
 *
 * <p>Threading: not thread-safe; the engine's thread owns the engine's instance.
 */
public final class IntervalStatistics {
    public static final long INTERVAL_MILLIS = 15 * 60_000L;
    private static final int DEFAULT_THRESHOLD_SECONDS = 20;

    private final ZoneId zone;
    private final Map<GroupId, Series> groups = new HashMap<>();
    private final Series total = new Series();
    private final Map<AgentId, Presence> agents = new HashMap<>();
    private Bucket totalBucket;
    private GroupId lastGroup;
    private Series lastSeries;
    private long dayStart = Long.MAX_VALUE;
    private long dayEnd = Long.MIN_VALUE;

    public IntervalStatistics(ZoneId zone) {
        this.zone = zone;
    }

    /** Folds one fact in; facts must come in time order. */
    public void accept(RoutingFact fact) {
        if (fact instanceof AgentStateChanged f) {
            stateChanged(f);
        } else if (fact instanceof CallQueued f) {
            bucket(f.group(), f.atMillis()).offered++;
            totalBucket.offered++;
        } else if (fact instanceof CallAnswered f) {
            Bucket bucket = bucket(f.group(), f.atMillis());
            boolean within = f.waitMillis() <= lastSeries.thresholdSeconds * 1000L;
            bucket.answered(f.waitMillis(), within);
            totalBucket.answered(f.waitMillis(), within);
        } else if (fact instanceof CallCompleted f) {
            bucket(f.group(), f.atMillis()).completed(f.talkMillis());
            totalBucket.completed(f.talkMillis());
        } else if (fact instanceof WrapUpDone f) {
            bucket(f.group(), f.atMillis()).wrapUp += f.wrapUpMillis();
            totalBucket.wrapUp += f.wrapUpMillis();
        } else {
            acceptRare(fact);
        }
    }

    private void acceptRare(RoutingFact fact) {
        if (fact instanceof CallAbandoned f) {
            bucket(f.group(), f.atMillis()).abandoned(f.waitMillis(), f.shortAbandon());
            totalBucket.abandoned(f.waitMillis(), f.shortAbandon());
        } else if (fact instanceof CallOverflowed f) {
            bucket(f.group(), f.atMillis()).overflowed(f.waitMillis());
            totalBucket.overflowed(f.waitMillis());
        } else if (fact instanceof CallbackQueued f) {
            bucket(f.group(), f.atMillis()).callbacks++;
            totalBucket.callbacks++;
        } else if (fact instanceof GroupSettingsChanged f) {
            seriesOf(f.group().id()).thresholdSeconds = f.group().slTargetSeconds();
        } else if (fact instanceof AgentProfileChanged f) {
            profileChanged(f);
        }
    }

    /** Figures of {@code group} (null: all groups) over [from, to), current states up to now. */
    public IntervalFigures figures(GroupId group, long fromMillis, long toMillis, long nowMillis) {
        Series series = series(group);
        Bucket sum = new Bucket(fromMillis);
        if (series != null) {
            series.buckets.subMap(fromMillis, true, toMillis, false).values().forEach(sum::add);
        }
        for (Presence presence : presences(group)) {
            presence.spread(Math.max(fromMillis, presence.since), Math.min(toMillis, nowMillis),
                    (start, available, busy) -> sum.time(available, busy));
        }
        return sum.figures(group, fromMillis, toMillis);
    }

    /** The intervals of {@code group} (null: all) covering [from, to), empty ones included. */
    public List<IntervalFigures> intervals(GroupId group, long fromMillis, long toMillis,
            long nowMillis) {
        Series series = series(group);
        TreeMap<Long, Bucket> open = new TreeMap<>();
        for (Presence presence : presences(group)) {
            presence.spread(Math.max(fromMillis, presence.since), Math.min(toMillis, nowMillis),
                    (start, available, busy) -> open.computeIfAbsent(start, Bucket::new)
                            .time(available, busy));
        }
        List<IntervalFigures> result = new ArrayList<>();
        for (long start = intervalStart(fromMillis); start < toMillis; start = nextStart(start)) {
            Bucket bucket = new Bucket(start);
            Bucket stored = series == null ? null : series.buckets.get(start);
            if (stored != null) {
                bucket.add(stored);
            }
            if (open.containsKey(start)) {
                bucket.add(open.get(start));
            }
            result.add(bucket.figures(group, start, nextStart(start)));
        }
        return result;
    }

    /**
     * Adds figures counted elsewhere to the interval of their start: an earlier run's rows of
     * today, from the call records, so that the live figures continue after a restart. A row of
     * a group adds to that group only; a row without group adds to the all-groups figures only,
     * because those are not the sum of the groups' (an agent skilled in two groups counts once
     * in the all-groups agent time). Adding is commutative: rows may come before or after facts.
     */
    public void restore(IntervalFigures prior) {
        Series series = prior.group() == null ? total : seriesOf(prior.group());
        series.bucket(intervalStart(prior.fromMillis())).add(Bucket.of(prior));
    }

    /** The groups seen so far (by any fact naming them), sorted. */
    public Set<GroupId> groups() {
        return new TreeSet<>(groups.keySet());
    }

    /** Drops the intervals that start before {@code millis} (the engine keeps today only). */
    public void forgetBefore(long millis) {
        total.forgetBefore(millis);
        groups.values().forEach(s -> s.forgetBefore(millis));
    }

    /** Start of the 15-minute interval containing {@code millis}. */
    public long intervalStart(long millis) {
        long day = startOfDay(millis);
        return day + Math.floorDiv(millis - day, INTERVAL_MILLIS) * INTERVAL_MILLIS;
    }

    /** Local midnight (in the statistics' zone) of the day containing {@code millis}. */
    public long startOfDay(long millis) {
        if (millis < dayStart || millis >= dayEnd) {
            LocalDate day = Instant.ofEpochMilli(millis).atZone(zone).toLocalDate();
            dayStart = day.atStartOfDay(zone).toInstant().toEpochMilli();
            dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        }
        return dayStart;
    }

    /** Start of the interval after the one starting at {@code start} (a day's last one may be short). */
    private long nextStart(long start) {
        startOfDay(start);
        return Math.min(start + INTERVAL_MILLIS, dayEnd);
    }

    private Series series(GroupId group) {
        return group == null ? total : groups.get(group);
    }

    private List<Presence> presences(GroupId group) {
        List<Presence> result = new ArrayList<>();
        for (Presence presence : agents.values()) {
            if (presence.available() && (group == null || presence.groups.contains(group))) {
                result.add(presence);
            }
        }
        return result;
    }

    /** The group's bucket of the interval of {@code at}; the total's goes to {@link #totalBucket}. */
    private Bucket bucket(GroupId group, long at) {
        long start = intervalStart(at);
        totalBucket = total.bucket(start);
        if (group != lastGroup) {
            lastSeries = seriesOf(group);
            lastGroup = group;
        }
        return lastSeries.bucket(start);
    }

    private Series seriesOf(GroupId group) {
        return groups.computeIfAbsent(group, g -> new Series());
    }

    private void stateChanged(AgentStateChanged f) {
        Presence presence = agents.computeIfAbsent(f.agent(),
                a -> new Presence(f.from(), f.atMillis()));
        close(presence, f.atMillis());
        presence.state = f.to();
    }

    private void profileChanged(AgentProfileChanged f) {
        Presence presence = agents.computeIfAbsent(f.profile().id(),
                a -> new Presence(AgentState.LOGGED_OUT, f.atMillis()));
        close(presence, f.atMillis());
        presence.groups = Set.copyOf(f.profile().skills().keySet());
        presence.series = presence.groups.stream().map(this::seriesOf).toArray(Series[]::new);
    }

    /** Books the presence's time in its current state up to {@code at}. */
    private void close(Presence presence, long at) {
        if (presence.available()) {
            boolean busy = presence.busy();
            for (long t = presence.since; t < at; ) {
                long start = intervalStart(t);
                long end = Math.min(at, nextStart(start));
                long length = end - t;
                for (Series series : presence.series) {
                    series.bucket(start).time(length, busy ? length : 0);
                }
                total.bucket(start).time(length, busy ? length : 0);
                t = end;
            }
        }
        presence.since = Math.max(presence.since, at);
    }

    @FunctionalInterface
    private interface TimeSink {
        void add(long intervalStart, long availableMillis, long busyMillis);
    }

    /** One agent's current state, since when, and groups. */
    private final class Presence {
        AgentState state;
        long since;
        Set<GroupId> groups = Set.of();
        Series[] series = new Series[0];

        Presence(AgentState state, long since) {
            this.state = state;
            this.since = since;
        }

        boolean available() {
            return Agent.staffs(state);
        }

        boolean busy() {
            return state == AgentState.ON_CALL || state == AgentState.WRAP_UP;
        }

        /** Splits [from, to) in the current state over the intervals it crosses. */
        void spread(long from, long to, TimeSink sink) {
            if (!available()) {
                return;
            }
            boolean busy = busy();
            for (long t = from; t < to; ) {
                long start = intervalStart(t);
                long end = Math.min(to, nextStart(start));
                sink.add(start, end - t, busy ? end - t : 0);
                t = end;
            }
        }
    }

    private static final class Series {
        final TreeMap<Long, Bucket> buckets = new TreeMap<>();
        int thresholdSeconds = DEFAULT_THRESHOLD_SECONDS;
        Bucket last;

        Bucket bucket(long start) {
            if (last == null || last.start != start) {
                last = buckets.computeIfAbsent(start, Bucket::new);
            }
            return last;
        }

        void forgetBefore(long millis) {
            buckets.headMap(millis, false).clear();
            last = null;
        }
    }
}
