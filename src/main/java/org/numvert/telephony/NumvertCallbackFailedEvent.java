package org.numvert.telephony;

import org.asteriskjava.manager.event.UserEvent;

/**
 * {@code UserEvent: NumvertCallbackFailed}, sent by the callback context when the agent answered
 * but the customer could not be reached (busy, unreachable). The Originate itself succeeded, so
 * this event is the only trace of the failure. Public for asterisk-java's reflection.
 */
public class NumvertCallbackFailedEvent extends UserEvent {
    private static final long serialVersionUID = 1L;

    private String number;
    private String dialStatus;
    private String linkedid;

    public NumvertCallbackFailedEvent(Object source) {
        super(source);
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getDialStatus() {
        return dialStatus;
    }

    public void setDialStatus(String dialStatus) {
        this.dialStatus = dialStatus;
    }

    public String getLinkedid() {
        return linkedid;
    }

    public void setLinkedid(String linkedid) {
        this.linkedid = linkedid;
    }
}
