package org.numvert.sim;

import java.util.HashSet;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Virtual time for the simulated PBX: tasks run on the test's thread in time order (then in the
 * order they were scheduled), and time jumps from one to the next. Nothing waits for real.
 */
final class ManualScheduler implements SimScheduler {
    private record Task(long at, long id, Runnable run) {
    }

    private final PriorityQueue<Task> tasks = new PriorityQueue<>((a, b) -> a.at != b.at
            ? Long.compare(a.at, b.at) : Long.compare(a.id, b.id));
    private final Set<Long> cancelled = new HashSet<>();
    private long now;
    private long ids;

    ManualScheduler(long startMillis) {
        this.now = startMillis;
    }

    @Override
    public long nowMillis() {
        return now;
    }

    @Override
    public long schedule(long delayMillis, Runnable task) {
        long id = ++ids;
        tasks.add(new Task(now + Math.max(0, delayMillis), id, task));
        return id;
    }

    @Override
    public void cancel(long timer) {
        cancelled.add(timer);
    }

    @Override
    public void execute(Runnable task) {
        schedule(0, task);
    }

    /** Runs every task due up to {@code untilMillis}, then sets the clock there. */
    void runUntil(long untilMillis) {
        while (!tasks.isEmpty() && tasks.peek().at <= untilMillis) {
            Task task = tasks.poll();
            if (!cancelled.remove(task.id)) {
                now = task.at;
                task.run.run();
            }
        }
        now = untilMillis;
    }

    void runFor(long millis) {
        runUntil(now + millis);
    }
}
