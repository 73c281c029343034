package org.numvert.records;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.Map;
import org.numvert.routing.AgentId;
import org.numvert.routing.AgentProfile;
import org.numvert.routing.AgentState;
import org.numvert.routing.CallId;
import org.numvert.routing.CallerNumber;
import org.numvert.routing.EndedBy;
import org.numvert.routing.GroupId;
import org.numvert.routing.HotlineId;
import org.numvert.routing.Organisation;
import org.numvert.routing.PauseReason;
import org.numvert.routing.RoutingFact;
import org.numvert.routing.RoutingFact.AgentProfileChanged;
import org.numvert.routing.RoutingFact.AgentStateChanged;
import org.numvert.routing.RoutingFact.CallAbandoned;
import org.numvert.routing.RoutingFact.CallAnswered;
import org.numvert.routing.RoutingFact.CallCompleted;
import org.numvert.routing.RoutingFact.CallOffered;
import org.numvert.routing.RoutingFact.CallOverflowed;
import org.numvert.routing.RoutingFact.CallQueued;
import org.numvert.routing.RoutingFact.CallbackCancelled;
import org.numvert.routing.RoutingFact.CallbackQueued;
import org.numvert.routing.RoutingFact.CallbackStarted;
import org.numvert.routing.RoutingFact.GroupSettingsChanged;
import org.numvert.routing.RoutingFact.OfferMissed;
import org.numvert.routing.RoutingFact.WrapUpCoded;
import org.numvert.routing.RoutingFact.WrapUpDone;
import org.numvert.store.CallEventRow;
import org.numvert.store.CallerColumns;

/**
 * Engine facts and host events to log rows and back. The detail JSON holds what the columns do
 * not; caller numbers go to the caller columns only (so that retention and erasure reach them),
 * and an agent's contact (a teleworker's own phone number) is not stored at all.
 */
final class EventCodec {
    private final CallerKeys keys;

    EventCodec(CallerKeys keys) {
        this.keys = keys;
    }

    /** The row of {@code item} (a {@link RoutingFact} or a {@link HostEvent}), or null if not recorded. */
    CallEventRow encode(int run, long seq, Object item) {
        if (item instanceof HostEvent host) {
            return encodeHost(new Row(run, seq, host.atMillis()), host);
        }
        RoutingFact fact = (RoutingFact) item;
        Row row = new Row(run, seq, fact.atMillis());
        return fact instanceof AgentStateChanged || fact instanceof AgentProfileChanged
                || fact instanceof GroupSettingsChanged ? encodeSetting(row, fact) : encodeCall(row, fact);
    }

    private CallEventRow encodeCall(Row r, RoutingFact fact) {
        if (fact instanceof CallQueued f) {
            return r.call(f.call()).group(f.group()).caller(keys.columns(f.caller()))
                    .build(EventKind.QUEUED, new JsonObject().put("hotline", f.hotline().value())
                            .put("priority", f.priority()).put("topic", f.topic())
                            .put("choices", new JsonArray(f.choices())));
        } else if (fact instanceof CallOffered f) {
            return r.call(f.call()).group(f.group()).agent(f.agent()).build(EventKind.OFFERED, new JsonObject());
        } else if (fact instanceof OfferMissed f) {
            return r.call(f.call()).group(f.group()).agent(f.agent())
                    .build(EventKind.OFFER_MISSED, new JsonObject().put("reason", f.reason()));
        } else if (fact instanceof CallAnswered f) {
            return r.call(f.call()).group(f.group()).agent(f.agent())
                    .build(EventKind.ANSWERED, new JsonObject().put("waitMillis", f.waitMillis()));
        } else if (fact instanceof CallAbandoned f) {
            return r.call(f.call()).group(f.group()).build(EventKind.ABANDONED,
                    new JsonObject().put("waitMillis", f.waitMillis()).put("short", f.shortAbandon()));
        } else if (fact instanceof CallOverflowed f) {
            return r.call(f.call()).group(f.group()).build(EventKind.OVERFLOWED, new JsonObject()
                    .put("action", SettingsJson.overflow(f.action())).put("waitMillis", f.waitMillis()));
        }
        return encodeLaterCall(r, fact);
    }

