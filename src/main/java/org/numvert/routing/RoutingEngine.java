package org.numvert.routing;

import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.numvert.routing.RoutingCommand.CancelOffer;
import org.numvert.routing.RoutingCommand.OfferCall;
import org.numvert.routing.RoutingCommand.OverflowCall;
import org.numvert.routing.RoutingCommand.StartCallback;
import org.numvert.routing.RoutingEvent.AgentConfigured;
import org.numvert.routing.RoutingEvent.AgentLoggedIn;
import org.numvert.routing.RoutingEvent.AgentLoggedOut;
import org.numvert.routing.RoutingEvent.AgentPaused;
import org.numvert.routing.RoutingEvent.AgentReady;
import org.numvert.routing.RoutingEvent.CallEnded;
import org.numvert.routing.RoutingEvent.CallEntered;
import org.numvert.routing.RoutingEvent.CallbackRequested;
import org.numvert.routing.RoutingEvent.DeviceChanged;
import org.numvert.routing.RoutingEvent.GroupConfigured;
import org.numvert.routing.RoutingEvent.OfferAnswered;
import org.numvert.routing.RoutingEvent.OfferFailed;
import org.numvert.routing.RoutingEvent.SupervisionRequested;
import org.numvert.routing.RoutingEvent.WrapUpEnded;
import org.numvert.routing.RoutingFact.CallAbandoned;
import org.numvert.routing.RoutingFact.CallAnswered;
import org.numvert.routing.RoutingFact.CallCompleted;
import org.numvert.routing.RoutingFact.CallOffered;
import org.numvert.routing.RoutingFact.CallOverflowed;
import org.numvert.routing.RoutingFact.CallQueued;
import org.numvert.routing.RoutingFact.CallbackCancelled;
import org.numvert.routing.RoutingFact.CallbackStarted;
import org.numvert.routing.RoutingFact.EventIgnored;
import org.numvert.routing.RoutingFact.GroupSettingsChanged;
import org.numvert.routing.RoutingFact.OfferMissed;
import org.numvert.routing.RoutingFact.WrapUpDone;

/**
 * The ACD: which waiting call goes to which agent, globally across skill groups (DESIGN.md,
 * decision 1). Events in, commands and facts out; the rules are those of issue 3:
 * <ul>
 * <li>A free agent takes the most urgent call it may serve across all its groups: priority
 * first, then wait relative to the group's service-level target; a call takes the
 * best-skilled, then longest-idle eligible agent; ties are broken by enqueue order.</li>
 * <li>Escalation steps widen the eligible agents as a call waits, counted from its original
 * enqueue time (see {@link GroupQueue}).</li>
 * <li>Per-group maximum wait and maximum queue length apply the call's overflow action; a move
 * to another group stays inside the engine and keeps the enqueue time (the moved call then has
 * no further overflow, so calls cannot bounce between groups). A group that may not be joined
 * when empty overflows calls while none of its agents is available (logged in, not paused).</li>
 * <li>An offer rings one agent; after {@link RoutingSettings#ringTimeoutSeconds()} without
 * answer, or when the port reports a failure, the call goes back to its place and the agent is
 * paused {@link PauseReason#NO_ANSWER}. If the PBX connects an agent after the engine moved on,
 * the connection wins and the other offers involved are cancelled.</li>
 * <li>Wrap-up lasts the group's wrap-up time unless the agent ends it; a pause or log-out asked
 * during a call is taken after the wrap-up.</li>
 * <li>An agent whose phone cannot be reached ({@link DeviceChanged}) gets no offer: it is
 * paused {@link PauseReason#DEVICE_UNAVAILABLE} until the phone is back (see {@link Phones}).</li>
 * <li>Callbacks: a waiting caller's request (or the acceptance of a callback offer) creates a
 * callback task in the group, served after every caller on hold, started with
 * {@link StartCallback}; one whose customer could not be reached is tried again later, a
 * bounded number of times ({@link CallbackRetries}); the tasks an earlier run still owed come
 * back at start ({@link RoutingEvent.CallbackRestored}).</li>
 * </ul>
 * Invariants: an agent never has two calls, a call is never offered to two agents, a call
 * leaves the engine only answered and wrapped up, abandoned, or overflowed. After every event no
 * ready agent is eligible for a parked call.
 *
 * <p>Threading: not thread-safe; one thread (in the service, one Vert.x context) owns it. Time
 * is read from the injected clock once per event; deadlines are checked at every event, so a
 * periodic {@link RoutingEvent.Tick} is all the timers need.
 */
