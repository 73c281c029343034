package org.numvert.sim;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.numvert.records.CallJournal;
import org.numvert.routing.AgentId;
import org.numvert.routing.CallControl;
import org.numvert.routing.CallId;
import org.numvert.routing.DesktopPhone;
import org.numvert.routing.EndedBy;
import org.numvert.routing.RoutingCommand;
import org.numvert.routing.RoutingEvent;
import org.numvert.routing.RoutingEventSink;
import org.numvert.routing.RoutingFact;
import org.numvert.routing.RoutingListener;
import org.numvert.routing.RoutingOutput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulated PBX (DESIGN.md, decision 2): the call-control port of the engine when no Asterisk
 * is configured, so that the service shows live queues at once. Simulated callers go through the
 * real IVR scripts and wait ({@link PbxCallers}); simulated agents and the human agents at their
 * desktops answer, talk and wrap up ({@link PbxLines}). To the engine it looks like a PBX: commands
 * in, events out.
 *
 * <p>Threading: every call of this class hands its work to the {@link SimScheduler}'s thread and
 * returns at once ({@link #execute} and {@link #onOutput} come from the engine's thread, the
 * desktop's requests from the web's); the parts run on that one thread only. Events are delivered
 * to the engine in the order they happen.
 */
public final class SimulatedPbx implements CallControl, DesktopPhone, RoutingListener {
    private static final Logger LOG = LoggerFactory.getLogger(SimulatedPbx.class);

    private final SimScheduler scheduler;
    private final RoutingEventSink engine;
    private final SimTraffic traffic;
    private final SimSettings settings;
    private final SimEnvironment environment;
    private final Set<AgentId> simulated;
    private final PbxCallers callers;
    private final PbxLines lines;
    private final Map<CallId, PbxCall> calls = new HashMap<>();
    private final AtomicInteger inProgress = new AtomicInteger();
    private volatile CallJournal journal = CallJournal.NONE;

    /**
     * @param callPrefix start of the call ids, unique per start of the service
     *                   ({@code <prefix>-1}, {@code <prefix>-2} …)
     */
    public SimulatedPbx(SimScheduler scheduler, RoutingEventSink engine, SimSettings settings,
            SimEnvironment environment, String callPrefix) {
        this.scheduler = scheduler;
        this.engine = engine;
        this.settings = settings;
        this.environment = environment;
        this.traffic = new SimTraffic(settings, settings.seed());
        this.simulated = SimStaff.ids(settings.agents());
        this.callers = new PbxCallers(this, environment, new DemoHours(settings.followOpeningHours()), callPrefix);
        this.lines = new PbxLines(this, environment, simulated);
    }

    /** Where the IVR part of the calls is reported (the call records); before {@link #start()}. */
    public void recordTo(CallJournal callJournal) {
        this.journal = java.util.Objects.requireNonNull(callJournal, "callJournal");
    }

    CallJournal journal() {
        return journal;
    }

    /** Logs the simulated agents in and lets callers arrive. */
    public void start() {
        scheduler.execute(() -> {
            lines.start(SimStaff.profiles(settings.agents(), environment.groups().get()));
            callers.start();
            LOG.info("simulated PBX started: {} call(s) per hour{}, {} simulated agent(s), seed {}",
                    settings.callsPerHour(), settings.dailyShape() ? " (daily shape)" : "", settings.agents(),
                    settings.seed());
        });
    }

    /** No more arrivals (calls in progress are left as they are). */
    public void stop() {
        scheduler.execute(callers::stop);
    }

    /** Calls in the PBX now: in the IVR, waiting, ringing, talking or hearing a last message. */
    public int callersInProgress() {
        return inProgress.get();
    }

    /** The simulated agents' ids ({@code sim-01} …). */
    public Set<AgentId> simulatedAgents() {
        return simulated;
    }

    @Override
    public void execute(RoutingCommand command) {
        scheduler.execute(() -> carryOut(command));
    }

    @Override
    public void onOutput(RoutingOutput output) {
        if (output instanceof RoutingFact.AgentStateChanged change && simulated.contains(change.agent())) {
            scheduler.execute(() -> lines.stateChanged(change));
        }
    }

    @Override
    public boolean onDesktop(AgentId agent) {
        return !simulated.contains(agent);
    }

    @Override
    public CompletionStage<Outcome> answer(AgentId agent) {
        return onThread(() -> lines.answerOnDesktop(agent));
    }

    @Override
    public CompletionStage<Outcome> hangUp(AgentId agent) {
        return onThread(() -> lines.hangUpOnDesktop(agent));
    }

    private CompletionStage<Outcome> onThread(Supplier<Outcome> action) {
        CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        scheduler.execute(() -> {
            try {
                outcome.complete(action.get());
            } catch (RuntimeException e) {
                outcome.completeExceptionally(e);
            }
        });
        return outcome;
    }

    private void carryOut(RoutingCommand command) {
        if (command instanceof RoutingCommand.OfferCall offer) {
            PbxCall call = calls.get(offer.call());
            if (call == null || call.ended()) {
                deliver(new RoutingEvent.OfferFailed(offer.call(), offer.agent(), "CALLER_GONE"));
            } else {
                lines.offer(call, offer.agent());
            }
        } else if (command instanceof RoutingCommand.StartCallback callback) {
            PbxCall task = calls.get(callback.call());
            if (task == null) {
                task = new PbxCall(callback.call(), callback.number(), true, PbxCall.Phase.WAITING);
                admit(task);
            }
            lines.offer(task, callback.agent());
        } else if (command instanceof RoutingCommand.CancelOffer cancel) {
            lines.cancel(cancel.call(), cancel.agent());
        } else if (command instanceof RoutingCommand.OverflowCall overflow) {
            PbxCall call = calls.get(overflow.call());
            if (call != null && !call.ended()) {
                callers.overflowed(call, overflow.action());
            }
        } else if (command instanceof RoutingCommand.HangUp hangUp) {
            PbxCall call = calls.get(hangUp.call());
            if (call != null) {
                end(call, EndedBy.SYSTEM);
            }
        } else if (command instanceof RoutingCommand.Supervise supervise) {
            LOG.warn("call={} supervision asked of the simulated PBX, which cannot: ignored", supervise.call());
        }
    }

    // ---- shared by the parts (PBX thread) --------------------------------------------------------

    SimScheduler scheduler() {
        return scheduler;
    }

    SimTraffic traffic() {
        return traffic;
    }

    void deliver(RoutingEvent event) {
        engine.deliver(event);
    }

    /** A timer whose task failing is logged and does not stop the PBX. */
    long after(long delayMillis, Runnable task) {
        return scheduler.schedule(delayMillis, () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.error("simulated PBX step failed", e);
            }
        });
    }

    void admit(PbxCall call) {
        calls.put(call.id, call);
        inProgress.incrementAndGet();
    }

    /** The call is over: its timers stop, its line is freed, the engine hears of it. */
    void end(PbxCall call, EndedBy by) {
        if (call.ended()) {
            return;
        }
        call.phase = PbxCall.Phase.ENDED;
        scheduler.cancel(call.timer);
        scheduler.cancel(call.patience);
        lines.ended(call);
        forget(call);
        journal.callGone(call.id, by);
        deliver(new RoutingEvent.CallEnded(call.id, by));
        LOG.debug("call={} ended by {}", call.id, by);
    }

    /**
     * A callback's customer could not be reached: the attempt is over for the engine, which ends
     * it (no {@code CallEnded} follows), and the line is free.
     */
    void customerNotReached(PbxCall call, String reason) {
        if (call.ended()) {
            return;
        }
        call.phase = PbxCall.Phase.ENDED;
        scheduler.cancel(call.timer);
        lines.ended(call);
        forget(call);
        deliver(new RoutingEvent.CallbackFailed(call.id, reason));
        LOG.debug("call={} customer not reached: {}", call.id, reason);
    }

    /** Drops the call without telling the engine (a callback task that rang out stays queued there). */
    void forget(PbxCall call) {
        if (calls.remove(call.id) != null) {
            inProgress.decrementAndGet();
        }
    }
}
