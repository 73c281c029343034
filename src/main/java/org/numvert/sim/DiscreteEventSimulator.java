package org.numvert.sim;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.numvert.routing.AgentId;
import org.numvert.routing.AgentProfile;
import org.numvert.routing.CallId;
import org.numvert.routing.CallerNumber;
import org.numvert.routing.EndedBy;
import org.numvert.routing.GroupId;
import org.numvert.routing.HotlineId;
import org.numvert.routing.IntervalFigures;
import org.numvert.routing.Organisation;
import org.numvert.routing.OverflowAction;
import org.numvert.routing.RoutingCommand;
import org.numvert.routing.RoutingEngine;
import org.numvert.routing.RoutingEvent;
import org.numvert.routing.RoutingFact;
import org.numvert.routing.RoutingListener;
import org.numvert.routing.RoutingOutput;
import org.numvert.routing.RoutingPolicy;
import org.numvert.routing.RoutingSettings;
import org.numvert.routing.SkillGroup;

/**
 * The discrete-event simulator (DESIGN.md, decision 2): simulated callers and agents on a
 * virtual clock drive the production {@link RoutingEngine}, playing the call-control port
 * themselves. Time jumps from event to event; the engine's deadlines (wrap-up ends,
 * escalations, maximum waits, ring timeouts) are delivered as ticks exactly when due.
 *
 * <p>Randomness is seeded ({@link SplittableRandom}); each arrival stream has its own generator
 * and draws each caller's inter-arrival, handle and patience times in a fixed order, so two runs
 * with the same seed see the same callers whatever the routing policy (common random numbers:
 * differences between policies are the policies').
 *
 * <p>Single-threaded; one instance per run.
 */
public final class DiscreteEventSimulator {
    private static final HotlineId HOTLINE = new HotlineId("sim");
    private static final CallerNumber CALLER = CallerNumber.of("0600000000");

    private final Scenario scenario;
    private final VirtualClock clock;
    private final RoutingEngine engine;
    private final EventQueue queue = new EventQueue();
    private final List<SplittableRandom> streams = new ArrayList<>();
    private final SplittableRandom misc;
    private final Map<String, Integer> groupIndex = new HashMap<>();
    private final List<GroupId> groupIds = new ArrayList<>();
    private final List<AgentId> agents = new ArrayList<>();
    private final Map<CallId, SimCall> calls = new HashMap<>();
    private final RoutingListener listener;
    /** The earliest tick pending (ticks are only added before it: later deadlines wait for it). */
    private long earliestTick = Long.MAX_VALUE;
    private final long startMillis;
    private final long endMillis;
    private final long answerDelayMillis;
    private long events;
    private long callNumber;

    private DiscreteEventSimulator(Scenario scenario, long seed, RoutingPolicy policy, RoutingListener listener) {
        this.scenario = scenario;
        this.listener = listener;
        this.clock = new VirtualClock(scenario.start());
        this.engine = RoutingEngine.builder(clock).policy(policy).statisticsDays(0)
                .settings(new RoutingSettings(scenario.ringTimeoutSeconds(), 5)).build();
        SplittableRandom root = new SplittableRandom(seed);
        scenario.arrivals().forEach(a -> streams.add(root.split()));
        this.misc = root.split();
        this.startMillis = scenario.start().toEpochMilli();
        this.endMillis = startMillis + scenario.durationMinutes() * 60_000L;
        this.answerDelayMillis = Math.round(scenario.answerDelaySeconds() * 1000);
    }

    /** Runs {@code scenario} to its end and returns the figures after the warm-up. */
    public static SimulationResult run(Scenario scenario, long seed, RoutingPolicy policy) {
        return run(scenario, seed, policy, output -> { });
    }

    /**
     * Runs {@code scenario} and gives every output of the engine to {@code listener}, in order,
     * on the calling thread (the call records of a simulated day, for instance).
     */
    public static SimulationResult run(Scenario scenario, long seed, RoutingPolicy policy,
            RoutingListener listener) {
        return new DiscreteEventSimulator(scenario, seed, policy, listener).run();
    }

