package org.numvert.sim;

/**
 * Time and timers of the simulated PBX. Every task runs on one thread, one at a time, so the
 * simulated callers and agents need no locks: in service Vert.x timers on the PBX's own context
 * ({@link VertxScheduler}), in tests a virtual clock that jumps from timer to timer.
 *
 * <p>Threading: {@link #execute} may be called from any thread; the other methods only from the
 * scheduler's thread (inside a task).
 */
public interface SimScheduler {

    /** The current time, epoch milliseconds. */
    long nowMillis();

    /** Runs {@code task} after {@code delayMillis}; returns an id for {@link #cancel}. */
    long schedule(long delayMillis, Runnable task);

    /** Cancels a timer that has not fired (a fired or unknown id is ignored). */
    void cancel(long timer);

    /** Runs {@code task} on the scheduler's thread soon, after the tasks handed over before it. */
    void execute(Runnable task);
}
