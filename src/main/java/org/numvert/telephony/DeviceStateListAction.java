package org.numvert.telephony;

import org.asteriskjava.manager.action.AbstractManagerAction;

/**
 * AMI {@code DeviceStateList}, which asterisk-java 3.41 lacks: the states Asterisk caches
 * ({@code PJSIP/...} endpoints, not {@code Local/...} devices). Its items arrive as ordinary
 * {@code DeviceStateChange} events, so they reach the event listeners like live changes do; the
 * closing {@code DeviceStateListComplete} has no class and is dropped. Public for asterisk-java's
 * reflection.
 */
public class DeviceStateListAction extends AbstractManagerAction {
    private static final long serialVersionUID = 1L;

    @Override
    public String getAction() {
        return "DeviceStateList";
    }
}