    private CallEventRow encodeLaterCall(Row r, RoutingFact fact) {
        if (fact instanceof RoutingFact.CallbackRestored f) {
            return encodeRestored(r, f);
        } else if (fact instanceof CallbackQueued f) {
            return r.call(f.call()).group(f.group()).caller(keys.columns(f.number()))
                    .build(EventKind.CALLBACK_REQUESTED, new JsonObject().put("callback", f.callback().value()));
        } else if (fact instanceof CallbackStarted f) {
            return r.call(f.callback()).group(f.group()).agent(f.agent())
                    .build(EventKind.CALLBACK_STARTED, new JsonObject().put("waitMillis", f.waitMillis()));
        } else if (fact instanceof CallbackCancelled f) {
            return r.call(f.callback()).group(f.group()).build(EventKind.CALLBACK_CANCELLED, new JsonObject());
        } else if (fact instanceof CallCompleted f) {
            return r.call(f.call()).group(f.group()).agent(f.agent()).build(EventKind.COMPLETED,
                    new JsonObject().put("talkMillis", f.talkMillis()).put("by", f.by().name()));
        } else if (fact instanceof WrapUpDone f) {
            return r.call(f.call()).group(f.group()).agent(f.agent()).build(EventKind.WRAPPED_UP,
                    new JsonObject().put("wrapUpMillis", f.wrapUpMillis()).put("code", f.wrapUpCode()));
        } else if (fact instanceof WrapUpCoded f) {
            return r.call(f.call()).agent(f.agent())
                    .build(EventKind.WRAP_UP_CODED, new JsonObject().put("code", f.wrapUpCode()));
        }
        return encodeRetries(r, fact);
    }

    private static CallEventRow encodeRetries(Row r, RoutingFact fact) {
        if (fact instanceof RoutingFact.CallbackFailed f) {
            return r.call(f.callback()).group(f.group()).agent(f.agent()).build(EventKind.CALLBACK_FAILED,
                    new JsonObject().put("reason", f.reason()).put("attempt", f.attempt())
                            .put("retryAtMillis", f.retryAtMillis()));
        } else if (fact instanceof RoutingFact.CallbackRetried f) {
            return r.call(f.callback()).group(f.group())
                    .build(EventKind.CALLBACK_RETRIED, new JsonObject().put("attempt", f.attempt()));
        }
        return null;
    }

    private CallEventRow encodeRestored(Row r, RoutingFact.CallbackRestored f) {
        return r.call(f.callback()).group(f.group()).caller(keys.columns(f.number()))
                .build(EventKind.CALLBACK_RESTORED, new JsonObject().put("hotline", f.hotline().value())
                        .put("topic", f.topic()).put("attemptsMade", f.attemptsMade())
                        .put("retryAtMillis", f.retryAtMillis()).put("requestedAtMillis", f.requestedAtMillis())
                        .put("givenUp", f.givenUp()));
    }

    private CallEventRow encodeSetting(Row r, RoutingFact fact) {
        if (fact instanceof AgentStateChanged f) {
            return r.agent(f.agent()).build(EventKind.AGENT_STATE, new JsonObject().put("from", f.from().name())
                    .put("to", f.to().name()).put("reason", f.reason() == null ? null : f.reason().code()));
        } else if (fact instanceof AgentProfileChanged f) {
            JsonObject skills = new JsonObject();
            f.profile().skills().forEach((group, level) -> skills.put(group.value(), level));
            return r.agent(f.profile().id()).build(EventKind.AGENT_PROFILE, new JsonObject()
                    .put("name", f.profile().name()).put("organisation", f.profile().organisation().name())
                    .put("skills", skills));
        }
        GroupSettingsChanged f = (GroupSettingsChanged) fact;
        return r.group(f.group().id()).build(EventKind.GROUP_SETTINGS, SettingsJson.group(f.group()));
    }

