package org.numvert.web;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.numvert.routing.AgentId;
import org.numvert.routing.CallControl;
import org.numvert.routing.CallId;
import org.numvert.routing.DesktopPhone;
import org.numvert.routing.EndedBy;
import org.numvert.routing.RoutingCommand;
import org.numvert.routing.RoutingEvent;
import org.numvert.routing.RoutingEventSink;

/**
 * A hand-written PBX for the HTTP tests: remembers the commands, rings the agents' desktops, and
 * reports answers and hang-ups from the page like the simulated PBX does.
 */
final class FakePbx implements CallControl, DesktopPhone {
    final List<RoutingCommand> commands = new CopyOnWriteArrayList<>();
    private final Map<AgentId, CallId> ringing = new ConcurrentHashMap<>();
    private final Map<AgentId, CallId> talking = new ConcurrentHashMap<>();
    private volatile RoutingEventSink engine;
    volatile boolean supervision;

    void attach(RoutingEventSink sink) {
        this.engine = sink;
    }

    @Override
    public void execute(RoutingCommand command) {
        commands.add(command);
        if (command instanceof RoutingCommand.OfferCall offer) {
            ringing.put(offer.agent(), offer.call());
        } else if (command instanceof RoutingCommand.CancelOffer cancel) {
            ringing.remove(cancel.agent(), cancel.call());
        }
    }

    @Override
    public boolean supportsSupervision() {
        return supervision;
    }

    @Override
    public boolean onDesktop(AgentId agent) {
        return true;
    }

    @Override
    public CompletionStage<Outcome> answer(AgentId agent) {
        CallId call = ringing.remove(agent);
        if (call == null) {
            return CompletableFuture.completedFuture(Outcome.NO_CALL);
        }
        talking.put(agent, call);
        engine.deliver(new RoutingEvent.OfferAnswered(call, agent));
        return CompletableFuture.completedFuture(Outcome.DONE);
    }

    @Override
    public CompletionStage<Outcome> hangUp(AgentId agent) {
        CallId call = talking.remove(agent);
        if (call == null) {
            return CompletableFuture.completedFuture(Outcome.NO_CALL);
        }
        engine.deliver(new RoutingEvent.CallEnded(call, EndedBy.AGENT));
        return CompletableFuture.completedFuture(Outcome.DONE);
    }
}
