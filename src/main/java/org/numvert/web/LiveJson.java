package org.numvert.web;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.TreeMap;
import org.numvert.routing.AgentState;
import org.numvert.routing.AgentStatus;
import org.numvert.routing.CallStatus;
import org.numvert.routing.EscalationStep;
import org.numvert.routing.GroupFigures;
import org.numvert.routing.GroupId;
import org.numvert.routing.IntervalFigures;
import org.numvert.routing.SkillGroup;

/**
 * The JSON shapes of the live APIs and streams (README, "Live operations"). Times of the live
 * state are epoch milliseconds ({@code ...At}, {@code ...Since}) with the server's {@code now}
 * beside them, durations are seconds, ratios are fractions 0–1 and {@code null} when undefined.
 * Caller numbers only ever appear masked.
 */
final class LiveJson {
    private LiveJson() {
    }

    static JsonObject group(GroupFigures g, RecentFigures.Window last15, int goalPercent) {
        SkillGroup s = g.group();
        return settings(s, goalPercent)
                .put("waiting", g.waiting())
                .put("ringing", g.ringing())
                .put("callbacksWaiting", g.callbacksWaiting())
                .put("callbacksToRetry", g.callbacksToRetry())
                .put("longestWaitSeconds", seconds(g.longestWaitMillis()))
                .put("estimatedWaitSeconds", g.estimatedWaitMillis() < 0 ? null : seconds(g.estimatedWaitMillis()))
                .put("agents", agentCounts(g.agentsByState()))
                .put("today", figures(g.today()))
                .put("last15", window(last15));
    }

    /** A group's settings, as {@code PUT /api/groups/{id}} takes them. */
    static JsonObject settings(SkillGroup s, int goalPercent) {
        JsonArray steps = new JsonArray();
        for (EscalationStep step : s.escalation()) {
            steps.add(new JsonObject().put("afterSeconds", step.afterSeconds())
                    .put("minProficiency", step.minProficiency())
                    .put("alsoGroups", new JsonArray(step.alsoGroups().stream().map(GroupId::value).toList())));
        }
        return new JsonObject()
                .put("id", s.id().value())
                .put("hotline", s.hotline().value())
                .put("label", s.label())
                .put("organisations", new JsonArray(s.organisations().stream().map(Enum::name).toList()))
                .put("slTargetSeconds", s.slTargetSeconds())
                .put("serviceLevelGoal", goalPercent / 100.0)
                .put("wrapUpSeconds", s.wrapUpSeconds())
                .put("maxWaitSeconds", s.maxWaitSeconds())
                .put("maxQueueLength", s.maxQueueLength())
                .put("joinWhenEmpty", s.joinWhenEmpty())
                .put("escalation", steps);
    }

    static JsonObject agentCounts(Map<AgentState, Integer> byState) {
        return new JsonObject()
                .put("ready", byState.getOrDefault(AgentState.READY, 0))
                .put("reserved", byState.getOrDefault(AgentState.RESERVED, 0))
                .put("onCall", byState.getOrDefault(AgentState.ON_CALL, 0))
                .put("wrapUp", byState.getOrDefault(AgentState.WRAP_UP, 0))
                .put("paused", byState.getOrDefault(AgentState.PAUSED, 0))
                .put("loggedOut", byState.getOrDefault(AgentState.LOGGED_OUT, 0));
    }

    static JsonObject figures(IntervalFigures f) {
        return new JsonObject()
                .put("from", f.fromMillis())
                .put("to", f.toMillis())
                .put("offered", f.offered())
                .put("answered", f.answered())
                .put("answeredWithinThreshold", f.answeredWithinThreshold())
                .put("abandoned", f.abandoned())
                .put("shortAbandoned", f.shortAbandoned())
                .put("overflowed", f.overflowed())
                .put("callbacksRequested", f.callbacksRequested())
                .put("serviceLevel", ratio(f.serviceLevel()))
                .put("abandonRate", ratio(f.abandonRate()))
                .put("asaSeconds", secondsOrNull(f.asaMillis()))
                .put("ahtSeconds", secondsOrNull(f.ahtMillis()))
                .put("occupancy", ratio(f.occupancy()))
                .put("maxWaitSeconds", seconds(f.maxWaitMillis()));
    }

    static JsonObject window(RecentFigures.Window w) {
        return new JsonObject()
                .put("from", w.fromMillis())
                .put("to", w.toMillis())
                .put("offered", w.offered())
                .put("answered", w.answered())
                .put("answeredWithinThreshold", w.answeredWithinThreshold())
                .put("abandoned", w.abandoned())
                .put("shortAbandoned", w.shortAbandoned())
                .put("serviceLevel", ratio(w.serviceLevel()))
                .put("abandonRate", ratio(w.abandonRate()))
                .put("asaSeconds", secondsOrNull(w.asaMillis()));
    }

    /**
     * An agent as the agent board shows it.
     *
     * @param simulated    a simulated agent of the simulated PBX (not stored)
     * @param desktopPhone answers and hangs up from the desktop page
     */
    static JsonObject agent(AgentStatus a, boolean simulated, boolean desktopPhone) {
        JsonObject skills = new JsonObject();
        new TreeMap<>(a.profile().skills()).forEach((group, level) -> skills.put(group.value(), level));
        return state(a)
                .put("id", a.id().value())
                .put("name", a.profile().name())
                .put("organisation", a.profile().organisation().name())
                .put("contact", a.profile().contact())
                .put("simulated", simulated)
                .put("desktopPhone", desktopPhone)
                .put("skills", skills);
    }

    /** An agent's routing state: what {@code GET /api/agents/{id}/state} answers. */
    static JsonObject state(AgentStatus a) {
        return new JsonObject()
                .put("agent", a.id().value())
                .put("state", a.state().name())
                .put("reason", a.pauseReason() == null ? null : a.pauseReason().code())
                .put("since", a.stateSinceMillis())
                .put("timeInStateSeconds", a.timeInStateMillis() / 1000)
                .put("afterCall", a.afterCall() == null ? null : a.afterCall().name())
                .put("call", a.call() == null ? null : new JsonObject()
                        .put("id", a.call().value())
                        .put("group", a.callGroup() == null ? null : a.callGroup().value()));
    }

    /** The call on an agent's desk; {@code null} when there is none. */
    static JsonObject call(LiveBoard.Desk desk) {
        if (desk.call().isEmpty()) {
            return null;
        }
        CallStatus c = desk.call().get();
        return new JsonObject()
                .put("id", c.call().value())
                .put("phase", c.phase().name())
                .put("callback", c.callback())
                .put("hotline", c.hotline().value())
                .put("group", c.group().value())
                .put("groupLabel", desk.groupLabel())
                .put("topic", c.topic())
                .put("choices", new JsonArray(c.choices()))
                .put("priority", c.priority())
                .put("waitedSeconds", c.waitedMillis() / 1000)
                .put("enqueuedAt", c.enqueuedAtMillis())
                .put("phaseSince", c.phaseSinceMillis())
                .put("caller", c.caller().masked())
                .put("callerWithheld", c.caller().isWithheld())
                .put("previousCallsToday", desk.previousCalls());
    }

    private static double seconds(long millis) {
        return Math.round(millis / 100.0) / 10.0;
    }

    private static Double secondsOrNull(double millis) {
        return Double.isNaN(millis) ? null : Math.round(millis / 100.0) / 10.0;
    }

    private static Double ratio(double value) {
        return Double.isNaN(value) ? null : Math.round(value * 10_000) / 10_000.0;
    }
}
