package org.numvert.records;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.numvert.routing.RoutingFact;
import org.numvert.routing.RoutingFact.CallAbandoned;
import org.numvert.routing.RoutingFact.CallAnswered;
import org.numvert.routing.RoutingFact.CallCompleted;
import org.numvert.routing.RoutingFact.CallOffered;
import org.numvert.routing.RoutingFact.CallOverflowed;
import org.numvert.routing.RoutingFact.CallQueued;
import org.numvert.routing.RoutingFact.CallbackCancelled;
import org.numvert.routing.RoutingFact.CallbackFailed;
import org.numvert.routing.RoutingFact.CallbackQueued;
import org.numvert.routing.RoutingFact.CallbackStarted;
import org.numvert.routing.RoutingFact.OfferMissed;
import org.numvert.routing.RoutingFact.WrapUpCoded;
import org.numvert.routing.RoutingFact.WrapUpDone;
import org.numvert.routing.OverflowAction;
import org.numvert.store.CallSummaryRow;

/**
 * The summaries a sequence of log entries changes, and the rules that change them. Live, a
 * batch loads the summaries it touches from the database first; a rebuild starts empty and
 * applies the whole log. A summary is created by the first event of a call (IVR entry, queue
 * entry, callback request); other events of an unknown call change nothing.
 */
final class SummaryBook {
    private final int run;
    private final Function<String, String> hotlineOfGroup;
    private final Map<String, CallSummary> summaries = new LinkedHashMap<>();
    private final Map<String, CallSummaryRow> loaded = new HashMap<>();

    /** @param hotlineOfGroup the hotline of a group (a callback task inherits its group's) */
    SummaryBook(int run, Function<String, String> hotlineOfGroup) {
        this.run = run;
        this.hotlineOfGroup = hotlineOfGroup;
    }

    /** The calls whose summaries {@code entry} may change. */
    static List<String> callsOf(LogEntry entry) {
        if (entry.fact() instanceof CallbackQueued f) {
            return List.of(f.call().value(), f.callback().value());
        }
        return entry.row().callId() == null ? List.of() : List.of(entry.row().callId());
    }

    /** Summaries as stored before this batch. */
    void load(Collection<CallSummaryRow> rows) {
        for (CallSummaryRow row : rows) {
            loaded.put(row.callId(), row);
            summaries.put(row.callId(), CallSummary.fromRow(row));
        }
    }

    void apply(LogEntry entry) {
        Instant at = Instant.ofEpochMilli(entry.atMillis());
        if (entry.host() instanceof HostEvent.RunEnded) {
            summaries.values().stream().filter(CallSummary::unfinished).forEach(s -> interrupt(s, at));
        } else if (entry.host() != null) {
            applyHost(entry, at);
        } else if (entry.fact() instanceof CallbackQueued f) {
            callbackQueued(entry, f, at);
        } else if (entry.fact() instanceof RoutingFact.CallbackRestored f) {
            callbackRestored(entry, f, at);
        } else if (entry.fact() instanceof CallQueued f) {
            queued(create(f.call().value(), at), entry, f, at);
        } else {
            CallSummary s = summaries.get(entry.row().callId());
            if (s != null) {
                applyFact(s, entry.fact(), at);
            }
        }
    }

    /** Summaries that did not exist before. */
    List<CallSummaryRow> created() {
        List<CallSummaryRow> rows = new ArrayList<>();
        summaries.forEach((id, s) -> {
            if (!loaded.containsKey(id)) {
                rows.add(s.toRow());
            }
        });
        return rows;
    }

    /** Summaries that existed and changed. */
    List<CallSummaryRow> changed() {
        List<CallSummaryRow> rows = new ArrayList<>();
        summaries.forEach((id, s) -> {
            CallSummaryRow before = loaded.get(id);
            CallSummaryRow now = s.toRow();
            if (before != null && !before.equals(now)) {
                rows.add(now);
            }
        });
        return rows;
    }