    private CallEventRow encodeHost(Row r, HostEvent event) {
        if (event instanceof HostEvent.IvrEntered e) {
            return r.call(e.call()).caller(keys.columns(e.caller()))
                    .build(EventKind.IVR_ENTERED, new JsonObject().put("hotline", e.hotline().value()));
        } else if (event instanceof HostEvent.IvrChoice e) {
            return r.call(e.call()).build(EventKind.IVR_CHOICE, new JsonObject().put("node", e.node())
                    .put("key", e.key()));
        } else if (event instanceof HostEvent.IvrLeft e) {
            return r.call(e.call()).build(EventKind.IVR_LEFT, new JsonObject().put("exit", e.exit().name())
                    .put("target", e.target()));
        } else if (event instanceof HostEvent.Transferred e) {
            return r.call(e.call()).agent(e.agent())
                    .build(EventKind.TRANSFERRED, new JsonObject().put("target", e.target()));
        } else if (event instanceof HostEvent.CallGone e) {
            return r.call(e.call()).build(EventKind.CALL_GONE, new JsonObject().put("by", e.by().name()));
        }
        return r.build(EventKind.RUN_ENDED, new JsonObject());
    }

    /** The entry a stored row stands for. */
    LogEntry decode(CallEventRow row) {
        EventKind kind = EventKind.valueOf(row.kind());
        JsonObject d = row.detail() == null ? new JsonObject() : new JsonObject(row.detail());
        return switch (kind) {
            case IVR_ENTERED, IVR_CHOICE, IVR_LEFT, TRANSFERRED, CALL_GONE, RUN_ENDED ->
                    new LogEntry(row, null, decodeHost(row, kind, d));
            default -> new LogEntry(row, decodeFact(row, kind, d), null);
        };
    }

    private static RoutingFact decodeFact(CallEventRow r, EventKind kind, JsonObject d) {
        long at = r.atMillis();
        return switch (kind) {
            case QUEUED -> new CallQueued(at, call(r), new HotlineId(d.getString("hotline")), group(r),
                    d.getInteger("priority"), number(r), d.getString("topic"),
                    d.getJsonArray("choices").stream().map(String::valueOf).toList());
            case OFFERED -> new CallOffered(at, call(r), group(r), agent(r));
            case OFFER_MISSED -> new OfferMissed(at, call(r), group(r), agent(r), d.getString("reason"));
            case ANSWERED -> new CallAnswered(at, call(r), group(r), agent(r), d.getLong("waitMillis"));
            case ABANDONED -> new CallAbandoned(at, call(r), group(r), d.getLong("waitMillis"), d.getBoolean("short"));
            case OVERFLOWED -> new CallOverflowed(at, call(r), group(r),
                    SettingsJson.overflowOf(d.getJsonObject("action")), d.getLong("waitMillis"));
            case CALLBACK_REQUESTED -> new CallbackQueued(at, call(r), new CallId(d.getString("callback")),
                    group(r), number(r));
            case CALLBACK_STARTED -> new CallbackStarted(at, call(r), group(r), agent(r), d.getLong("waitMillis"));
            case CALLBACK_CANCELLED -> new RoutingFact.CallbackCancelled(at, call(r), group(r));
            default -> decodeLaterFact(r, kind, d);
        };
    }

