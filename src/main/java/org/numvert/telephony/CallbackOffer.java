package org.numvert.telephony;

import java.util.Optional;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiRequest;
import org.numvert.routing.CallId;
import org.numvert.routing.CallerNumber;
import org.numvert.routing.RoutingEvent.CallbackRequested;
import org.numvert.routing.RoutingEventSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Pour être rappelé, tapez 1": plays the offer listening for the digit; on 1, the engine hears
 * {@code CallbackRequested} and the dialplan {@code NUMVERT_CALLBACK_REQUESTED=1} (it then thanks
 * the caller and hangs up). Not offered to a withheld number: there is nobody to call back.
 */
final class CallbackOffer {
    private static final Logger LOG = LoggerFactory.getLogger(CallbackOffer.class);

    private final RoutingEventSink sink;

    CallbackOffer(RoutingEventSink sink) {
        this.sink = sink;
    }

    /** True when the offer was played to its end or taken; false when it was cut. */
    boolean offer(CallId call, AgiRequest request, AgiPlayer player, String prompt) throws AgiException {
        CallerNumber number = CallerNumber.of(request.getCallerIdNumber());
        if (number.isWithheld()) {
            return true;
        }
        Optional<String> digit = player.playFor(prompt, Prompts.CALLBACK_DIGIT);
        if (digit.isEmpty()) {
            return false;
        }
        if (Prompts.CALLBACK_DIGIT.equals(digit.get())) {
            LOG.info("call={} caller {} asks to be called back", call, number);
            sink.deliver(new CallbackRequested(call, number));
            player.set(Dialplan.CALLBACK_REQUESTED, "1");
        }
        return true;
    }
}
