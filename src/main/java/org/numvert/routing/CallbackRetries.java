package org.numvert.routing;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.numvert.routing.RoutingEvent.CallbackFailed;
import org.numvert.routing.RoutingFact.CallbackRetried;

/**
 * Callback tasks whose customer could not be reached. The failed attempt ends as any callback
 * ends (its agent goes to wrap-up); the task waits {@link RoutingSettings#callbackRetrySeconds()}
 * out of any queue, then goes back to its group's queue as a new attempt with the same call id,
 * served after every caller on hold like any callback; after
 * {@link RoutingSettings#callbackAttempts()} attempts it is given up. Every reason counts the
 * same ({@code BUSY}, {@code NOANSWER}, {@code CHANUNAVAIL} for a number that does not exist …):
 * the PBX's word cannot tell a wrong number from a network hiccup, and a bounded number of
 * attempts keeps the cost of a wrong number small.
 *
 * <p>Waiting retries live in memory, like callback tasks in a queue; the call records keep what
 * a restart needs, and give the tasks back at the next start ({@link #restored}). Part of the
 * engine, on its thread.
 */
final class CallbackRetries {
    private final RoutingEngine engine;
    private final PriorityQueue<Pending> due = new PriorityQueue<>(
            Comparator.comparingLong(Pending::dueAt).thenComparingLong(Pending::seq));
    private final Map<GroupId, Integer> byGroup = new HashMap<>();
    private long seq;

    private record Pending(Call failed, long dueAt, long seq) {
    }

    CallbackRetries(RoutingEngine engine) {
        this.engine = engine;
    }

    /** The customer of a callback in conversation could not be reached. */
    void failed(CallbackFailed e) {
        Call call = engine.calls.get(e.call());
        if (call == null || !call.callback || call.phase != CallPhase.TALKING) {
            engine.ignore(e, "no callback in conversation");
            return;
        }
        RoutingSettings settings = engine.settings;
        long now = engine.now();
        boolean retry = call.attempt < settings.callbackAttempts();
        long retryAt = retry ? Math.max(1, now + settings.callbackRetrySeconds() * 1000L) : 0;
        engine.fact(new RoutingFact.CallbackFailed(now, call.id, call.queue.id(), call.agent.id(),
                e.reason(), call.attempt, retryAt));
        engine.complete(call, EndedBy.SYSTEM);
        if (retry) {
            due.add(new Pending(call, retryAt, seq++));
            byGroup.merge(call.queue.id(), 1, Integer::sum);
        }
    }

    /**
     * A task of an earlier run: given up when too old or without a number, else back in its
     * group's queue (after the callers on hold), or waiting for its retry time.
     */
    void restored(RoutingEvent.CallbackRestored e) {
        if (engine.calls.containsKey(e.call())) {
            engine.ignore(e, "call already known");
            return;
        }
        long now = engine.now();
        GroupQueue queue = engine.queueOf(e.group(), e.hotline());
        String givenUp = givenUp(e, now);
        boolean retry = givenUp == null && e.retryAtMillis() > now;
        engine.fact(new RoutingFact.CallbackRestored(now, e.call(), e.hotline(), queue.id(), e.number(), e.topic(),
                e.attemptsMade(), retry ? e.retryAtMillis() : 0, e.requestedAtMillis(), givenUp));
        if (givenUp != null) {
            return;
        }
        Call task = new Call(e.call(), e.hotline(), 0, e.number(), e.topic(), List.of(), true,
                engine.nextSeq(), now);
        task.onOverflow = new OverflowAction.None();
        if (retry) {
            task.attempt = e.attemptsMade();
            task.queue = queue;
            due.add(new Pending(task, e.retryAtMillis(), seq++));
            byGroup.merge(queue.id(), 1, Integer::sum);
        } else {
            task.attempt = e.attemptsMade() + 1;
            engine.calls.put(task.id, task);
            engine.enterQueue(task, queue);
            engine.callMayMatch(task);
        }
    }

    private String givenUp(RoutingEvent.CallbackRestored e, long now) {
        if (e.number().isWithheld()) {
            return "NO_NUMBER";
        }
        long maxAge = engine.settings.callbackMaxAgeHours() * 3_600_000L;
        return now - e.requestedAtMillis() > maxAge ? "EXPIRED" : null;
    }

    /** Puts back in their queues the tasks whose retry time has come. */
    void requeueDue(long now) {
        while (!due.isEmpty() && due.peek().dueAt() <= now) {
            Call failed = due.poll().failed();
            byGroup.merge(failed.queue.id(), -1, Integer::sum);
            requeue(failed, now);
        }
    }

    /** The earliest retry time, {@code Long.MAX_VALUE} when none waits. */
    long next() {
        return due.isEmpty() ? Long.MAX_VALUE : due.peek().dueAt();
    }

    /** Tasks of {@code group} waiting for their retry time. */
    int waiting(GroupId group) {
        return byGroup.getOrDefault(group, 0);
    }

    private void requeue(Call failed, long now) {
        Call retry = new Call(failed.id, failed.hotline, failed.priority, failed.caller,
                failed.topic, failed.choices, true, engine.nextSeq(), now);
        retry.attempt = failed.attempt + 1;
        retry.onOverflow = new OverflowAction.None();
        engine.calls.put(retry.id, retry);
        engine.fact(new CallbackRetried(now, retry.id, failed.queue.id(), retry.attempt));
        engine.enterQueue(retry, failed.queue);
        engine.callMayMatch(retry);
    }
}