    private static RoutingFact decodeLaterFact(CallEventRow r, EventKind kind, JsonObject d) {
        long at = r.atMillis();
        return switch (kind) {
            case COMPLETED -> new CallCompleted(at, call(r), group(r), agent(r), d.getLong("talkMillis"),
                    EndedBy.valueOf(d.getString("by")));
            case WRAPPED_UP -> new WrapUpDone(at, call(r), group(r), agent(r), d.getLong("wrapUpMillis"),
                    d.getString("code"));
            case WRAP_UP_CODED -> new WrapUpCoded(at, call(r), agent(r), d.getString("code"));
            case AGENT_STATE -> new AgentStateChanged(at, agent(r), AgentState.valueOf(d.getString("from")),
                    AgentState.valueOf(d.getString("to")),
                    d.getString("reason") == null ? null : new PauseReason(d.getString("reason")));
            case AGENT_PROFILE -> new AgentProfileChanged(at, profile(r, d));
            case GROUP_SETTINGS -> new GroupSettingsChanged(at, SettingsJson.groupOf(r.groupId(), d));
            case CALLBACK_FAILED -> new RoutingFact.CallbackFailed(at, call(r), group(r), agent(r),
                    d.getString("reason"), d.getInteger("attempt"), d.getLong("retryAtMillis"));
            case CALLBACK_RETRIED -> new RoutingFact.CallbackRetried(at, call(r), group(r), d.getInteger("attempt"));
            case CALLBACK_RESTORED -> new RoutingFact.CallbackRestored(at, call(r), new HotlineId(d.getString("hotline")),
                    group(r), number(r), d.getString("topic"), d.getInteger("attemptsMade"),
                    d.getLong("retryAtMillis"), d.getLong("requestedAtMillis"), d.getString("givenUp"));
            default -> throw new IllegalArgumentException("not an engine fact: " + kind);
        };
    }

    private static HostEvent decodeHost(CallEventRow r, EventKind kind, JsonObject d) {
        long at = r.atMillis();
        return switch (kind) {
            case IVR_ENTERED -> new HostEvent.IvrEntered(at, call(r), new HotlineId(d.getString("hotline")), number(r));
            case IVR_CHOICE -> new HostEvent.IvrChoice(at, call(r), d.getString("node"), d.getString("key"));
            case IVR_LEFT -> new HostEvent.IvrLeft(at, call(r), IvrExit.valueOf(d.getString("exit")),
                    d.getString("target"));
            case TRANSFERRED -> new HostEvent.Transferred(at, call(r), agent(r), d.getString("target"));
            case CALL_GONE -> new HostEvent.CallGone(at, call(r), EndedBy.valueOf(d.getString("by")));
            default -> new HostEvent.RunEnded(at);
        };
    }

    private static AgentProfile profile(CallEventRow r, JsonObject d) {
        Map<GroupId, Integer> skills = new HashMap<>();
        d.getJsonObject("skills").forEach(e -> skills.put(new GroupId(e.getKey()), ((Number) e.getValue()).intValue()));
        return new AgentProfile(agent(r), d.getString("name"), Organisation.valueOf(d.getString("organisation")),
                "", skills);
    }

    private static CallId call(CallEventRow r) {
        return new CallId(r.callId());
    }

    private static GroupId group(CallEventRow r) {
        return new GroupId(r.groupId());
    }

    private static AgentId agent(CallEventRow r) {
        return new AgentId(r.agentId());
    }

    /** The number as far as the row still has it: a pseudonymised or erased row gives a withheld one. */
    private static CallerNumber number(CallEventRow r) {
        return CallerNumber.of(r.caller().number());
    }

    /** The columns of one row, filled in by the encoders. */
    private static final class Row {
        private final int run;
        private final long seq;
        private final long at;
        private String call;
        private String group;
        private String agent;
        private CallerColumns caller = CallerColumns.NONE;

        Row(int run, long seq, long at) {
            this.run = run;
            this.seq = seq;
            this.at = at;
        }

        Row call(CallId id) {
            call = id.value();
            return this;
        }

        Row group(GroupId id) {
            group = id.value();
            return this;
        }

        Row agent(AgentId id) {
            agent = id.value();
            return this;
        }

        Row caller(CallerColumns columns) {
            caller = columns;
            return this;
        }

        CallEventRow build(EventKind kind, JsonObject detail) {
            return new CallEventRow(run, seq, at, kind.name(), call, group, agent, caller, detail.encode());
        }
    }
}