public final class RoutingEngine {
    /** Day boundaries of the figures (DESIGN.md). */
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    final RoutingSettings settings;
    final ZoneId zone;
    final Groups groups = new Groups();
    final Map<GroupId, GroupQueue> queues = groups.queues;
    final Map<AgentId, Agent> agents = new HashMap<>();
    final Map<CallId, Call> calls = new HashMap<>();
    final IntervalStatistics statistics;
    private final InstantSource clock;
    private final Selection selection;
    private final int statisticsDays;
    /** Calls that left by a callback offer, until they end or accept (CallbackRequested). */
    final Map<CallId, Call> callbackOffers = new HashMap<>();
    private final Timers timers = new Timers();
    private final Dispatcher dispatcher;
    private final AgentDesk desk;
    private final CallDesk callDesk;
    final Phones phones;
    final CallbackRetries callbackRetries = new CallbackRetries(this);
    private List<RoutingOutput> out = new ArrayList<>();
    private long now;
    private long seq;

    long nextSeq() {
        return seq++;
    }
    private long statisticsDayEnd = Long.MIN_VALUE;
    private long statisticsKeptFrom = Long.MIN_VALUE;

    /** An engine with numvert's global routing, figures by Europe/Paris days. */
    public RoutingEngine(RoutingSettings settings, InstantSource clock) {
        this(builder(clock).settings(settings));
    }

    private RoutingEngine(Builder builder) {
        this.settings = builder.settings;
        this.clock = builder.clock;
        this.zone = builder.zone;
        this.selection = Selection.of(builder.policy);
        this.statisticsDays = builder.statisticsDays;
        this.statistics = new IntervalStatistics(zone);
        this.desk = new AgentDesk(this);
        this.phones = new Phones(this, desk);
        this.callDesk = new CallDesk(this, selection);
        this.dispatcher = new Dispatcher(this, selection, groups);
        this.now = clock.millis();
    }

    public static Builder builder(InstantSource clock) {
        return new Builder(clock);
    }

    /**
     * Handles one event: first the deadlines due by now (ring timeouts, wrap-up ends, escalation
     * steps, maximum waits), then the event, then every offer that has become possible.
     *
     * @return the commands for the port and the facts for records and views, in causal order
     */
    public List<RoutingOutput> handle(RoutingEvent event) {
        Objects.requireNonNull(event, "event");
        now = clock.millis();
        rollStatisticsDay();
        fireDueTimers();
        callbackRetries.requeueDue(now);
        dispatcher.dispatch(now);
        apply(event);
        dispatcher.dispatch(now);
        List<RoutingOutput> result = out;
        out = new ArrayList<>();
        return result;
    }

    /**
     * The engine's next deadline (epoch ms), {@code Long.MAX_VALUE} when none: a simulator
     * delivers a {@link RoutingEvent.Tick} then instead of every second.
     */
    public long nextDeadlineMillis() {
        return Math.min(timers.next(), callbackRetries.next());
    }

    /** A read-only view of the engine; use it on the engine's thread only (see {@link RoutingView}). */
    public RoutingView view() {
        return new EngineView(this, clock.millis());
    }

    /**
     * The interval statistics the engine keeps as it emits facts (today's, or as many days as
     * built with). Engine thread only.
     */
    public IntervalStatistics statistics() {
        return statistics;
    }

    /**
     * Adds figures of earlier runs (the call records' interval rows) to the statistics, so that
     * today's figures survive a restart; rows before the kept days are left out. An input of the
     * engine rather than a {@link RoutingEvent}: it changes figures only, no call or agent, and
     * gives no output. Engine thread only.
     *
     * @param prior rows per group and interval, and rows without group for all groups (see
     *              {@link IntervalStatistics#restore})
     * @return how many rows were added
     */
    public int restoreStatistics(List<IntervalFigures> prior) {
        now = clock.millis();
        rollStatisticsDay();
        int added = 0;
        for (IntervalFigures row : prior) {
            if (row.fromMillis() >= statisticsKeptFrom) {
                statistics.restore(row);
                added++;
            }
        }
        return added;
    }

