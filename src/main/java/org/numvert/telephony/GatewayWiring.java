package org.numvert.telephony;

import java.util.function.Supplier;
import org.numvert.ivr.CrisisState;
import org.numvert.ivr.ScriptLibrary;
import org.numvert.routing.RoutingEventSink;

/**
 * What the gateway is plugged into: the engine's event sink and queue figures, the IVR scripts in
 * service and the crisis state (both read once per call, when it arrives).
 */
record GatewayWiring(RoutingEventSink sink, QueueStandings standings, Supplier<ScriptLibrary> scripts,
        Supplier<CrisisState> crisis) {
}
