package org.numvert.records;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.numvert.routing.EscalationStep;
import org.numvert.routing.GroupId;
import org.numvert.routing.HotlineId;
import org.numvert.routing.Organisation;
import org.numvert.routing.OverflowAction;
import org.numvert.routing.SkillGroup;

/** Overflow actions and skill-group settings as the log's detail JSON. */
final class SettingsJson {
    private SettingsJson() {
    }

    /** The action's name in the log and in summaries ({@code group}, {@code voicemail} …). */
    static String overflowName(OverflowAction action) {
        if (action instanceof OverflowAction.ToGroup) {
            return "group";
        } else if (action instanceof OverflowAction.Voicemail) {
            return "voicemail";
        } else if (action instanceof OverflowAction.CallbackOffer) {
            return "callback";
        } else if (action instanceof OverflowAction.ClosedMessage) {
            return "closed";
        }
        return "none";
    }

    static JsonObject overflow(OverflowAction action) {
        JsonObject json = new JsonObject().put("type", overflowName(action));
        if (action instanceof OverflowAction.ToGroup to) {
            json.put("group", to.group().value());
        }
        return json;
    }

    static OverflowAction overflowOf(JsonObject json) {
        return switch (json.getString("type")) {
            case "group" -> new OverflowAction.ToGroup(new GroupId(json.getString("group")));
            case "voicemail" -> new OverflowAction.Voicemail();
            case "callback" -> new OverflowAction.CallbackOffer();
            case "closed" -> new OverflowAction.ClosedMessage();
            default -> new OverflowAction.None();
        };
    }

    static JsonObject group(SkillGroup g) {
        JsonArray escalation = new JsonArray();
        for (EscalationStep step : g.escalation()) {
            escalation.add(new JsonObject().put("afterSeconds", step.afterSeconds())
                    .put("minProficiency", step.minProficiency())
                    .put("alsoGroups", new JsonArray(step.alsoGroups().stream().map(GroupId::value).toList())));
        }
        return new JsonObject().put("hotline", g.hotline().value()).put("label", g.label())
                .put("slTargetSeconds", g.slTargetSeconds()).put("wrapUpSeconds", g.wrapUpSeconds())
                .put("maxWaitSeconds", g.maxWaitSeconds()).put("maxQueueLength", g.maxQueueLength())
                .put("joinWhenEmpty", g.joinWhenEmpty())
                .put("organisations", new JsonArray(g.organisations().stream().map(Organisation::name).toList()))
                .put("escalation", escalation);
    }

    static SkillGroup groupOf(String id, JsonObject d) {
        List<EscalationStep> escalation = d.getJsonArray("escalation").stream()
                .map(JsonObject.class::cast)
                .map(s -> new EscalationStep(s.getInteger("afterSeconds"), s.getInteger("minProficiency"),
                        s.getJsonArray("alsoGroups").stream().map(String::valueOf).map(GroupId::new).toList()))
                .toList();
        return new SkillGroup(new GroupId(id), new HotlineId(d.getString("hotline")), d.getString("label"),
                d.getInteger("slTargetSeconds"), d.getInteger("wrapUpSeconds"), d.getInteger("maxWaitSeconds"),
                d.getInteger("maxQueueLength"), d.getBoolean("joinWhenEmpty"),
                d.getJsonArray("organisations").stream().map(String::valueOf).map(Organisation::valueOf).toList(),
                escalation);
    }
}
