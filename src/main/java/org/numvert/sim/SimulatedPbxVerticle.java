package org.numvert.sim;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import java.security.SecureRandom;
import java.time.InstantSource;
import org.numvert.routing.EngineClient;

/**
 * Runs the {@link SimulatedPbx} on its own Vert.x context with Vert.x timers, subscribed to the
 * engine's outputs. A seed of 0 is replaced by a random one, logged, so that a run can be replayed.
 * Once deployed, connect {@link #pbx()} to the engine as its call-control port, then
 * {@link SimulatedPbx#start()} it.
 */
public final class SimulatedPbxVerticle extends VerticleBase {
    private final EngineClient engine;
    private final SimSettings settings;
    private final SimEnvironment environment;
    private final InstantSource clock;
    private volatile SimulatedPbx pbx;
    private EngineClient.Subscription subscription;

    public SimulatedPbxVerticle(EngineClient engine, SimSettings settings, SimEnvironment environment,
            InstantSource clock) {
        this.engine = engine;
        this.settings = settings;
        this.environment = environment;
        this.clock = clock;
    }

    @Override
    public Future<?> start() {
        long seed = settings.seed() != 0 ? settings.seed() : new SecureRandom().nextLong() & Long.MAX_VALUE;
        SimSettings seeded = new SimSettings(settings.callsPerHour(), settings.agents(), seed, settings.promptSpeed(),
                settings.followOpeningHours(), settings.dailyShape(), settings.repeatCallers());
        String prefix = "s" + Long.toString(clock.millis() / 1000, 36);
        pbx = new SimulatedPbx(new VertxScheduler(vertx, context, clock), engine, seeded, environment, prefix);
        subscription = engine.subscribe(pbx);
        return Future.succeededFuture();
    }

    @Override
    public Future<?> stop() {
        if (subscription != null) {
            subscription.cancel();
        }
        if (pbx != null) {
            pbx.stop();
        }
        return Future.succeededFuture();
    }

    /** The PBX, once deployed. */
    public SimulatedPbx pbx() {
        return pbx;
    }
}
