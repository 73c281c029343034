package org.numvert.records;

import io.vertx.core.Future;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.numvert.routing.AgentState;
import org.numvert.routing.EndedBy;
import org.numvert.routing.RoutingFact;
import org.numvert.routing.RoutingFact.AgentStateChanged;
import org.numvert.routing.RoutingFact.CallAbandoned;
import org.numvert.routing.RoutingFact.CallAnswered;
import org.numvert.routing.RoutingFact.CallCompleted;
import org.numvert.routing.RoutingFact.CallOffered;
import org.numvert.routing.RoutingFact.CallOverflowed;
import org.numvert.routing.RoutingFact.CallQueued;
import org.numvert.routing.RoutingFact.OfferMissed;
import org.numvert.store.CallEventRow;
import org.numvert.store.CallLogRepository;
import org.numvert.store.Database;

/**
 * The log in the format of Asterisk's {@code queue_log} ({@code epoch|callid|queue|agent|event|data…}),
 * for tools that read it: ENTERQUEUE, CONNECT, COMPLETEAGENT / COMPLETECALLER, ABANDON,
 * EXITWITHTIMEOUT (an overflow), RINGNOANSWER, AGENTLOGIN / AGENTLOGOFF, PAUSEALL / UNPAUSEALL.
 * The queue is the skill group, the agent its id, the caller id a pseudonym (the start of the
 * caller's key; empty when withheld), positions are not known (1). Events of several runs are
 * merged in time order.
 *
 * <p>One instance per export; pages are read on the {@code numvert-db} workers.
 */
public final class QueueLogExport {
    private static final int PAGE = 2_000;

    private final Database database;
    private final EventCodec codec;
    private final Optional<Set<String>> groups;
    private final Optional<Set<String>> agents;
    private final Map<String, Long> offeredAt = new HashMap<>();
    private final Map<String, Long> waits = new HashMap<>();
    private final Map<String, Long> loggedInAt = new HashMap<>();

    /** @param groups only calls of these groups, when set; {@code agents}: only these agents' states */
    public QueueLogExport(Database database, CallerKeys keys, Optional<Set<String>> groups,
            Optional<Set<String>> agents) {
        this.database = database;
        this.codec = new EventCodec(keys);
        this.groups = groups;
        this.agents = agents;
    }

    /** Hands the lines of [from, to) to {@code sink} page by page, the next page once it completes. */
    public Future<Void> write(Instant from, Instant to, Function<List<String>, Future<Void>> sink) {
        return page(from, to, null, sink);
    }

    private Future<Void> page(Instant from, Instant to, CallEventRow after, Function<List<String>, Future<Void>> sink) {
        return database.async(() -> new CallLogRepository(database).between(from, to, after, PAGE))
                .compose(rows -> {
                    if (rows.isEmpty()) {
                        return Future.succeededFuture();
                    }
                    List<String> lines = new ArrayList<>();
                    rows.forEach(row -> line(row).ifPresent(lines::add));
                    return sink.apply(lines).compose(v -> page(from, to, rows.get(rows.size() - 1), sink));
                });
    }

    private Optional<String> line(CallEventRow row) {
        LogEntry entry = codec.decode(row);
        RoutingFact fact = entry.fact();
        if (fact instanceof AgentStateChanged f) {
            return agents.map(a -> a.contains(row.agentId())).orElse(true) ? agentLine(f) : Optional.empty();
        }
        if (fact == null || row.callId() == null || row.groupId() == null || !groups.map(g -> g.contains(row.groupId())).orElse(true)) {
            return Optional.empty();
        }
        return callLine(row, fact);
    }

    private Optional<String> callLine(CallEventRow row, RoutingFact fact) {
        String call = row.callId();
        String head = seconds(row.atMillis()) + "|" + clean(call) + "|" + clean(row.groupId()) + "|";
        if (fact instanceof CallQueued) {
            String caller = row.caller().key() == null ? "" : row.caller().key().substring(0, 12);
            return Optional.of(head + "NONE|ENTERQUEUE||" + caller + "|1");
        } else if (fact instanceof CallOffered) {
            offeredAt.put(call, row.atMillis());
        } else if (fact instanceof OfferMissed f) {
            long rang = row.atMillis() - offeredAt.getOrDefault(call, row.atMillis());
            return Optional.of(head + clean(f.agent().value()) + "|RINGNOANSWER|" + rang);
        } else if (fact instanceof CallAnswered f) {
            waits.put(call, f.waitMillis());
            long rang = row.atMillis() - offeredAt.getOrDefault(call, row.atMillis());
            return Optional.of(head + clean(f.agent().value()) + "|CONNECT|" + seconds(f.waitMillis()) + "|"
                    + clean(call) + "|" + seconds(rang));
        } else if (fact instanceof CallCompleted f) {
            String event = f.by() == EndedBy.AGENT ? "COMPLETEAGENT" : "COMPLETECALLER";
            return Optional.of(head + clean(f.agent().value()) + "|" + event + "|"
                    + seconds(waits.getOrDefault(call, 0L)) + "|" + seconds(f.talkMillis()) + "|1");
        } else if (fact instanceof CallAbandoned f) {
            return Optional.of(head + "NONE|ABANDON|1|1|" + seconds(f.waitMillis()));
        } else if (fact instanceof CallOverflowed f) {
            return Optional.of(head + "NONE|EXITWITHTIMEOUT|1|1|" + seconds(f.waitMillis()));
        }
        return Optional.empty();
    }

    private Optional<String> agentLine(AgentStateChanged f) {
        String agent = clean(f.agent().value());
        String head = seconds(f.atMillis()) + "|NONE|NONE|" + agent + "|";
        List<String> lines = new ArrayList<>();
        if (f.from() == AgentState.LOGGED_OUT) {
            loggedInAt.put(agent, f.atMillis());
            lines.add(head + "AGENTLOGIN|" + agent);
        }
        if (f.to() == AgentState.PAUSED) {
            lines.add(head + "PAUSEALL|" + (f.reason() == null ? "" : clean(f.reason().code())));
        } else if (f.from() == AgentState.PAUSED && f.to() != AgentState.LOGGED_OUT) {
            lines.add(head + "UNPAUSEALL|");
        }
        if (f.to() == AgentState.LOGGED_OUT) {
            Long since = loggedInAt.remove(agent);
            lines.add(head + "AGENTLOGOFF|" + agent + "|" + (since == null ? 0 : seconds(f.atMillis() - since)));
        }
        return lines.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", lines));
    }

    private static long seconds(long millis) {
        return Math.floorDiv(millis, 1000);
    }

    private static String clean(String value) {
        return value.replace('|', '_').replace('\n', ' ').replace('\r', ' ');
    }
}
