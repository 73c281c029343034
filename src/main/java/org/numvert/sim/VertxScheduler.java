package org.numvert.sim;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.time.InstantSource;

/** {@link SimScheduler} on a Vert.x context: its timers and its event-loop thread. */
final class VertxScheduler implements SimScheduler {
    private final Vertx vertx;
    private final Context context;
    private final InstantSource clock;

    VertxScheduler(Vertx vertx, Context context, InstantSource clock) {
        this.vertx = vertx;
        this.context = context;
        this.clock = clock;
    }

    @Override
    public long nowMillis() {
        return clock.millis();
    }

    @Override
    public long schedule(long delayMillis, Runnable task) {
        return vertx.setTimer(Math.max(1, delayMillis), id -> task.run());
    }

    @Override
    public void cancel(long timer) {
        vertx.cancelTimer(timer);
    }

    @Override
    public void execute(Runnable task) {
        context.runOnContext(v -> task.run());
    }
}
