package org.numvert.sim;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.numvert.ivr.IvrInput;
import org.numvert.ivr.IvrOutcome;
import org.numvert.ivr.IvrSession;
import org.numvert.ivr.IvrStep;
import org.numvert.ivr.Overflow;
import org.numvert.ivr.Prompt;
import org.numvert.ivr.Script;
import org.numvert.records.IvrExit;
import org.numvert.ivr.ScriptLibrary;
import org.numvert.ivr.routing.IvrRouting;
import org.numvert.routing.CallId;
import org.numvert.routing.EndedBy;
import org.numvert.routing.HotlineId;
import org.numvert.routing.OverflowAction;
import org.numvert.routing.RoutingEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulated callers: Poisson arrivals over the hotlines' numbers, each call walking its
 * hotline's real IVR script with the production interpreter (prompts take their spoken time, menus
 * get keys, silences and wrong keys), then queueing with a patience, or leaving a voicemail,
 * asking for a callback, hearing the closed message. Overflow actions of the engine end here too.
 *
 * <p>Threading: the simulated PBX's thread.
 */
final class PbxCallers {
    private static final Logger LOG = LoggerFactory.getLogger(PbxCallers.class);
    private static final long VOICEMAIL_MILLIS = 25_000;
    private static final long GOODBYE_MILLIS = 2_000;

    private final SimulatedPbx pbx;
    private final SimEnvironment environment;
    private final DemoHours hours;
    private final String callPrefix;
    private long sequence;
    private long arrivalTimer = -1;

    PbxCallers(SimulatedPbx pbx, SimEnvironment environment, DemoHours hours, String callPrefix) {
        this.pbx = pbx;
        this.environment = environment;
        this.hours = hours;
        this.callPrefix = callPrefix;
    }

    void start() {
        scheduleArrival();
    }

    void stop() {
        pbx.scheduler().cancel(arrivalTimer);
    }

    private void scheduleArrival() {
        long delay = pbx.traffic().nextArrivalMillis(pbx.scheduler().nowMillis());
        if (delay >= 0) {
            arrivalTimer = pbx.after(delay, this::arrive);
        }
    }

    private void arrive() {
        scheduleArrival();
        ScriptLibrary library = environment.scripts().get();
        if (library.hotlines().isEmpty()) {
            return;
        }
        Script dialled = library.script(pbx.traffic().hotline(List.copyOf(library.hotlines()))).orElseThrow();
        Optional<Script> reached = dialled.hotline().numbers().isEmpty() ? Optional.of(dialled)
                : library.hotlineForNumber(pbx.traffic().oneOf(dialled.hotline().numbers()).name())
                        .flatMap(library::script);
        Script script = reached.orElse(dialled);
        Instant now = Instant.ofEpochMilli(pbx.scheduler().nowMillis());
        Instant at = hours.ivrInstant(script, now);
        PbxCall call = new PbxCall(new CallId(callPrefix + "-" + ++sequence), pbx.traffic().callerNumber(), false,
                PbxCall.Phase.IVR);
        call.session = IvrSession.begin(library, script.id(), at, DemoHours.crisisAt(environment.crisis().get(), now, at));
        pbx.admit(call);
        pbx.journal().ivrEntered(call.id, new HotlineId(script.id()), call.number);
        LOG.debug("call={} caller={} dials {}", call.id, call.number, script.id());
        step(call);
    }

    private void step(PbxCall call) {
        IvrStep step = call.session.step();
        if (step instanceof IvrStep.Finish finish) {
            finished(call, finish.outcome());
        } else if (pbx.traffic().hangsUpInIvr()) {
            call.timer = pbx.after(GOODBYE_MILLIS, () -> {
                pbx.journal().ivrLeft(call.id, IvrExit.CALLER_HUNG_UP, "");
                pbx.end(call, EndedBy.CALLER);
            });
        } else if (step instanceof IvrStep.Play play) {
            call.timer = pbx.after(pbx.traffic().promptMillis(play.prompt()), () -> advance(call, new IvrInput.Played()));
        } else if (step instanceof IvrStep.Collect menu) {
            SimTraffic.MenuAnswer answer = pbx.traffic().answer(menu);
            call.timer = pbx.after(answer.afterMillis(), () -> {
                if (answer.input() instanceof IvrInput.Digits keys && !call.ended()) {
                    pbx.journal().ivrChoice(call.id, menu.node(), keys.digits());
                }
                advance(call, answer.input());
            });
        }
    }

    private void advance(PbxCall call, IvrInput input) {
        if (!call.ended()) {
            call.session = call.session.advance(input);
            step(call);
        }
    }

    private void finished(PbxCall call, IvrOutcome outcome) {
        call.hotline = new HotlineId(outcome.hotline());
        pbx.journal().ivrLeft(call.id, outcome);
        if (outcome instanceof IvrOutcome.RouteToGroup route) {
            queue(call, route);
        } else if (outcome instanceof IvrOutcome.CallbackRequest callback) {
            pbx.deliver(IvrRouting.entered(call.id, IvrRouting.asRoute(callback), call.number));
            pbx.deliver(new RoutingEvent.CallbackRequested(call.id, call.number));
            leave(call, GOODBYE_MILLIS, EndedBy.CALLER);
        } else if (outcome instanceof IvrOutcome.Voicemail) {
            leave(call, VOICEMAIL_MILLIS, EndedBy.CALLER);
        } else {
            pbx.end(call, EndedBy.CALLER);
        }
    }

    private void queue(PbxCall call, IvrOutcome.RouteToGroup route) {
        call.overflow = route.overflow();
        call.phase = PbxCall.Phase.WAITING;
        pbx.deliver(IvrRouting.entered(call.id, route, call.number));
        call.patience = pbx.after(pbx.traffic().patienceMillis(), () -> pbx.end(call, EndedBy.CALLER));
    }

    /** The engine applied the call's overflow action: the caller hears it and goes. */
    void overflowed(PbxCall call, OverflowAction action) {
        pbx.scheduler().cancel(call.patience);
        call.patience = -1;
        if (action instanceof OverflowAction.CallbackOffer) {
            long offer = messageMillis(call.overflow instanceof Overflow.CallbackOffer o ? Optional.of(o.message())
                    : Optional.empty());
            call.phase = PbxCall.Phase.LEAVING;
            call.timer = pbx.after(offer, () -> {
                if (pbx.traffic().acceptsCallback()) {
                    pbx.deliver(new RoutingEvent.CallbackRequested(call.id, call.number));
                }
                pbx.end(call, EndedBy.CALLER);
            });
        } else if (action instanceof OverflowAction.Voicemail) {
            Optional<Prompt> intro = call.overflow instanceof Overflow.Voicemail v ? v.message() : Optional.empty();
            leave(call, messageMillis(intro) + VOICEMAIL_MILLIS, EndedBy.CALLER);
        } else if (action instanceof OverflowAction.ClosedMessage) {
            leave(call, messageMillis(call.overflow instanceof Overflow.ClosedMessage c ? Optional.of(c.message())
                    : Optional.empty()), EndedBy.SYSTEM);
        }
    }

    private long messageMillis(Optional<Prompt> prompt) {
        return prompt.map(p -> pbx.traffic().promptMillis(p)).orElse(GOODBYE_MILLIS);
    }

    private void leave(PbxCall call, long afterMillis, EndedBy by) {
        call.phase = PbxCall.Phase.LEAVING;
        call.timer = pbx.after(afterMillis, () -> pbx.end(call, by));
    }
}
