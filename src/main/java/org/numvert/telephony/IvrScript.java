package org.numvert.telephony;

import java.time.InstantSource;
import java.util.Optional;
import java.util.function.Supplier;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiHangupException;
import org.asteriskjava.fastagi.AgiNetworkException;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.AgiScript;
import org.numvert.ivr.CrisisState;
import org.numvert.ivr.IvrInput;
import org.numvert.ivr.IvrSession;
import org.numvert.ivr.IvrStep;
import org.numvert.ivr.Script;
import org.numvert.ivr.ScriptLibrary;
import org.numvert.records.CallJournal;
import org.numvert.records.IvrExit;
import org.numvert.routing.CallId;
import org.numvert.routing.CallerNumber;
import org.numvert.routing.EndedBy;
import org.numvert.routing.HotlineId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code ivr} FastAGI script ({@code agi://host/ivr?hotline=${EXTEN}}): runs the IVR script
 * of the dialled number with numvert's interpreter, one step at a time (a prompt is
 * {@code STREAM FILE}, a menu is {@code GET DATA} with the script's time-out), then hands the
 * outcome to {@link IvrOutcomes}: a call for a skill group enters the engine's queue and the
 * dialplan takes it to the hold context.
 *
 * <p>A caller who hangs up at any point ends the session without a trace in the engine: the call
 * never entered a queue. The scripts library and the crisis state are read once, when the call
 * arrives, so a reload never changes a call in progress. Runs on a FastAGI session thread.
 */
final class IvrScript implements AgiScript {
    private static final Logger LOG = LoggerFactory.getLogger(IvrScript.class);
    private static final int MAX_STEPS = 200;

    private final Supplier<ScriptLibrary> scripts;
    private final Supplier<CrisisState> crisis;
    private final CallJournal journal;
    private final InstantSource clock;
    private final IvrOutcomes outcomes;

    IvrScript(GatewayWiring wiring, InstantSource clock, IvrOutcomes outcomes) {
        this.scripts = wiring.scripts();
        this.crisis = wiring.crisis();
        this.journal = wiring.journal();
        this.clock = clock;
        this.outcomes = outcomes;
    }

    @Override
    public void service(AgiRequest request, AgiChannel channel) throws AgiException {
        CallId call = new CallId(request.getUniqueId());
        String dialled = Optional.ofNullable(request.getParameter("hotline")).orElse(request.getExtension());
        ScriptLibrary library = scripts.get();
        Optional<String> hotline = library.find(dialled).map(Script::id);
        if (hotline.isEmpty()) {
            LOG.warn("call={} no IVR script for the dialled number {}: the dialplan hangs up", call, dialled);
            return;
        }
        IvrSession session = IvrSession.begin(library, hotline.get(), clock.instant(), crisis.get());
        journal.ivrEntered(call, new HotlineId(hotline.get()), CallerNumber.of(request.getCallerIdNumber()));
        try {
            Optional<IvrSession> finished = run(call, session, new AgiPlayer(channel));
            if (finished.isPresent()) {
                journal.ivrLeft(call, ((IvrStep.Finish) finished.get().step()).outcome());
                outcomes.finish(call, request, finished.get(), channel);
            } else {
                callerLeft(call);
            }
        } catch (AgiHangupException | AgiNetworkException e) {
            LOG.info("call={} caller hung up during the IVR ({})", call, hotline.get());
            callerLeft(call);
        }
    }

    private void callerLeft(CallId call) {
        journal.ivrLeft(call, IvrExit.CALLER_HUNG_UP, "");
        journal.callGone(call, EndedBy.CALLER);
    }

    /** Steps through the script; the finished session, or empty when the caller hung up. */
    private Optional<IvrSession> run(CallId call, IvrSession start, AgiPlayer player) throws AgiException {
        IvrSession session = start;
        for (int steps = 0; steps < MAX_STEPS; steps++) {
            IvrStep step = session.step();
            if (step instanceof IvrStep.Finish) {
                return Optional.of(session);
            } else if (step instanceof IvrStep.Play play) {
                player.play(play.prompt().soundFile());
                session = session.advance(IvrInput.played());
            } else if (step instanceof IvrStep.Collect collect) {
                Optional<String> digits = player.collect(collect.prompt().soundFile(),
                        collect.timeout().toMillis(), collect.maxDigits());
                if (digits.isEmpty()) {
                    LOG.info("call={} caller hung up at IVR node {}", call, session.node());
                    return Optional.empty();
                }
                if (!digits.get().isEmpty()) {
                    journal.ivrChoice(call, session.node(), digits.get());
                }
                session = session.advance(IvrInput.digits(digits.get()));
            }
        }
        LOG.warn("call={} IVR did not finish within {} steps at node {}", call, MAX_STEPS, session.node());
        return Optional.empty();
    }
}
