package org.numvert.telephony;

import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.asteriskjava.manager.action.HangupAction;
import org.asteriskjava.manager.action.ManagerAction;
import org.asteriskjava.manager.action.OriginateAction;
import org.asteriskjava.manager.action.RedirectAction;
import org.asteriskjava.manager.action.SetVarAction;
import org.asteriskjava.manager.response.ManagerResponse;
import org.numvert.routing.CallControl;
import org.numvert.routing.CallId;
import org.numvert.routing.OverflowAction;
import org.numvert.routing.RoutingCommand;
import org.numvert.routing.RoutingCommand.CancelOffer;
import org.numvert.routing.RoutingCommand.HangUp;
import org.numvert.routing.RoutingCommand.OfferCall;
import org.numvert.routing.RoutingCommand.OverflowCall;
import org.numvert.routing.RoutingCommand.StartCallback;
import org.numvert.routing.RoutingCommand.Supervise;
import org.numvert.routing.SupervisionMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's commands as AMI actions (shapes checked against the captures):
 * <ul>
 * <li>offer: {@code Setvar} of the agent's dial string, ring timeout and id on the caller's
 * channel, then {@code Redirect} to {@code numvert-connect} with the dialled hotline number as
 * Exten (it becomes the agent phone's connected line and the CDR destination, where {@code s}
 * would show);
 * <li>cancel: {@code Redirect} back to {@code numvert-hold}, only while still ringing;
 * <li>callback: {@code Originate} of the agent's contact into {@code numvert-callback} with the
 * customer's number as Exten, and channel ids chosen here so the attempt is recognised from its
 * first event (and in a failed {@code OriginateResponse});
 * <li>hang up: {@code Hangup} of the root channel; supervision: {@code Originate} of the
 * supervisor's phone into {@code ChanSpy} on the agent's leg, options {@code q}, {@code qw},
 * {@code qB}.
 * </ul>
 *
 * <p>{@link #execute} is called on the engine's thread and returns at once: the actions are
 * written by the AMI worker, in order, pipelined (Asterisk runs one session's actions in
 * sequence). Outcomes reach the engine as events, through the {@link CallTracker}.
 */
final class AsteriskCallControl implements CallControl {
    private static final Logger LOG = LoggerFactory.getLogger(AsteriskCallControl.class);
    private static final int NORMAL_CLEARING = 16;
    private static final long SUPERVISOR_RING_MILLIS = 30_000;

    private final AmiLink link;
    private final CallTracker calls;
    private final Supplier<String> channelIds;

    AsteriskCallControl(AmiLink link, CallTracker calls, Supplier<String> channelIds) {
        this.link = link;
        this.calls = calls;
        this.channelIds = channelIds;
    }

    @Override
    public void execute(RoutingCommand command) {
        if (command instanceof OfferCall offer) {
            offer(offer);
        } else if (command instanceof CancelOffer cancel) {
            cancel(cancel);
        } else if (command instanceof StartCallback callback) {
            callback(callback);
        } else if (command instanceof OverflowCall overflow) {
            overflow(overflow);
        } else if (command instanceof HangUp hangUp) {
            hangUp(hangUp);
        } else if (command instanceof Supervise supervise) {
            supervise(supervise);
        }
    }

    @Override
    public boolean supportsSupervision() {
        return true;
    }

    private void offer(OfferCall offer) {
        Optional<CallTarget> target = calls.startOffer(offer.call(), offer.agent());
        if (target.isEmpty()) {
            LOG.info("call={} offer to {} not sent: the call is gone or already answered", offer.call(), offer.agent());
            return;
        }
        String channel = target.get().channel();
        send(offer.call(), new SetVarAction(channel, Dialplan.AGENT_DIAL, offer.contact()));
        send(offer.call(), new SetVarAction(channel, Dialplan.RING_TIMEOUT, String.valueOf(offer.ringTimeoutSeconds())));
        send(offer.call(), new SetVarAction(channel, Dialplan.AGENT, offer.agent().value()));
        link.send(new RedirectAction(channel, Dialplan.CONNECT, target.get().exten(), 1))
                .whenComplete((response, failure) -> {
                    if (failure != null && !channelGone(offer.call(), failure)) {
                        LOG.warn("call={} offer to {} failed: {}", offer.call(), offer.agent(), cause(failure).getMessage());
                        calls.offerNotSent(offer.call(), offer.agent(), "CHANUNAVAIL");
                    }
                });
    }

    private void cancel(CancelOffer cancel) {
        if (!calls.cancelOffer(cancel.call())) {
            LOG.info("call={} offer to {} already settled: nothing to cancel", cancel.call(), cancel.agent());
            return;
        }
        calls.target(cancel.call()).ifPresent(target ->
                send(cancel.call(), new RedirectAction(target.channel(), Dialplan.HOLD, "s", 1)));
    }

    private void callback(StartCallback callback) {
        if (callback.number().isWithheld()) {
            LOG.warn("call={} callback without a number: not dialled", callback.call());
            return;
        }
        String channelId = channelIds.get();
        calls.callbackStarted(callback.call(), callback.agent(), channelId, callback.contact());
        OriginateAction originate = new OriginateAction();
        originate.setChannel(callback.contact());
        originate.setContext(Dialplan.CALLBACK);
        originate.setExten(callback.number().digits());
        originate.setPriority(1);
        originate.setTimeout(callback.ringTimeoutSeconds() * 1000L);
        originate.setAsync(true);
        originate.setChannelId(channelId);
        originate.setOtherChannelId(channelId + "-2");
        originate.setCallerId("\"Rappel numvert\" <" + callback.number().digits() + ">");
        originate.setVariable(Dialplan.AGENT, callback.agent().value());
        link.send(originate).whenComplete((response, failure) -> {
            if (failure != null && !channelGone(callback.call(), failure)) {
                LOG.warn("call={} callback via {} not started: {}", callback.call(), callback.agent(), cause(failure).getMessage());
                calls.offerNotSent(callback.call(), callback.agent(), "CHANUNAVAIL");
            }
        });
    }

    private void overflow(OverflowCall overflow) {
        String exten = overflowExten(overflow.action());
        if (exten == null) {
            return;
        }
        calls.target(overflow.call()).ifPresent(target ->
                send(overflow.call(), new RedirectAction(target.channel(), Dialplan.OVERFLOW, exten, 1)));
    }

    private static String overflowExten(OverflowAction action) {
        if (action instanceof OverflowAction.Voicemail) {
            return "voicemail";
        } else if (action instanceof OverflowAction.ClosedMessage) {
            return "closed";
        } else if (action instanceof OverflowAction.CallbackOffer) {
            return "callback";
        }
        return null;
    }

    private void hangUp(HangUp hangUp) {
        calls.hangUp(hangUp.call()).ifPresentOrElse(
                target -> send(hangUp.call(), new HangupAction(target.channel(), NORMAL_CLEARING)),
                () -> LOG.info("call={} hang-up: the call is already gone", hangUp.call()));
    }

    private void supervise(Supervise supervise) {
        Optional<String> agentLeg = calls.target(supervise.call()).map(CallTarget::agentChannel)
                .filter(channel -> !channel.isBlank());
        if (agentLeg.isEmpty()) {
            LOG.warn("call={} supervision refused: no agent leg in conversation", supervise.call());
            return;
        }
        OriginateAction spy = new OriginateAction();
        spy.setChannel(supervise.supervisorContact());
        spy.setApplication("ChanSpy");
        spy.setData(agentLeg.get() + "," + chanSpyOptions(supervise.mode()));
        spy.setTimeout(SUPERVISOR_RING_MILLIS);
        spy.setAsync(true);
        spy.setCallerId("\"Supervision\" <" + supervise.agent().value() + ">");
        send(supervise.call(), spy);
    }

    /** {@code q}: no beep; {@code w}: whisper to the spied channel; {@code B}: barge, both hear. */
    static String chanSpyOptions(SupervisionMode mode) {
        return switch (mode) {
            case LISTEN -> "q";
            case WHISPER -> "qw";
            case BARGE -> "qB";
        };
    }

    private CompletableFuture<ManagerResponse> send(CallId call, ManagerAction action) {
        return link.send(action).whenComplete((response, failure) -> {
            if (failure != null && !channelGone(call, failure)) {
                LOG.warn("call={} {} failed: {}", call, action.getAction(), cause(failure).getMessage());
            }
        });
    }

    /** Failures that need no warning: the channel hung up meanwhile, or the gateway is stopping. */
    private static boolean channelGone(CallId call, Throwable failure) {
        if (cause(failure) instanceof AmiActionException ami && ami.channelGone()) {
            LOG.info("call={} channel already gone: its hang-up ends the call", call);
            return true;
        }
        if (cause(failure) instanceof CancellationException) {
            LOG.debug("call={} action dropped: the gateway stopped", call);
            return true;
        }
        return false;
    }

    private static Throwable cause(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }
}