    Collection<CallSummary> all() {
        return summaries.values();
    }

    private CallSummary create(String callId, Instant at) {
        return summaries.computeIfAbsent(callId, id -> new CallSummary(run, id, at));
    }

    private void applyHost(LogEntry entry, Instant at) {
        String callId = entry.row().callId();
        if (entry.host() instanceof HostEvent.IvrEntered e) {
            CallSummary s = create(callId, at);
            s.hotline = e.hotline().value();
            s.callerOnce(entry.caller());
            return;
        }
        CallSummary s = summaries.get(callId);
        if (s == null) {
            return;
        }
        if (entry.host() instanceof HostEvent.IvrChoice e) {
            s.addChoice(e.key());
        } else if (entry.host() instanceof HostEvent.IvrLeft e) {
            s.ivrExit = e.exit().name();
            if (e.exit() != IvrExit.QUEUED && e.exit() != IvrExit.CALLBACK && s.queuedAt == null) {
                endInIvr(s, at, null);
            }
        } else if (entry.host() instanceof HostEvent.Transferred) {
            s.transfers++;
        } else if (entry.host() instanceof HostEvent.CallGone e && s.queuedAt == null) {
            endInIvr(s, at, e.by().name());
        }
    }

    private static void endInIvr(CallSummary s, Instant at, String by) {
        if (s.outcome == Outcome.IN_PROGRESS) {
            s.outcome = Outcome.IVR_ONLY;
        }
        if (s.endedAt == null) {
            s.endedAt = at;
        }
        if (s.endedBy == null) {
            s.endedBy = by;
        }
    }

    private static void queued(CallSummary s, LogEntry entry, CallQueued f, Instant at) {
        s.queuedAt = s.queuedAt == null ? at : s.queuedAt;
        s.firstGroupId = s.firstGroupId == null ? f.group().value() : s.firstGroupId;
        s.groupId = f.group().value();
        s.hotline = f.hotline().value();
        s.priority = f.priority();
        s.topic = f.topic();
        s.choices(f.choices());
        s.callerOnce(entry.caller());
    }

    private void callbackQueued(LogEntry entry, CallbackQueued f, Instant at) {
        CallSummary origin = summaries.get(f.call().value());
        if (origin != null) {
            origin.callbacks++;
            origin.callbackId = f.callback().value();
            if (origin.outcome == Outcome.IN_PROGRESS || origin.outcome == Outcome.OVERFLOWED) {
                origin.outcome = Outcome.CALLBACK_REQUESTED;
            }
            origin.endedAt = origin.endedAt == null ? at : origin.endedAt;
        }
        CallSummary task = create(f.callback().value(), at);
        task.kind = CallSummary.CALLBACK;
        task.originCallId = f.call().value();
        task.groupId = f.group().value();
        task.firstGroupId = task.firstGroupId == null ? f.group().value() : task.firstGroupId;
        task.hotline = origin != null ? origin.hotline : hotlineOfGroup.apply(f.group().value());
        task.queuedAt = task.queuedAt == null ? at : task.queuedAt;
        task.callerOnce(entry.caller());
    }

    /**
     * A callback task of an earlier run, taken over by this one: its summary here continues the
     * earlier one (asked for at the same time, attempts so far), or ends it when given up.
     */
    private void callbackRestored(LogEntry entry, RoutingFact.CallbackRestored f, Instant at) {
        CallSummary task = create(f.callback().value(), Instant.ofEpochMilli(f.requestedAtMillis()));
        task.kind = CallSummary.CALLBACK;
        task.groupId = f.group().value();
        task.firstGroupId = task.firstGroupId == null ? f.group().value() : task.firstGroupId;
        task.hotline = f.hotline().value();
        task.topic = f.topic();
        task.queuedAt = task.queuedAt == null ? task.enteredAt : task.queuedAt;
        task.callbackAttempts = Math.max(task.callbackAttempts, f.attemptsMade());
        task.callerOnce(entry.caller());
        if (f.isGivenUp()) {
            task.outcome = Outcome.CALLBACK_FAILED;
            task.callbackResult = f.givenUp();
            task.endedAt = at;
            task.endedBy = "SYSTEM";
        }
    }

