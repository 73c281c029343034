package org.numvert.telephony;

import org.asteriskjava.manager.action.AbstractManagerAction;

/**
 * AMI {@code ExtensionStateList}, which asterisk-java 3.41 lacks. Its items arrive as ordinary
 * {@code ExtensionStatus} events (asterisk-java's {@code ExtensionStatusEvent} is not a response
 * event), so they reach the event listeners like live changes do; the closing
 * {@code ExtensionStateListComplete} has no class and is dropped. Public for asterisk-java's
 * reflection.
 */
public class ExtensionStateListAction extends AbstractManagerAction {
    private static final long serialVersionUID = 1L;

    @Override
    public String getAction() {
        return "ExtensionStateList";
    }
}
