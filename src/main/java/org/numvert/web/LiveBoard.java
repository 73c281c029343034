package org.numvert.web;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.numvert.routing.AgentId;
import org.numvert.routing.AgentStatus;
import org.numvert.routing.CallId;
import org.numvert.routing.CallStatus;
import org.numvert.routing.EngineClient;
import org.numvert.routing.GroupFigures;
import org.numvert.routing.GroupId;
import org.numvert.routing.IntervalFigures;
import org.numvert.routing.RoutingView;
import org.numvert.routing.SkillGroup;

/**
 * What the live pages read from the routing engine, in consistent snapshots taken between two
 * engine events: the wallboard (groups with today's and the last 15 minutes' figures, agents), an
 * agent's desk (its state and call, with the caller's earlier calls today), a group's intervals.
 *
 * <p>Threading: every method may be called from any thread; the reading runs on the engine's
 * thread, and the returned future completes on the caller's Vert.x context (so that answers are
 * built and written off the engine's thread).
 */
public final class LiveBoard {
    private final EngineClient engine;
    private final RecentFigures recent = new RecentFigures();
    private final RepeatCallers repeatCallers;

    /** Subscribes to {@code engine}: create it before calls flow. */
    public LiveBoard(EngineClient engine, ZoneId zone) {
        this.engine = engine;
        this.repeatCallers = new RepeatCallers(zone);
        engine.subscribe(recent);
        engine.subscribe(repeatCallers);
    }

    public EngineClient engine() {
        return engine;
    }

    /** Everything the wallboard shows, at one instant. */
    record Snapshot(long nowMillis, List<GroupFigures> groups, Map<GroupId, RecentFigures.Window> last15,
            List<AgentStatus> agents) {
    }

    /**
     * An agent's desk.
     *
     * @param call          the call ringing for, talking with or wrapped up by the agent
     * @param groupLabel    the label of the call's group ("" without a call)
     * @param previousCalls the calls the caller made today before this one
     */
    record Desk(long nowMillis, AgentStatus agent, Optional<CallStatus> call, String groupLabel, int previousCalls) {
    }

    Future<Snapshot> snapshot() {
        return read(view -> {
            List<GroupFigures> groups = view.figures();
            Map<GroupId, RecentFigures.Window> last15 = new HashMap<>();
            for (GroupFigures g : groups) {
                last15.put(g.id(), recent.figures(g.id(), g.group().slTargetSeconds(), view.nowMillis()));
            }
            return new Snapshot(view.nowMillis(), groups, last15, view.agents());
        });
    }

    Future<Optional<Desk>> desk(AgentId agent) {
        return read(view -> view.agent(agent).map(status -> {
            Optional<CallStatus> call = Optional.ofNullable(status.call()).flatMap(view::call);
            int previous = call.map(c -> repeatCallers.previousCalls(c.caller(), c.call(), view.nowMillis())).orElse(0);
            String label = call.flatMap(c -> view.group(c.group())).map(SkillGroup::label).orElse("");
            return new Desk(view.nowMillis(), status, call, label, previous);
        }));
    }

    Future<Optional<AgentStatus>> agent(AgentId agent) {
        return read(view -> view.agent(agent));
    }

    Future<List<AgentStatus>> agents() {
        return read(RoutingView::agents);
    }

    Future<Optional<CallStatus>> call(CallId call) {
        return read(view -> view.call(call));
    }

    Future<List<IntervalFigures>> intervals(GroupId group) {
        return read(view -> view.group(group).isPresent() ? view.intervalsToday(group) : List.of());
    }

    private <T> Future<T> read(Function<RoutingView, T> query) {
        CompletionStage<T> stage = engine.read(query);
        Context context = Vertx.currentContext();
        return context == null ? Future.fromCompletionStage(stage) : Future.fromCompletionStage(stage, context);
    }
}