    private void apply(RoutingEvent event) {
        if (event instanceof CallEntered e) {
            callDesk.callEntered(e);
        } else if (event instanceof OfferAnswered e) {
            callDesk.offerAnswered(e);
        } else if (event instanceof CallEnded e) {
            callDesk.callEnded(e);
        } else if (event instanceof WrapUpEnded e) {
            desk.wrapUpEnded(e);
        } else if (event instanceof OfferFailed e) {
            callDesk.offerFailed(e);
        } else if (event instanceof AgentReady e) {
            desk.ready(e);
        } else if (event instanceof AgentPaused e) {
            desk.leave(e, AgentState.PAUSED, e.reason());
        } else if (event instanceof AgentLoggedIn e) {
            desk.loggedIn(e);
        } else if (event instanceof AgentLoggedOut e) {
            desk.leave(e, AgentState.LOGGED_OUT, null);
        } else if (event instanceof CallbackRequested e) {
            callDesk.callbackRequested(e);
        } else if (event instanceof AgentConfigured e) {
            desk.configure(e.profile());
        } else if (event instanceof GroupConfigured e) {
            groupConfigured(e.group());
        } else if (event instanceof SupervisionRequested e) {
            callDesk.supervise(e);
        } else if (event instanceof DeviceChanged e) {
            phones.deviceChanged(e);
        } else if (event instanceof RoutingEvent.CallbackFailed e) {
            callbackRetries.failed(e);
        } else if (event instanceof RoutingEvent.CallbackRestored e) {
            callbackRetries.restored(e);
        }
    }

    private void groupConfigured(SkillGroup group) {
        GroupQueue queue = queues.get(group.id());
        if (queue == null) {
            createQueue(group);
            return;
        }
        queue.configure(group);
        groups.changed();
        fact(new GroupSettingsChanged(now, group));
        for (Call call : queue.parkedInOrder()) {
            call.level = queue.levelAt(now - call.enqueuedAt);
            backInQueue(call);
        }
    }

    GroupQueue queueOf(GroupId id, HotlineId hotline) {
        GroupQueue queue = queues.get(id);
        return queue != null ? queue : createQueue(SkillGroup.withDefaults(id, hotline));
    }

    private GroupQueue createQueue(SkillGroup group) {
        GroupQueue queue = new GroupQueue(group, queues);
        groups.add(queue);
        for (Agent agent : agents.values()) {
            if (agent.proficiency(group.id()) > 0) {
                queue.staffed += Agent.staffs(agent.state) ? 1 : 0;
                if (agent.state == AgentState.READY) {
                    queue.addReady(agent);
                    dispatcher.agentMayMatch(agent);
                }
            }
        }
        fact(new GroupSettingsChanged(now, group));
        return queue;
    }

    // ---- transitions of calls -------------------------------------------------------------

    void enterQueue(Call call, GroupQueue queue) {
        call.queue = queue;
        call.phase = CallPhase.WAITING;
        call.phaseSince = now;
        call.level = queue.levelAt(now - call.enqueuedAt);
        if (call.callback) {
            queue.callbacksHolding++;
        } else {
            queue.callersHolding++;
        }
        queue.park(call);
        scheduleCall(call);
    }

    void leaveQueue(Call call) {
        GroupQueue queue = call.queue;
        if (call.phase == CallPhase.RINGING) {
            queue.ringing--;
        } else {
            queue.unpark(call);
        }
        if (call.callback) {
            queue.callbacksHolding--;
        } else {
            queue.callersHolding--;
        }
        call.timer = null;
    }

    private void scheduleCall(Call call) {
        timers.set(call, Math.min(call.queue.nextStepAt(call), call.queue.maxWaitAt(call)));
    }

