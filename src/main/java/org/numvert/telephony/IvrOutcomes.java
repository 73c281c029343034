package org.numvert.telephony;

import java.util.Optional;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiRequest;
import org.numvert.ivr.IvrOutcome;
import org.numvert.ivr.IvrSession;
import org.numvert.ivr.Overflow;
import org.numvert.ivr.routing.IvrRouting;
import org.numvert.routing.CallId;
import org.numvert.routing.CallerNumber;
import org.numvert.routing.RoutingEvent.CallEntered;
import org.numvert.routing.RoutingEvent.CallbackRequested;
import org.numvert.routing.RoutingEventSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the end of an IVR script means for the engine and for the dialplan that runs after the
 * {@code ivr} FastAGI script:
 * <ul>
 * <li>route to a group: {@code CallEntered}, then {@code NUMVERT_HOTLINE} and {@code NUMVERT_GROUP}
 * on the channel (the dialplan goes to {@code numvert-hold} when the group is set; both are read
 * back after an AMI reconnection), plus what the overflow action needs
 * ({@code NUMVERT_OVERFLOW_BOX}, {@code NUMVERT_OVERFLOW_PROMPT});
 * <li>callback request: {@code CallEntered} and {@code CallbackRequested}, and
 * {@code NUMVERT_CALLBACK_REQUESTED=1} (the dialplan thanks the caller and hangs up); with a
 * withheld number there is nobody to call back, so the caller waits like any other;
 * <li>voicemail: {@code NUMVERT_VOICEMAIL} = the box; hang-up: nothing, the dialplan hangs up.
 * </ul>
 * The call is registered before the variables are set, so that AMI events that follow the
 * dialplan's move to hold find it.
 */
final class IvrOutcomes {
    private static final Logger LOG = LoggerFactory.getLogger(IvrOutcomes.class);

    private final CallTracker calls;
    private final RoutingEventSink sink;

    IvrOutcomes(CallTracker calls, RoutingEventSink sink) {
        this.calls = calls;
        this.sink = sink;
    }

    void finish(CallId call, AgiRequest request, IvrSession session, AgiChannel channel) throws AgiException {
        IvrOutcome outcome = session.outcome().orElseThrow();
        CallerNumber caller = CallerNumber.of(request.getCallerIdNumber());
        LOG.info("call={} IVR {} ended at {} with choices {}: {}", call, outcome.hotline(), outcome.node(),
                outcome.choices(), outcome.getClass().getSimpleName());
        if (outcome instanceof IvrOutcome.RouteToGroup route) {
            enqueue(call, request, route, caller, channel);
        } else if (outcome instanceof IvrOutcome.CallbackRequest callback) {
            enqueue(call, request, IvrRouting.asRoute(callback), caller, channel);
            if (!caller.isWithheld()) {
                sink.deliver(new CallbackRequested(call, caller));
                channel.setVariable(Dialplan.CALLBACK_REQUESTED, "1");
            }
        } else if (outcome instanceof IvrOutcome.Voicemail voicemail) {
            channel.setVariable(Dialplan.VOICEMAIL, voicemail.box());
        }
    }

    private void enqueue(CallId call, AgiRequest request, IvrOutcome.RouteToGroup route, CallerNumber caller,
            AgiChannel channel) throws AgiException {
        CallEntered entered = IvrRouting.entered(call, route, caller);
        String dialled = Optional.ofNullable(request.getParameter("hotline")).orElse("");
        calls.enter(entered, request.getUniqueId(), request.getChannel(), dialled);
        overflowVariables(route.overflow(), channel);
        channel.setVariable(Dialplan.HOTLINE, route.hotline());
        channel.setVariable(Dialplan.GROUP, route.group());
    }

    private static void overflowVariables(Overflow overflow, AgiChannel channel) throws AgiException {
        if (overflow instanceof Overflow.Voicemail voicemail) {
            channel.setVariable(Dialplan.OVERFLOW_BOX, voicemail.box());
            if (voicemail.message().isPresent()) {
                channel.setVariable(Dialplan.OVERFLOW_PROMPT, voicemail.message().get().soundFile());
            }
        } else if (overflow instanceof Overflow.CallbackOffer offer) {
            channel.setVariable(Dialplan.OVERFLOW_PROMPT, offer.message().soundFile());
        } else if (overflow instanceof Overflow.ClosedMessage closed) {
            channel.setVariable(Dialplan.OVERFLOW_PROMPT, closed.message().soundFile());
        }
    }
}
