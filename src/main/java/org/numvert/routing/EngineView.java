package org.numvert.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** {@link RoutingView} over a {@link RoutingEngine}'s state, at one instant. Engine thread only. */
final class EngineView implements RoutingView {
    private final RoutingEngine engine;
    private final long now;

    EngineView(RoutingEngine engine, long now) {
        this.engine = engine;
        this.now = now;
    }

    @Override
    public long nowMillis() {
        return now;
    }

    @Override
    public List<SkillGroup> groups() {
        return sortedQueues().stream().map(q -> q.settings).toList();
    }

    @Override
    public Optional<SkillGroup> group(GroupId id) {
        return Optional.ofNullable(engine.queues.get(id)).map(q -> q.settings);
    }

    @Override
    public List<GroupFigures> figures() {
        Map<GroupId, Map<AgentState, Integer>> byState = agentsByState();
        Map<GroupId, Long> longest = longestWaits();
        return sortedQueues().stream().map(q -> figures(q, byState, longest)).toList();
    }

    @Override
    public Optional<GroupFigures> figures(GroupId id) {
        GroupQueue queue = engine.queues.get(id);
        return queue == null ? Optional.empty()
                : Optional.of(figures(queue, agentsByState(), longestWaits()));
    }

    private GroupFigures figures(GroupQueue queue, Map<GroupId, Map<AgentState, Integer>> byState,
            Map<GroupId, Long> longest) {
        Map<AgentState, Integer> states = byState.getOrDefault(queue.id(), emptyStates());
        return new GroupFigures(queue.settings, queue.callersHolding, queue.ringing,
                queue.callbacksHolding, engine.callbackRetries.waiting(queue.id()),
                longest.getOrDefault(queue.id(), 0L), Map.copyOf(states),
                estimatedWaitMillis(queue.id(), 0), today(queue.id()));
    }

    @Override
    public List<AgentStatus> agents() {
        return engine.agents.values().stream().sorted(Comparator.comparing(Agent::id))
                .map(this::status).toList();
    }

    @Override
    public Optional<AgentStatus> agent(AgentId id) {
        return Optional.ofNullable(engine.agents.get(id)).map(this::status);
    }

    @Override
    public List<CallStatus> queue(GroupId id) {
        GroupQueue queue = engine.queues.get(id);
        if (queue == null) {
            return List.of();
        }
        List<CallStatus> result = new ArrayList<>();
        engine.calls.values().stream()
                .filter(c -> c.queue == queue && c.phase == CallPhase.RINGING)
                .sorted(GroupQueue.QUEUE_ORDER)
                .forEach(c -> result.add(status(c, 0, 0)));
        WaitEstimator estimator = new WaitEstimator(engine, queue, now);
        int position = 0;
        for (Call call : queue.parkedInOrder()) {
            result.add(status(call, ++position, estimator.next()));
        }
        return List.copyOf(result);
    }

    @Override
    public List<CallStatus> calls() {
        List<CallStatus> result = new ArrayList<>();
        sortedQueues().forEach(q -> result.addAll(queue(q.id())));
        engine.calls.values().stream().filter(c -> !c.inQueue())
                .sorted(Comparator.comparing(c -> c.id))
                .forEach(c -> result.add(status(c, 0, 0)));
        return List.copyOf(result);
    }

    @Override
    public Optional<CallStatus> call(CallId id) {
        Call call = engine.calls.get(id);
        if (call == null) {
            return Optional.empty();
        }
        if (call.phase != CallPhase.WAITING) {
            return Optional.of(status(call, 0, 0));
        }
        int ahead = ahead(call);
        long estimate = new WaitEstimator(engine, call.queue, now).skipThenNext(ahead);
        return Optional.of(status(call, ahead + 1, estimate));
    }

    @Override
    public long estimatedWaitMillis(GroupId group, int priority) {
        GroupQueue queue = engine.queues.get(group);
        if (queue == null) {
            return -1;
        }
        int ahead = 0;
        for (Map.Entry<Integer, TreeSet<Call>> rank : queue.parked.entrySet()) {
            if (rank.getKey() >= priority) {
                ahead += rank.getValue().size();
            }
        }
        return new WaitEstimator(engine, queue, now).skipThenNext(ahead);
    }

    @Override
    public IntervalFigures today(GroupId group) {
        long day = engine.statistics.startOfDay(now);
        return engine.statistics.figures(group, day, now + 1, now);
    }

    @Override
    public IntervalFigures todayTotal() {
        return today(null);
    }

    @Override
    public List<IntervalFigures> intervalsToday(GroupId group) {
        long day = engine.statistics.startOfDay(now);
        return engine.statistics.intervals(group, day, now + 1, now);
    }

    private int ahead(Call call) {
        int ahead = 0;
        for (Map.Entry<Integer, TreeSet<Call>> rank : call.queue.parked.entrySet()) {
            if (rank.getKey() > call.rank()) {
                ahead += rank.getValue().size();
            } else if (rank.getKey() == call.rank()) {
                ahead += rank.getValue().headSet(call, false).size();
            }
        }
        return ahead;
    }

    private AgentStatus status(Agent agent) {
        Call call = agent.call;
        return new AgentStatus(agent.profile, agent.state, agent.reason, agent.stateSince,
                now - agent.stateSince, call == null ? null : call.id,
                call == null ? null : call.queue.id(), agent.afterCall);
    }

    private CallStatus status(Call call, int position, long estimate) {
        return new CallStatus(call.id, call.phase, call.callback, call.hotline, call.queue.id(),
                call.priority, call.caller, call.topic, call.choices, call.enqueuedAt,
                call.waitedAt(now), call.phaseSince, call.agent == null ? null : call.agent.id(),
                position, Math.max(0, estimate));
    }

    private List<GroupQueue> sortedQueues() {
        return engine.queues.values().stream().sorted(Comparator.comparing(GroupQueue::id)).toList();
    }

    private Map<GroupId, Map<AgentState, Integer>> agentsByState() {
        Map<GroupId, Map<AgentState, Integer>> result = new HashMap<>();
        for (Agent agent : engine.agents.values()) {
            for (GroupId group : agent.profile.skills().keySet()) {
                result.computeIfAbsent(group, g -> emptyStates()).merge(agent.state, 1, Integer::sum);
            }
        }
        return result;
    }

    private static Map<AgentState, Integer> emptyStates() {
        Map<AgentState, Integer> states = new EnumMap<>(AgentState.class);
        for (AgentState state : AgentState.values()) {
            states.put(state, 0);
        }
        return states;
    }

    private Map<GroupId, Long> longestWaits() {
        Map<GroupId, Long> result = new HashMap<>();
        for (Call call : engine.calls.values()) {
            if (call.inQueue() && !call.callback) {
                result.merge(call.queue.id(), now - call.enqueuedAt, Math::max);
            }
        }
        return result;
    }
}
