package org.numvert.telephony;

import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiHangupException;
import org.asteriskjava.fastagi.AgiNetworkException;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.AgiScript;
import org.numvert.routing.CallId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code callback-offer} FastAGI script, run by {@code numvert-overflow} when the engine
 * applies a call's "callback offer" overflow action: plays the message the IVR script chose
 * ({@code NUMVERT_OVERFLOW_PROMPT}, else the standard offer) listening for 1. Runs on a FastAGI
 * session thread; a hang-up ends it quietly.
 */
final class CallbackOfferScript implements AgiScript {
    private static final Logger LOG = LoggerFactory.getLogger(CallbackOfferScript.class);

    private final CallbackOffer offer;

    CallbackOfferScript(CallbackOffer offer) {
        this.offer = offer;
    }

    @Override
    public void service(AgiRequest request, AgiChannel channel) throws AgiException {
        CallId call = new CallId(request.getUniqueId());
        try {
            String prompt = channel.getVariable(Dialplan.OVERFLOW_PROMPT);
            offer.offer(call, request, new AgiPlayer(channel),
                    prompt == null || prompt.isBlank() ? Prompts.CALLBACK_OFFER : prompt);
        } catch (AgiHangupException | AgiNetworkException e) {
            LOG.debug("call={} callback offer cut: {}", call, e.toString());
        }
    }
}
