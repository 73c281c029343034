package org.numvert.ivr.routing;

import org.numvert.ivr.IvrOutcome;
import org.numvert.ivr.Overflow;
import org.numvert.routing.CallId;
import org.numvert.routing.CallerNumber;
import org.numvert.routing.GroupId;
import org.numvert.routing.HotlineId;
import org.numvert.routing.OverflowAction;
import org.numvert.routing.RoutingEvent;

/**
 * How a call the IVR routes enters the routing engine, the same for every host of calls (the
 * simulated PBX, the FastAGI scripts behind Asterisk): the group, priority, topic and choices of
 * the IVR's outcome, and its overflow rule as the engine's overflow action. Pure; any thread.
 */
public final class IvrRouting {
    private IvrRouting() {
    }

    /** The engine's input for a call the IVR queued for a group. */
    public static RoutingEvent.CallEntered entered(CallId call, IvrOutcome.RouteToGroup route, CallerNumber caller) {
        return new RoutingEvent.CallEntered(call, new HotlineId(route.hotline()), new GroupId(route.group()),
                route.priority(), caller, route.topic(), route.choices(), overflow(route.overflow()));
    }

    /**
     * A callback request enters the engine as a call of its group at priority 0, without overflow:
     * the engine then keeps it as a callback task.
     */
    public static IvrOutcome.RouteToGroup asRoute(IvrOutcome.CallbackRequest callback) {
        return new IvrOutcome.RouteToGroup(callback.hotline(), callback.node(), callback.choices(), callback.group(), 0,
                callback.topic(), new Overflow.None());
    }

    /** What the engine does when a call overflows, from the script's overflow rule. */
    public static OverflowAction overflow(Overflow overflow) {
        if (overflow instanceof Overflow.ToGroup to) {
            return new OverflowAction.ToGroup(new GroupId(to.group()));
        } else if (overflow instanceof Overflow.Voicemail) {
            return new OverflowAction.Voicemail();
        } else if (overflow instanceof Overflow.CallbackOffer) {
            return new OverflowAction.CallbackOffer();
        } else if (overflow instanceof Overflow.ClosedMessage) {
            return new OverflowAction.ClosedMessage();
        }
        return new OverflowAction.None();
    }
}
