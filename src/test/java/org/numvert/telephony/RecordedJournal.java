package org.numvert.telephony;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.numvert.records.CallJournal;
import org.numvert.records.IvrExit;
import org.numvert.routing.AgentId;
import org.numvert.routing.CallId;
import org.numvert.routing.CallerNumber;
import org.numvert.routing.EndedBy;
import org.numvert.routing.HotlineId;

/** A call journal that keeps what the gateway told it, one line per report, in order. */
final class RecordedJournal implements CallJournal {
    private final List<String> lines = new CopyOnWriteArrayList<>();

    @Override
    public void ivrEntered(CallId call, HotlineId hotline, CallerNumber caller) {
        lines.add("entered " + call + " " + hotline + " " + caller.masked());
    }

    @Override
    public void ivrChoice(CallId call, String node, String key) {
        lines.add("choice " + call + " " + node + " " + key);
    }

    @Override
    public void ivrLeft(CallId call, IvrExit exit, String target) {
        lines.add("left " + call + " " + exit + " " + target);
    }

    @Override
    public void transferred(CallId call, AgentId agent, String target) {
        lines.add("transferred " + call + " " + agent + " " + target);
    }

    @Override
    public void callGone(CallId call, EndedBy by) {
        lines.add("gone " + call + " " + by);
    }

    List<String> lines() {
        return List.copyOf(lines);
    }
}
