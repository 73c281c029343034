package org.numvert.records;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.numvert.routing.AgentId;
import org.numvert.routing.AgentState;
import org.numvert.routing.IntervalStatistics;
import org.numvert.routing.RoutingFact;
import org.numvert.routing.RoutingFact.AgentProfileChanged;
import org.numvert.routing.RoutingFact.AgentStateChanged;
import org.numvert.routing.RoutingFact.CallAnswered;
import org.numvert.routing.RoutingFact.CallCompleted;
import org.numvert.routing.RoutingFact.CallbackStarted;
import org.numvert.routing.RoutingFact.OfferMissed;
import org.numvert.routing.RoutingFact.WrapUpDone;
import org.numvert.store.AgentFigures;

/**
 * Per-agent 15-minute figures as a fold over facts in time order: time in each state (split
 * across interval boundaries, booked when the state ends, as {@link IntervalStatistics} does)
 * and the agent's calls. Intervals are those of the given {@link IntervalStatistics} (Europe/Paris
 * days). Not thread-safe.
 */
final class AgentActivity {
    /** Pauses without a reason (none is expected) are booked under this one. */
    static final String UNKNOWN_REASON = "unknown";

    private final IntervalStatistics intervals;
    private final Map<String, Agent> agents = new HashMap<>();

    AgentActivity(IntervalStatistics intervals) {
        this.intervals = intervals;
    }

    void accept(RoutingFact fact) {
        if (fact instanceof AgentStateChanged f) {
            Agent agent = agents.computeIfAbsent(f.agent().value(), a -> new Agent(f.from(), f.atMillis()));
            close(agent, f.atMillis());
            agent.state = f.to();
            agent.reason = f.reason() == null ? UNKNOWN_REASON : f.reason().code();
        } else if (fact instanceof AgentProfileChanged f) {
            Agent agent = agents.computeIfAbsent(f.profile().id().value(),
                    a -> new Agent(AgentState.LOGGED_OUT, f.atMillis()));
            close(agent, f.atMillis());
        } else if (fact instanceof CallAnswered f) {
            bucket(f.agent(), f.atMillis()).answered++;
        } else if (fact instanceof CallbackStarted f) {
            bucket(f.agent(), f.atMillis()).callbacks++;
            agents.get(f.agent().value()).callbackStartedAt = f.atMillis();
        } else if (fact instanceof RoutingFact.CallbackFailed f) {
            // a callback that did not reach its customer is not one made: taken back where counted
            bucket(f.agent(), callbackStartedAt(f.agent().value(), f.atMillis())).callbacks--;
        } else if (fact instanceof OfferMissed f) {
            bucket(f.agent(), f.atMillis()).missedOffers++;
        } else if (fact instanceof CallCompleted f) {
            Bucket bucket = bucket(f.agent(), f.atMillis());
            bucket.handled++;
            bucket.talk += f.talkMillis();
        } else if (fact instanceof WrapUpDone f) {
            bucket(f.agent(), f.atMillis()).wrapUp += f.wrapUpMillis();
        }
    }

    /** Since when the agent is in its current state (its time from then is not booked yet). */
    long since(String agent, long otherwise) {
        Agent a = agents.get(agent);
        return a == null ? otherwise : a.since;
    }

    /** When the agent's last callback started (the interval its count went to). */
    long callbackStartedAt(String agent, long otherwise) {
        Agent a = agents.get(agent);
        return a == null || a.callbackStartedAt == Long.MIN_VALUE ? otherwise : a.callbackStartedAt;
    }

    /** The earliest start of a current state that still books time (not logged out). */
    long earliestOpenSince(long otherwise) {
        long earliest = otherwise;
        for (Agent agent : agents.values()) {
            if (agent.state != AgentState.LOGGED_OUT) {
                earliest = Math.min(earliest, agent.since);
            }
        }
        return earliest;
    }

    /** Facts that log out, at {@code at}, every agent still logged in (the run ends). */
    List<AgentStateChanged> logOutAll(long at) {
        List<AgentStateChanged> facts = new ArrayList<>();
        new TreeMap<>(agents).forEach((id, agent) -> {
            if (agent.state != AgentState.LOGGED_OUT) {
                facts.add(new AgentStateChanged(at, new AgentId(id), agent.state, AgentState.LOGGED_OUT, null));
            }
        });
        return facts;
    }

    /** The agent's non-empty intervals starting in [from, to), by start. */
    Map<Long, AgentFigures> figures(String agent, long from, long to) {
        Map<Long, AgentFigures> result = new TreeMap<>();
        Agent a = agents.get(agent);
        if (a != null) {
            a.buckets.subMap(intervals.intervalStart(from), true, to, false).forEach((start, bucket) -> {
                AgentFigures figures = bucket.figures();
                if (!figures.isEmpty()) {
                    result.put(start, figures);
                }
            });
        }
        return result;
    }

    List<String> agentIds() {
        return new ArrayList<>(new TreeMap<>(agents).keySet());
    }

    void forgetBefore(long millis) {
        agents.values().forEach(a -> a.buckets.headMap(millis, false).clear());
    }

    private Bucket bucket(AgentId agent, long at) {
        Agent a = agents.computeIfAbsent(agent.value(), id -> new Agent(AgentState.LOGGED_OUT, at));
        return a.buckets.computeIfAbsent(intervals.intervalStart(at), s -> new Bucket());
    }

    /** Books the agent's time in its current state up to {@code at}, interval by interval. */
    private void close(Agent agent, long at) {
        if (agent.state != AgentState.LOGGED_OUT) {
            for (long t = agent.since; t < at; ) {
                long start = intervals.intervalStart(t);
                long end = Math.min(at, intervals.intervalStart(start + IntervalStatistics.INTERVAL_MILLIS));
                agent.buckets.computeIfAbsent(start, s -> new Bucket()).time(agent.state, agent.reason, end - t);
                t = end;
            }
        }
        agent.since = Math.max(agent.since, at);
    }

    private static final class Agent {
        final TreeMap<Long, Bucket> buckets = new TreeMap<>();
        AgentState state;
        String reason = UNKNOWN_REASON;
        long since;
        long callbackStartedAt = Long.MIN_VALUE;

        Agent(AgentState state, long since) {
            this.state = state;
            this.since = since;
        }
    }

    /** One agent's counters over one interval. */
    private static final class Bucket {
        long loggedIn;
        long ready;
        long ringing;
        long onCall;
        long wrapUpState;
        long paused;
        final Map<String, Long> pauses = new TreeMap<>();
        long answered;
        long callbacks;
        long missedOffers;
        long handled;
        long talk;
        long wrapUp;

        void time(AgentState state, String reason, long millis) {
            loggedIn += millis;
            switch (state) {
                case READY -> ready += millis;
                case RESERVED -> ringing += millis;
                case ON_CALL -> onCall += millis;
                case WRAP_UP -> wrapUpState += millis;
                case PAUSED -> {
                    paused += millis;
                    pauses.merge(reason, millis, Long::sum);
                }
                default -> throw new IllegalStateException("no time is booked while " + state);
            }
        }

        AgentFigures figures() {
            return new AgentFigures(loggedIn, ready, ringing, onCall, wrapUpState, paused, pauses, answered,
                    callbacks, missedOffers, handled, talk, wrapUp);
        }
    }
}
