package org.numvert.ivr.crisis;

import io.vertx.core.Future;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.numvert.ivr.CrisisMessages;
import org.numvert.ivr.CrisisRequest;
import org.numvert.ivr.CrisisScope;
import org.numvert.ivr.CrisisState;
import org.numvert.ivr.CrisisSwitch;
import org.numvert.ivr.ScriptLibrary;
import org.numvert.ivr.Stamp;
import org.numvert.ivr.yaml.IvrScripts;
import org.numvert.store.CrisisRepository;
import org.numvert.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The supervisors' crisis switch, per hotline and for all hotlines: what the crisis pages call, and
 * what every new call reads ({@link #current()}) before its IVR begins.
 *
 * <p>Switches are stored with their history (who switched on, who switched off or replaced, when)
 * and written to the audit trail. A switch stops applying by itself at its expiry: nothing needs to
 * run at that moment, since each call compares the expiry with its own start instant.
 *
 * <p>Threading: {@link #current()}, {@link #active()} and {@link #messages()} never block and may
 * be called from any thread (event loops included). The other methods return futures completed on
 * a {@code numvert-db} worker; writes are serialised. Listeners run on that worker after each
 * change and must not block.
 */
public final class CrisisSwitchboard {
    private static final Logger LOG = LoggerFactory.getLogger(CrisisSwitchboard.class);
    /** History pages ask for at most this many switches at once. */
    public static final int MAX_HISTORY = 500;

    private final Database database;
    private final CrisisRepository repository;
    private final Clock clock;
    private final IvrScripts scripts;
    private final List<Consumer<CrisisState>> listeners = new CopyOnWriteArrayList<>();
    private volatile CrisisState state;

    private CrisisSwitchboard(Database database, Clock clock, IvrScripts scripts, CrisisState state) {
        this.database = database;
        this.repository = new CrisisRepository(database);
        this.clock = clock;
        this.scripts = scripts;
        this.state = state;
    }

    /** Reads the switches that are on from the database. */
    public static Future<CrisisSwitchboard> open(Database database, Clock clock, IvrScripts scripts) {
        CrisisRepository repository = new CrisisRepository(database);
        return database.async(() -> new CrisisState(repository.open(clock.instant())))
                .map(state -> new CrisisSwitchboard(database, clock, scripts, state))
                .onSuccess(board -> board.active().forEach(s -> LOG.warn("crisis mode on for {} since {} by {}, until {}",
                        s.scope(), s.switchedOn().at(), s.switchedOn().by(), s.expiresAt())));
    }

    /** The snapshot new calls begin with: pass it to {@code IvrSession.begin}. */
    public CrisisState current() {
        return state;
    }

    /** The switches on now (expired ones excluded). */
    public List<CrisisSwitch> active() {
        return state.activeAt(clock.instant());
    }

    /** The switch that applies to calls of {@code hotline} now. */
    public Optional<CrisisSwitch> effectiveFor(String hotline) {
        return state.effectiveFor(hotline, clock.instant());
    }

    /** The crisis messages a supervisor may choose from. */
    public CrisisMessages messages() {
        return scripts.current().crisisMessages();
    }

    /**
     * Switches crisis mode on for the request's scope, replacing the switch of that scope that was
     * on. Fails with {@link InvalidCrisisRequest} (nothing stored) when the request is wrong.
     *
     * @param actor the login of the supervisor, kept in the history and the audit trail
     */
    public Future<CrisisSwitch> switchOn(CrisisRequest request, String actor) {
        Objects.requireNonNull(request, "request");
        requireActor(actor);
        Instant now = clock.instant();
        ScriptLibrary library = scripts.current();
        List<String> problems = request.problems(library, scripts.knownGroups(), now);
        if (!problems.isEmpty()) {
            return Future.failedFuture(new InvalidCrisisRequest(problems));
        }
        CrisisSwitch crisis = request.toSwitch(library, new Stamp(actor, now));
        return database.async(() -> write(() -> repository.switchOn(crisis)))
                .onSuccess(stored -> LOG.warn("crisis mode ON for {} by {} until {}: message {}, {}", stored.scope(),
                        actor, stored.expiresAt(), stored.message().name(), stored.routing()));
    }

    /** Switches crisis mode off for {@code scope}; empty when it was not on. */
    public Future<Optional<CrisisSwitch>> switchOff(CrisisScope scope, String actor) {
        Objects.requireNonNull(scope, "scope");
        requireActor(actor);
        Stamp stamp = new Stamp(actor, clock.instant());
        return database.async(() -> write(() -> repository.switchOff(scope, stamp)))
                .onSuccess(ended -> ended.ifPresent(s -> LOG.warn("crisis mode OFF for {} by {}", scope, actor)));
    }

    /** The most recent switches first (at most {@value #MAX_HISTORY}), of one scope or all. */
    public Future<List<CrisisSwitch>> history(Optional<CrisisScope> scope, int limit) {
        int bounded = Math.max(1, Math.min(limit, MAX_HISTORY));
        return database.async(() -> repository.history(scope, bounded));
    }

    /** Calls {@code listener} with the new state after every switch on or off. */
    public void onChange(Consumer<CrisisState> listener) {
        listeners.add(listener);
    }

    private interface Write<T> {
        T run();
    }

    private synchronized <T> T write(Write<T> write) {
        T result = write.run();
        CrisisState next = new CrisisState(repository.open(clock.instant()));
        state = next;
        for (Consumer<CrisisState> listener : listeners) {
            try {
                listener.accept(next);
            } catch (RuntimeException e) {
                LOG.error("crisis state listener failed: {}", e.toString(), e);
            }
        }
        return result;
    }

    private static void requireActor(String actor) {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("a crisis switch needs the login of who switches it");
        }
    }
}