    private SimulationResult run() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpu = threads.isCurrentThreadCpuTimeSupported();
        long began = System.nanoTime();
        long cpuBegan = cpu ? threads.getCurrentThreadCpuTime() : 0;
        configure();
        while (!queue.isEmpty() && queue.peekTime() < endMillis) {
            SimEvent event = queue.poll();
            clock.set(event.time);
            events++;
            process(event);
        }
        clock.set(endMillis);
        long wall = System.nanoTime() - began;
        return result(wall, cpu ? threads.getCurrentThreadCpuTime() - cpuBegan : wall);
    }

    private void configure() {
        for (Scenario.Group group : scenario.groups()) {
            groupIndex.put(group.name(), groupIds.size());
            groupIds.add(new GroupId(group.name()));
            deliver(new RoutingEvent.GroupConfigured(new SkillGroup(new GroupId(group.name()),
                    HOTLINE, group.name(), group.slTargetSeconds(), group.wrapUpSeconds(),
                    group.maxWaitSeconds(), group.maxQueueLength(), group.joinWhenEmpty(),
                    List.of(Organisation.REGION), group.escalation())));
        }
        for (Scenario.AgentPool pool : scenario.agents()) {
            Map<GroupId, Integer> skills = new HashMap<>();
            pool.skills().forEach((group, level) -> skills.put(new GroupId(group), level));
            for (int i = 1; i <= pool.count(); i++) {
                AgentId id = new AgentId(pool.name() + "-" + agents.size());
                agents.add(id);
                deliver(new RoutingEvent.AgentConfigured(new AgentProfile(id, id.value(),
                        Organisation.REGION, "SIM/" + id.value(), skills)));
                int index = agents.size() - 1;
                if (pool.shift().isPresent()) {
                    Scenario.Shift shift = pool.shift().get();
                    schedule(startMillis + shift.startMinute() * 60_000L, SimEvent.SHIFT_START, null, index);
                    schedule(startMillis + shift.endMinute() * 60_000L, SimEvent.SHIFT_END, null, index);
                } else {
                    startShift(index);
                }
            }
        }
        for (int stream = 0; stream < scenario.arrivals().size(); stream++) {
            scheduleArrival(stream, startMillis);
        }
    }

    private void process(SimEvent event) {
        switch (event.kind) {
            case SimEvent.ARRIVAL -> arrive(event.index);
            case SimEvent.ABANDON -> abandon(event.call);
            case SimEvent.ANSWER -> answer(event);
            case SimEvent.HANG_UP -> hangUp(event.call);
            case SimEvent.TICK -> tick(event.time);
            case SimEvent.SHIFT_START -> startShift(event.index);
            case SimEvent.SHIFT_END -> deliver(new RoutingEvent.AgentLoggedOut(agents.get(event.index)));
            case SimEvent.CALLBACK_OFFERED -> callbackOffered(event.call);
            default -> throw new IllegalStateException("unknown event kind " + event.kind);
        }
    }

    private void arrive(int stream) {
        Scenario.Arrivals arrivals = scenario.arrivals().get(stream);
        SplittableRandom random = streams.get(stream);
        int group = groupIndex.get(arrivals.group());
        Scenario.Group settings = scenario.groups().get(group);
        SimCall call = new SimCall(new CallId("c" + callNumber++), group,
                settings.handleTime().sampleMillis(random));
        long patience = settings.patience().map(p -> p.sampleMillis(random)).orElse(-1L);
        calls.put(call.id, call);
        long now = clock.millis();
        if (patience >= 0) {
            schedule(now + patience, SimEvent.ABANDON, call, 0);
        }
        scheduleArrival(stream, now);
        deliver(new RoutingEvent.CallEntered(call.id, HOTLINE, groupIds.get(group),
                arrivals.priority(), CALLER, "", List.of(), settings.overflow()));
    }

    /** Next Poisson arrival after {@code from}, the rate being constant within each hour. */
    private void scheduleArrival(int stream, long from) {
        Scenario.Arrivals arrivals = scenario.arrivals().get(stream);
        SplittableRandom random = streams.get(stream);
        long t = from;
        while (t < endMillis) {
            double perHour = arrivals.ratePerHourAt(t - startMillis);
            long hourEnd = arrivals.profile().isEmpty() ? Long.MAX_VALUE
                    : startMillis + ((t - startMillis) / 3_600_000L + 1) * 3_600_000L;
            if (perHour <= 0) {
                t = hourEnd;
                continue;
            }
            long next = t + Math.max(1, Math.round(-Math.log(1.0 - random.nextDouble())
                    * 3_600_000.0 / perHour));
            if (next < hourEnd) {
                schedule(next, SimEvent.ARRIVAL, null, stream);
                return;
            }
            t = hourEnd;
        }
    }

    private void abandon(SimCall call) {
        if (!call.answered && !call.gone) {
            call.gone = true;
            calls.remove(call.id);
            deliver(new RoutingEvent.CallEnded(call.id, EndedBy.CALLER));
        }
    }

    private void answer(SimEvent event) {
        SimCall call = event.call;
        if (call.gone || call.answered || call.offers != event.offer) {
            return;
        }
        call.answered = true;
        schedule(clock.millis() + call.handleMillis, SimEvent.HANG_UP, call, 0);
        deliver(new RoutingEvent.OfferAnswered(call.id, call.agent));
    }

    private void hangUp(SimCall call) {
        call.gone = true;
        calls.remove(call.id);
        deliver(new RoutingEvent.CallEnded(call.id, EndedBy.CALLER));
    }

    private void startShift(int agent) {
        deliver(new RoutingEvent.AgentLoggedIn(agents.get(agent)));
        deliver(new RoutingEvent.AgentReady(agents.get(agent)));
    }

    private void callbackOffered(SimCall call) {
        if (misc.nextDouble() < scenario.callbackAcceptance()) {
            deliver(new RoutingEvent.CallbackRequested(call.id, CALLER));
        }
        deliver(new RoutingEvent.CallEnded(call.id, EndedBy.CALLER));
    }

    private void tick(long time) {
        if (time == earliestTick) {
            earliestTick = Long.MAX_VALUE;
        }
        if (engine.nextDeadlineMillis() <= time) {
            deliver(new RoutingEvent.Tick());
        } else {
            scheduleTick();
        }
    }

    /** Makes sure a tick is pending at or before the engine's next deadline. */
    private void scheduleTick() {
        long next = engine.nextDeadlineMillis();
        if (next < earliestTick && next < endMillis) {
            earliestTick = next;
            schedule(next, SimEvent.TICK, null, 0);
        }
    }

    private void deliver(RoutingEvent event) {
        List<RoutingOutput> outputs = engine.handle(event);
        for (int i = 0, n = outputs.size(); i < n; i++) {
            RoutingOutput output = outputs.get(i);
            listener.onOutput(output);
            if (output instanceof RoutingCommand command) {
                execute(command);
            } else if (output instanceof RoutingFact.CallbackQueued queued) {
                SimCall origin = new SimCall(queued.callback(), groupIndex.get(queued.group().value()),
                        scenario.group(queued.group().value()).handleTime().sampleMillis(misc));
                calls.put(origin.id, origin);
            }
        }
        scheduleTick();
    }

    private void execute(RoutingCommand command) {
        if (command instanceof RoutingCommand.OfferCall offer) {
            offer(offer.call(), offer.agent());
        } else if (command instanceof RoutingCommand.StartCallback offer) {
            offer(offer.call(), offer.agent());
        } else if (command instanceof RoutingCommand.CancelOffer cancel) {
            SimCall call = calls.get(cancel.call());
            if (call != null) {
                call.offers++;
            }
        } else if (command instanceof RoutingCommand.OverflowCall overflow) {
            SimCall call = calls.remove(overflow.call());
            if (call != null) {
                call.gone = true;
                if (overflow.action() instanceof OverflowAction.CallbackOffer) {
                    schedule(clock.millis(), SimEvent.CALLBACK_OFFERED, call, 0);
                }
            }
        }
    }

    private void offer(CallId id, AgentId agent) {
        SimCall call = calls.get(id);
        if (call == null) {
            // offered by the deadlines handled just before this caller's hang-up, in the same event
            return;
        }
        call.offers++;
        call.agent = agent;
        schedule(clock.millis() + answerDelayMillis, SimEvent.ANSWER, call, call.offers);
    }

    private void schedule(long time, byte kind, SimCall call, int index) {
        queue.add(new SimEvent(time, kind, call, index, kind == SimEvent.ANSWER ? index : 0));
    }

    private SimulationResult result(long wallNanos, long cpuNanos) {
        long from = startMillis + scenario.warmupMinutes() * 60_000L;
        Map<String, IntervalFigures> figures = new LinkedHashMap<>();
        for (GroupId group : groupIds) {
            figures.put(group.value(), engine.statistics().figures(group, from, endMillis, endMillis));
        }
        IntervalFigures total = engine.statistics().figures(null, from, endMillis, endMillis);
        return new SimulationResult(figures, total, events, wallNanos, cpuNanos);
    }
}
