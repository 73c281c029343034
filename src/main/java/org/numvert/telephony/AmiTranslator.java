package org.numvert.telephony;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.asteriskjava.manager.event.AbstractChannelEvent;
import org.asteriskjava.manager.event.BridgeEnterEvent;
import org.asteriskjava.manager.event.ChanSpyStartEvent;
import org.asteriskjava.manager.event.ChanSpyStopEvent;
import org.asteriskjava.manager.event.DeviceStateChangeEvent;
import org.asteriskjava.manager.event.DialBeginEvent;
import org.asteriskjava.manager.event.DialEndEvent;
import org.asteriskjava.manager.event.DialEvent;
import org.asteriskjava.manager.event.ExtensionStatusEvent;
import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.HangupRequestEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.MusicOnHoldEvent;
import org.asteriskjava.manager.event.NewExtenEvent;
import org.asteriskjava.manager.event.NewStateEvent;
import org.asteriskjava.manager.event.OriginateResponseEvent;
import org.asteriskjava.manager.event.SoftHangupRequestEvent;
import org.asteriskjava.manager.event.UserEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns asterisk-java's AMI events into facts for the {@link CallTracker}, which owns the call
 * state and emits the engine events. What counts (see the captures' protocol observations):
 * <ul>
 * <li>offer answered: {@code DialEnd ANSWER} or {@code BridgeEnter} of the caller's channel;
 * a callback's agent answered: its channel goes {@code Up};
 * <li>a callback's customer not reached: {@code UserEvent NumvertCallbackFailed} (the Originate
 * itself succeeded); a callback's agent not answering is a failed {@code OriginateResponse} (or
 * the hang-up of its channel), an offer that failed like any other;
 * <li>offer failed: {@code UserEvent NumvertNoAnswer}, or the caller seen back in
 * {@code numvert-hold} after reaching {@code numvert-connect}; never {@code DialEnd}, which a
 * failed Dial may not send at all;
 * <li>who hung up: the first {@code HangupRequest} (far end) among the call's channels, Local
 * halves {@code ;1}/{@code ;2} counting as one side; the root channel's {@code Hangup} ends the
 * call ({@code Cdr} may come before it and is ignored).
 * </ul>
 *
 * <p>Runs on asterisk-java's dispatch thread: it only reads the event and updates the tracker,
 * never sends an action. An event it cannot read (a field missing or of the wrong type) is
 * logged once per event type and skipped.
 */
final class AmiTranslator {
    private static final Logger LOG = LoggerFactory.getLogger(AmiTranslator.class);
    private static final int STATE_UP = 6;

    private final CallTracker calls;
    private final AgentDevices devices;
    private final Set<String> unreadable = ConcurrentHashMap.newKeySet();

    AmiTranslator(CallTracker calls, AgentDevices devices) {
        this.calls = calls;
        this.devices = devices;
    }

    void translate(ManagerEvent event) {
        try {
            String uniqueId = uniqueIdOf(event);
            if (uniqueId != null) {
                calls.seen(uniqueId, channelOf(event), event.getContext());
            }
            dispatch(event);
        } catch (RuntimeException e) {
            if (unreadable.add(event.getClass().getSimpleName())) {
                LOG.warn("AMI event {} could not be read and is skipped (logged once per type): {}",
                        event.getClass().getSimpleName(), e.toString());
            }
        }
    }

    private void dispatch(ManagerEvent event) {
        if (event instanceof DialBeginEvent begin) {
            if (begin.getUniqueId() != null) {
                calls.dialBegan(begin.getUniqueId(), begin.getDestChannel());
            }
        } else if (event instanceof DialEndEvent end) {
            dialEnded(end);
        } else if (event instanceof BridgeEnterEvent bridge) {
            calls.answered(required(bridge.getUniqueId(), bridge));
        } else if (event instanceof HangupRequestEvent request) {
            calls.hangupRequested(required(request.getUniqueId(), request),
                    required(request.getLinkedId(), request), request.getChannel(), false);
        } else if (event instanceof SoftHangupRequestEvent request) {
            calls.hangupRequested(required(request.getUniqueId(), request),
                    required(request.getLinkedId(), request), request.getChannel(), true);
        } else if (event instanceof HangupEvent hangup) {
            calls.hungUp(required(hangup.getUniqueId(), hangup), required(hangup.getLinkedId(), hangup),
                    hangup.getCause());
        } else {
            dispatchOther(event);
        }
    }

    private void dispatchOther(ManagerEvent event) {
        if (event instanceof NumvertNoAnswerEvent noAnswer) {
            calls.noAnswer(required(noAnswer.getUniqueId(), noAnswer), noAnswer.getDialStatus());
        } else if (event instanceof NumvertCallbackFailedEvent failed) {
            calls.callbackFailed(required(failed.getUniqueId(), failed), failed.getDialStatus());
        } else if (event instanceof NewStateEvent state && Integer.valueOf(STATE_UP).equals(state.getChannelState())) {
            calls.callbackAnswered(required(state.getUniqueId(), state));
        } else if (event instanceof OriginateResponseEvent response && !response.isSuccess()) {
            calls.originateFailed(response.getUniqueId(), response.getReason());
        } else if (event instanceof DeviceStateChangeEvent device) {
            devices.deviceChanged(device.getDevice(), device.getState());
        } else if (event instanceof ExtensionStatusEvent hint) {
            devices.hintChanged(hint.getHint(), hint.getStatus(), hint.getStatustext());
        } else if (event instanceof ChanSpyStartEvent spy) {
            LOG.info("call={} supervisor {} joined {}", spy.getSpyeeLinkedId(), spy.getSpyerChannel(), spy.getSpyeeChannel());
        } else if (event instanceof ChanSpyStopEvent spy) {
            LOG.info("call={} supervisor {} left {}", spy.getSpyeeLinkedId(), spy.getSpyerChannel(), spy.getSpyeeChannel());
        }
    }

    private void dialEnded(DialEndEvent end) {
        if (end.getUniqueId() != null) {
            calls.dialEnded(end.getUniqueId(), end.getDialStatus());
        } else if ("ANSWER".equals(end.getDialStatus())) {
            // An Originate's own dial has only Dest* fields: the originated channel answered.
            calls.callbackAnswered(required(end.getDestUniqueId(), end));
        }
    }

    private static String uniqueIdOf(ManagerEvent event) {
        if (event instanceof AbstractChannelEvent channel) {
            return channel.getUniqueId();
        } else if (event instanceof NewExtenEvent exten) {
            return exten.getUniqueId();
        } else if (event instanceof MusicOnHoldEvent moh) {
            return moh.getUniqueId();
        } else if (event instanceof UserEvent user) {
            return user.getUniqueId();
        } else if (event instanceof BridgeEnterEvent bridge) {
            return bridge.getUniqueId();
        } else if (event instanceof DialEvent dial && event.getClass() != DialEvent.class) {
            return dial.getUniqueId();
        }
        return null;
    }

    private static String channelOf(ManagerEvent event) {
        if (event instanceof AbstractChannelEvent channel) {
            return channel.getChannel();
        } else if (event instanceof NewExtenEvent exten) {
            return exten.getChannel();
        }
        return null;
    }

    private static String required(String value, ManagerEvent event) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(event.getClass().getSimpleName() + " without a required id");
        }
        return value;
    }
}
