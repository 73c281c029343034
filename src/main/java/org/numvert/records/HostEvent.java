package org.numvert.records;

import org.numvert.routing.AgentId;
import org.numvert.routing.CallId;
import org.numvert.routing.CallerNumber;
import org.numvert.routing.EndedBy;
import org.numvert.routing.HotlineId;

/** What the hosts report through the {@link CallJournal}, and the records' own end of a run. */
sealed interface HostEvent {

    long atMillis();

    record IvrEntered(long atMillis, CallId call, HotlineId hotline, CallerNumber caller) implements HostEvent {
    }

    record IvrChoice(long atMillis, CallId call, String node, String key) implements HostEvent {
    }

    record IvrLeft(long atMillis, CallId call, IvrExit exit, String target) implements HostEvent {
    }

    record Transferred(long atMillis, CallId call, AgentId agent, String target) implements HostEvent {
    }

    record CallGone(long atMillis, CallId call, EndedBy by) implements HostEvent {
    }

    /**
     * The run is over (the service stops, or a crashed run is closed at the next start): calls
     * still in progress are interrupted; agents still logged in are logged out at this time.
     */
    record RunEnded(long atMillis) implements HostEvent {
    }
}
