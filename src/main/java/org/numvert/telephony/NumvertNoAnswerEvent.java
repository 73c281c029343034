package org.numvert.telephony;

import org.asteriskjava.manager.event.UserEvent;

/**
 * {@code UserEvent: NumvertNoAnswer}, sent by the connect context when the Dial to the offered
 * agent ended without an answer (no answer, busy, unreachable, unknown technology). It is the
 * signal the gateway keys "offer failed" on: a failed Dial may produce no {@code DialEnd} at all.
 *
 * <p>asterisk-java drops user events it has no registered class for, and its base
 * {@link UserEvent} only knows {@code Channel} and {@code Uniqueid}: the custom headers are
 * declared here. Public with a public {@code (Object)} constructor because asterisk-java builds
 * it by reflection on its dispatch thread.
 */
public class NumvertNoAnswerEvent extends UserEvent {
    private static final long serialVersionUID = 1L;

    private String agent;
    private String dialStatus;
    private String group;
    private String linkedid;

    public NumvertNoAnswerEvent(Object source) {
        super(source);
    }

    /** The dial string that was tried (the dialplan's {@code NUMVERT_AGENT_DIAL}). */
    public String getAgent() {
        return agent;
    }

    public void setAgent(String agent) {
        this.agent = agent;
    }

    /** {@code NOANSWER}, {@code BUSY}, {@code CHANUNAVAIL}, {@code CONGESTION} … */
    public String getDialStatus() {
        return dialStatus;
    }

    public void setDialStatus(String dialStatus) {
        this.dialStatus = dialStatus;
    }

    public String getGroup() {
        return group;
    }

    public void setGroup(String group) {
        this.group = group;
    }

    public String getLinkedid() {
        return linkedid;
    }

    public void setLinkedid(String linkedid) {
        this.linkedid = linkedid;
    }
}