    void offer(Call call, Agent agent) {
        GroupQueue queue = call.queue;
        queue.unpark(call);
        queue.ringing++;
        call.phase = CallPhase.RINGING;
        call.phaseSince = now;
        call.agent = agent;
        call.timer = null;
        agent.call = call;
        selection.offered(call, agent);
        int ring = settings.ringTimeoutSeconds();
        String contact = agent.profile.contact();
        fact(new CallOffered(now, call.id, queue.id(), agent.id()));
        command(call.callback
                ? new StartCallback(call.id, agent.id(), contact, call.caller, ring)
                : new OfferCall(call.id, agent.id(), contact, ring));
        desk.changeState(agent, AgentState.RESERVED, null);
        timers.set(agent, now + ring * 1000L);
    }

    void answer(Call call, Agent agent) {
        long waited = now - call.enqueuedAt;
        leaveQueue(call);
        call.phase = CallPhase.TALKING;
        call.phaseSince = now;
        call.answeredAt = now;
        call.agent = agent;
        agent.call = call;
        GroupId group = call.queue.id();
        fact(call.callback ? new CallbackStarted(now, call.id, group, agent.id(), waited)
                : new CallAnswered(now, call.id, group, agent.id(), waited));
        desk.changeState(agent, AgentState.ON_CALL, null);
    }

    /**
     * Takes back the offer of a ringing call: the call is parked at its place again (the caller
     * use {@link #backInQueue} or takes it elsewhere), the agent goes to {@code next}.
     */
    void withdrawOffer(Call call, String reason, AgentState next, PauseReason pause, boolean cancel) {
        Agent agent = call.agent;
        if (cancel) {
            command(new CancelOffer(call.id, agent.id()));
        }
        fact(new OfferMissed(now, call.id, call.queue.id(), agent.id(), reason));
        call.queue.ringing--;
        call.phase = CallPhase.WAITING;
        call.phaseSince = now;
        call.agent = null;
        call.queue.park(call);
        agent.call = null;
        desk.changeState(agent, next, pause);
    }

    /** A parked call resumes waiting: overflow if its maximum wait passed, else a new deadline. */
    void backInQueue(Call call) {
        call.level = call.queue.levelAt(now - call.enqueuedAt);
        if (now < call.queue.maxWaitAt(call) || !overflow(call)) {
            scheduleCall(call);
            dispatcher.callMayMatch(call);
        }
    }

    void abandon(Call call) {
        Agent ringing = call.phase == CallPhase.RINGING ? call.agent : null;
        long waited = now - call.enqueuedAt;
        leaveQueue(call);
        calls.remove(call.id);
        if (call.callback) {
            fact(new CallbackCancelled(now, call.id, call.queue.id()));
        } else {
            fact(new CallAbandoned(now, call.id, call.queue.id(), waited,
                    waited <= settings.shortAbandonSeconds() * 1000L));
        }
        if (ringing != null) {
            ringing.call = null;
            desk.changeState(ringing, AgentState.READY, null);
        }
    }

    void complete(Call call, EndedBy by) {
        Agent agent = call.agent;
        call.talkMillis = now - call.answeredAt;
        fact(new CallCompleted(now, call.id, call.queue.id(), agent.id(), call.talkMillis, by));
        call.phase = CallPhase.WRAP_UP;
        call.phaseSince = now;
        int wrapUp = call.queue.settings.wrapUpSeconds();
        if (wrapUp == 0) {
            finishWrapUp(agent, null);
        } else {
            desk.changeState(agent, AgentState.WRAP_UP, null);
            timers.set(agent, now + wrapUp * 1000L);
        }
    }

    /** The agent's wrap-up is over: the call leaves the engine, the agent goes on. */
    void finishWrapUp(Agent agent, String code) {
        Call call = agent.call;
        long wrapUp = now - call.phaseSince;
        fact(new WrapUpDone(now, call.id, call.queue.id(), agent.id(), wrapUp, code));
        call.queue.handleTimes.record(call.talkMillis, wrapUp);
        calls.remove(call.id, call);
        agent.lastCall = call.id;
        agent.call = null;
        AgentState next = agent.afterCall == null ? AgentState.READY : agent.afterCall;
        PauseReason reason = agent.afterCallReason;
        agent.afterCall = null;
        agent.afterCallReason = null;
        desk.changeState(agent, next, reason);
    }

