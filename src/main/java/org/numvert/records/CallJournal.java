package org.numvert.records;

import org.numvert.ivr.IvrOutcome;
import org.numvert.routing.AgentId;
import org.numvert.routing.CallId;
import org.numvert.routing.CallerNumber;
import org.numvert.routing.EndedBy;
import org.numvert.routing.HotlineId;

/**
 * The port through which the hosts of calls (the FastAGI IVR, the simulated PBX) put into the
 * call records what the routing engine does not see: the IVR part of a call and what the PBX
 * alone knows. The engine's own facts reach the records without the hosts.
 *
 * <p>Threading: every method may be called from any thread, returns at once and never blocks
 * (the event is numbered and buffered; it is written with the next batch). Events are stamped
 * with the journal's clock when they arrive.
 */
public interface CallJournal {

    /** A call reached the IVR of {@code hotline}; the first event of a call. */
    void ivrEntered(CallId call, HotlineId hotline, CallerNumber caller);

    /** The caller pressed {@code key} at the menu {@code node}. */
    void ivrChoice(CallId call, String node, String key);

    /** The call left the IVR; {@code target} names the group, box or message ("" if none). */
    void ivrLeft(CallId call, IvrExit exit, String target);

    /** The call left the IVR with the script's {@code outcome}: queued, callback, voicemail, hung up. */
    default void ivrLeft(CallId call, IvrOutcome outcome) {
        if (outcome instanceof IvrOutcome.RouteToGroup route) {
            ivrLeft(call, IvrExit.QUEUED, route.group());
        } else if (outcome instanceof IvrOutcome.CallbackRequest callback) {
            ivrLeft(call, IvrExit.CALLBACK, callback.group());
        } else if (outcome instanceof IvrOutcome.Voicemail voicemail) {
            ivrLeft(call, IvrExit.VOICEMAIL, voicemail.box());
        } else {
            ivrLeft(call, IvrExit.HUNG_UP, outcome.node());
        }
    }

    /** The agent transferred the call to {@code target} (a number, a group or another agent). */
    void transferred(CallId call, AgentId agent, String target);

    /**
     * The PBX reports the call over. Needed for calls that never reached the engine (ended in
     * the IVR); harmless for the others (the engine's facts say how they ended).
     */
    void callGone(CallId call, EndedBy by);

    /** A journal that records nothing (tools, tests of hosts). */
    CallJournal NONE = new CallJournal() {
        @Override
        public void ivrEntered(CallId call, HotlineId hotline, CallerNumber caller) {
        }

        @Override
        public void ivrChoice(CallId call, String node, String key) {
        }

        @Override
        public void ivrLeft(CallId call, IvrExit exit, String target) {
        }

        @Override
        public void transferred(CallId call, AgentId agent, String target) {
        }

        @Override
        public void callGone(CallId call, EndedBy by) {
        }
    };
}
