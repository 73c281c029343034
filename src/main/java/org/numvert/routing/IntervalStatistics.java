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
    private final Map<GroupId, Integer> thresholds = new HashMap<>();
    private final Map<AgentId, Presence> agents = new HashMap<>();
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
            count(f.group(), f.atMillis()).offered();
        } else if (fact instanceof CallAnswered f) {
            boolean within = f.waitMillis() <= threshold(f.group()) * 1000L;
            count(f.group(), f.atMillis()).answered(f.waitMillis(), within);
        } else if (fact instanceof CallCompleted f) {
            count(f.group(), f.atMillis()).completed(f.talkMillis());
        } else if (fact instanceof WrapUpDone f) {
            count(f.group(), f.atMillis()).wrapUp(f.wrapUpMillis());
        } else if (fact instanceof CallAbandoned f) {
            count(f.group(), f.atMillis()).abandoned(f.waitMillis(), f.shortAbandon());
        } else if (fact instanceof CallOverflowed f) {
            count(f.group(), f.atMillis()).overflowed(f.waitMillis());
        } else if (fact instanceof CallbackQueued f) {
            count(f.group(), f.atMillis()).callback();
        } else if (fact instanceof GroupSettingsChanged f) {
            thresholds.put(f.group().id(), f.group().slTargetSeconds());
            groups.computeIfAbsent(f.group().id(), g -> new Series());
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

    private long nextStart(long start) {
        long next = start + INTERVAL_MILLIS;
        long nextDay = startOfDay(start) == startOfDay(next) ? Long.MAX_VALUE : startOfDay(next);
        return Math.min(next, nextDay);
    }

    private int threshold(GroupId group) {
        return thresholds.getOrDefault(group, DEFAULT_THRESHOLD_SECONDS);
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

    /** The bucket of a call counter: the group's and the total's counters move together. */
    private Counter count(GroupId group, long at) {
        long start = intervalStart(at);
        return new Counter(groups.computeIfAbsent(group, g -> new Series()).bucket(start),
                total.bucket(start));
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
    }

    /** Books the presence's time in its current state up to {@code at}. */
    private void close(Presence presence, long at) {
        presence.spread(presence.since, at, (start, available, busy) -> {
            for (GroupId group : presence.groups) {
                groups.computeIfAbsent(group, g -> new Series()).bucket(start).time(available, busy);
            }
            total.bucket(start).time(available, busy);
        });
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

        Presence(AgentState state, long since) {
            this.state = state;
            this.since = since;
        }

        boolean available() {
            return Agent.staffs(state);
        }

        /** Splits [from, to) in the current state over the intervals it crosses. */
        void spread(long from, long to, TimeSink sink) {
            if (!available()) {
                return;
            }
            boolean busy = state == AgentState.ON_CALL || state == AgentState.WRAP_UP;
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

    /** Applies a call counter to a group's bucket and to the total's together. */
    private record Counter(Bucket group, Bucket total) {
        void offered() {
            group.offered++;
            total.offered++;
        }

        void answered(long waitMillis, boolean within) {
            group.answered(waitMillis, within);
            total.answered(waitMillis, within);
        }

        void completed(long talkMillis) {
            group.completed(talkMillis);
            total.completed(talkMillis);
        }

        void wrapUp(long millis) {
            group.wrapUp += millis;
            total.wrapUp += millis;
        }

        void abandoned(long waitMillis, boolean isShort) {
            group.abandoned(waitMillis, isShort);
            total.abandoned(waitMillis, isShort);
        }

        void overflowed(long waitMillis) {
            group.overflowed(waitMillis);
            total.overflowed(waitMillis);
        }

        void callback() {
            group.callbacks++;
            total.callbacks++;
        }
    }
}