    /** Applies the call's overflow action; false when the action is to keep waiting. */
    boolean overflow(Call call) {
        OverflowAction action = call.onOverflow;
        GroupQueue from = call.queue;
        if (action instanceof OverflowAction.None || (action instanceof OverflowAction.ToGroup to
                && to.group().equals(from.id()))) {
            call.onOverflow = new OverflowAction.None();
            scheduleCall(call);
            return false;
        }
        long waited = now - call.enqueuedAt;
        leaveQueue(call);
        fact(new CallOverflowed(now, call.id, from.id(), action, waited));
        if (action instanceof OverflowAction.ToGroup to) {
            GroupQueue target = queueOf(to.group(), call.hotline);
            call.onOverflow = new OverflowAction.None();
            fact(new CallQueued(now, call.id, call.hotline, target.id(), call.priority,
                    call.caller, call.topic, call.choices));
            enterQueue(call, target);
            dispatcher.callMayMatch(call);
            return true;
        }
        calls.remove(call.id);
        if (action instanceof OverflowAction.CallbackOffer) {
            callbackOffers.put(call.id, call);
        }
        command(new OverflowCall(call.id, action));
        return true;
    }

    // ---- timers and matching ---------------------------------------------------------------

    private void fireDueTimers() {
        Timers.Timer timer;
        while ((timer = timers.pollDue(now)) != null) {
            if (timer.agent != null) {
                agentDeadline(timer.agent);
            } else if (timer.call.phase == CallPhase.WAITING) {
                backInQueue(timer.call);
            }
        }
    }

    private void agentDeadline(Agent agent) {
        if (agent.state == AgentState.RESERVED) {
            Call call = agent.call;
            withdrawOffer(call, "TIMEOUT", AgentState.PAUSED, PauseReason.NO_ANSWER, true);
            backInQueue(call);
        } else if (agent.state == AgentState.WRAP_UP) {
            finishWrapUp(agent, null);
        }
    }

    void markReady(Agent agent) {
        dispatcher.agentMayMatch(agent);
    }

    void callMayMatch(Call call) {
        dispatcher.callMayMatch(call);
    }

    // ---- outputs ---------------------------------------------------------------------------

    void fact(RoutingFact fact) {
        out.add(fact);
        statistics.accept(fact);
    }

    void command(RoutingCommand command) {
        out.add(command);
    }

    void ignore(RoutingEvent event, String reason) {
        fact(new EventIgnored(now, event, reason));
    }

    long now() {
        return now;
    }

    private void rollStatisticsDay() {
        if (now < statisticsDayEnd) {
            return;
        }
        Instant instant = Instant.ofEpochMilli(now);
        LocalDate today = instant.atZone(zone).toLocalDate();
        statisticsDayEnd = today.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        if (statisticsDays > 0) {
            statisticsKeptFrom = today.minusDays(statisticsDays - 1L).atStartOfDay(zone)
                    .toInstant().toEpochMilli();
            statistics.forgetBefore(statisticsKeptFrom);
        }
    }

    /** Options of an engine; {@link RoutingEngine#RoutingEngine(RoutingSettings, InstantSource)} for the defaults. */
    public static final class Builder {
        private final InstantSource clock;
        private RoutingSettings settings = RoutingSettings.DEFAULTS;
        private RoutingPolicy policy = RoutingPolicy.GLOBAL;
        private ZoneId zone = PARIS;
        private int statisticsDays = 1;

        private Builder(InstantSource clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
        }

        public Builder settings(RoutingSettings value) {
            settings = Objects.requireNonNull(value, "settings");
            return this;
        }

        public Builder policy(RoutingPolicy value) {
            policy = Objects.requireNonNull(value, "policy");
            return this;
        }

        /** Day boundaries of the statistics (Europe/Paris by default). */
        public Builder zone(ZoneId value) {
            zone = Objects.requireNonNull(value, "zone");
            return this;
        }

        /** Days of interval statistics kept in memory (1 = today); 0 keeps all (simulations). */
        public Builder statisticsDays(int days) {
            if (days < 0) {
                throw new IllegalArgumentException("statisticsDays must not be negative");
            }
            statisticsDays = days;
            return this;
        }

        public RoutingEngine build() {
            return new RoutingEngine(this);
        }
    }
}
