package org.numvert.telephony;

import java.util.function.Supplier;
import org.numvert.ivr.CrisisState;
import org.numvert.ivr.ScriptLibrary;
import org.numvert.records.CallJournal;
import org.numvert.routing.RoutingEventSink;

/**
 * What the gateway is plugged into: the engine's event sink and queue figures, the IVR scripts in
 * service and the crisis state (both read once per call, when it arrives), and the call records'
 * journal, which hears the IVR part of each call (the engine never sees it).
 */
record GatewayWiring(RoutingEventSink sink, QueueStandings standings, Supplier<ScriptLibrary> scripts,
        Supplier<CrisisState> crisis, CallJournal journal) {
}