    private static void applyFact(CallSummary s, RoutingFact fact, Instant at) {
        if (fact instanceof CallOffered) {
            s.offers++;
        } else if (fact instanceof OfferMissed) {
            s.missedOffers++;
        } else if (fact instanceof CallAnswered f) {
            answered(s, at, f.agent().value(), f.waitMillis(), Outcome.ANSWERED);
        } else if (fact instanceof CallbackStarted f) {
            answered(s, at, f.agent().value(), f.waitMillis(), Outcome.CALLBACK_MADE);
            s.callbackAttempts++;
        } else if (fact instanceof CallAbandoned f) {
            s.endedAt = at;
            s.endedBy = "CALLER";
            s.waitMillis = f.waitMillis();
            s.outcome = f.shortAbandon() ? Outcome.SHORT_ABANDONED : Outcome.ABANDONED;
        } else if (fact instanceof CallOverflowed f) {
            overflowed(s, f, at);
        } else {
            applyLaterFact(s, fact, at);
        }
    }

    private static void applyLaterFact(CallSummary s, RoutingFact fact, Instant at) {
        if (fact instanceof CallbackCancelled) {
            s.outcome = Outcome.CALLBACK_CANCELLED;
            s.endedAt = at;
        } else if (fact instanceof CallbackFailed f) {
            callbackFailed(s, f, at);
        } else if (fact instanceof CallCompleted f) {
            // a callback waiting for its next attempt is still in progress: not ended
            s.endedAt = s.outcome == Outcome.IN_PROGRESS ? s.endedAt : at;
            s.talkMillis = f.talkMillis();
            s.endedBy = f.by().name();
        } else if (fact instanceof WrapUpDone f) {
            s.wrappedUpAt = at;
            s.wrapUpMillis = f.wrapUpMillis();
            s.wrapUpCode = f.wrapUpCode() == null ? s.wrapUpCode : f.wrapUpCode();
        } else if (fact instanceof WrapUpCoded f) {
            s.wrapUpCode = f.wrapUpCode();
        }
    }

    /** The attempt did not count as made; the task waits for its next one, or is given up. */
    private static void callbackFailed(CallSummary s, CallbackFailed f, Instant at) {
        s.answeredAt = null;
        s.callbackResult = f.reason();
        if (f.givenUp()) {
            s.outcome = Outcome.CALLBACK_FAILED;
            s.endedAt = at;
        } else {
            s.outcome = Outcome.IN_PROGRESS;
        }
    }

    private static void answered(CallSummary s, Instant at, String agent, long wait, Outcome outcome) {
        s.answeredAt = at;
        s.agentId = agent;
        s.waitMillis = wait;
        s.outcome = outcome;
    }

    private static void overflowed(CallSummary s, CallOverflowed f, Instant at) {
        s.overflows++;
        s.overflowAction = SettingsJson.overflowName(f.action());
        if (!(f.action() instanceof OverflowAction.ToGroup)) {
            s.outcome = Outcome.OVERFLOWED;
            s.endedAt = at;
            s.waitMillis = f.waitMillis();
        }
    }

    /** The run ended: a callback task still owed is carried over to the next run, the rest interrupted. */
    private static void interrupt(CallSummary s, Instant at) {
        if (s.outcome == Outcome.IN_PROGRESS) {
            boolean owed = CallSummary.CALLBACK.equals(s.kind) && s.answeredAt == null;
            s.outcome = owed ? Outcome.CALLBACK_CARRIED : Outcome.INTERRUPTED;
        }
        if (s.endedAt == null) {
            s.endedAt = at;
            s.endedBy = "UNKNOWN";
        }
        if (s.answeredAt != null && s.wrappedUpAt == null) {
            s.wrappedUpAt = at;
        }
    }
}
