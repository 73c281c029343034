package org.numvert.ivr.crisis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.numvert.ivr.CrisisRequest;
import org.numvert.ivr.CrisisRouting;
import org.numvert.ivr.CrisisScope;
import org.numvert.ivr.CrisisSwitch;
import org.numvert.ivr.DryRun;
import org.numvert.ivr.IvrOutcome;
import org.numvert.ivr.yaml.IvrScripts;
import org.numvert.store.Database;
import org.numvert.store.Migrations;

/** The crisis switch as the pages will use it: real HSQLDB, real worker pool, a clock we move. */
class CrisisSwitchboardTest {
    private static Vertx vertx;

    @TempDir
    Path temp;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-05-11T07:00:00Z"));
    private Database database;
    private IvrScripts scripts;
    private CrisisSwitchboard board;

    /** A clock the test moves by hand. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @BeforeAll
    static void startVertx() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stopVertx() throws Exception {
        await(vertx.close());
    }

    @BeforeEach
    void open() throws Exception {
        database = Database.openMemory("crisis-" + UUID.randomUUID()).withWorkers(vertx);
        Migrations.fromClasspath(database).migrate();
        scripts = IvrScripts.open(Path.of("ivr-scripts"), temp.resolve("kept"), Set::of);
        board = await(CrisisSwitchboard.open(database, clock, scripts));
    }

    @AfterEach
    void close() throws Exception {
        scripts.close();
        database.close();
    }

    static <T> T await(Future<T> future) throws Exception {
        try {
            return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception) {
                throw (Exception) e.getCause();
            }
            throw e;
        }
    }

    private CrisisRequest request(CrisisScope scope, CrisisRouting routing, Duration lasting) {
        return new CrisisRequest(scope, "crise-renfort", routing, clock.instant().plus(lasting), "plan blanc");
    }

    private IvrOutcome dryRun(String hotline, String... keys) {
        return DryRun.run(scripts.current(), hotline, clock.instant(), List.of(keys), board.current()).outcome();
    }

    @Test
    void switchedOnForAllHotlinesThenExpiresByItself() throws Exception {
        CrisisSwitch on = await(board.switchOn(request(CrisisScope.ALL, new CrisisRouting.ToGroup("crise-renfort"),
                Duration.ofHours(2)), "sophie.martin"));

        assertThat(on.message().text()).startsWith("Nos conseillers sont tous mobilisés");
        assertThat(board.effectiveFor("transport")).contains(on);
        assertThat(((IvrOutcome.RouteToGroup) dryRun("transport")).group()).isEqualTo("crise-renfort");

        clock.advance(Duration.ofHours(2));

        assertThat(board.active()).isEmpty();
        assertThat(((IvrOutcome.RouteToGroup) dryRun("transport", "1")).group()).isEqualTo("transport-soignants");
        CrisisSwitch stored = await(board.history(Optional.empty(), 10)).get(0);
        assertThat(stored).isEqualTo(on);
        assertThat(stored.ended()).isEmpty();
        assertThat(stored.endedAt(clock.instant())).contains(on.expiresAt());
        assertThat(stored.switchedOn().by()).isEqualTo("sophie.martin");
    }

    @Test
    void aNewSwitchReplacesTheOneOfTheSameScopeAndSwitchingOffEndsIt() throws Exception {
        CrisisSwitch first = await(board.switchOn(request(CrisisScope.of("formation"), new CrisisRouting.MessageOnly(),
                Duration.ofDays(1)), "sophie.martin"));
        clock.advance(Duration.ofMinutes(10));
        CrisisSwitch second = await(board.switchOn(request(CrisisScope.of("formation"),
                new CrisisRouting.ToHotline("entreprises"), Duration.ofDays(1)), "paul.durand"));

        assertThat(board.active()).containsExactly(second);
        List<CrisisSwitch> history = await(board.history(Optional.of(CrisisScope.of("formation")), 10));
        assertThat(history).extracting(CrisisSwitch::id).containsExactly(second.id(), first.id());
        assertThat(history.get(1).ended()).hasValueSatisfying(s -> assertThat(s.by()).isEqualTo("paul.durand"));

        clock.advance(Duration.ofMinutes(5));
        assertThat(await(board.switchOff(CrisisScope.of("formation"), "sophie.martin")))
                .hasValueSatisfying(s -> assertThat(s.ended().orElseThrow().by()).isEqualTo("sophie.martin"));
        assertThat(board.effectiveFor("formation")).isEmpty();
        assertThat(await(board.switchOff(CrisisScope.of("formation"), "sophie.martin"))).isEmpty();
    }

    @Test
    void theStateSurvivesARestartAndListenersHearChanges() throws Exception {
        List<Object> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        board.onChange(heard::add);
        CrisisSwitch on = await(board.switchOn(request(CrisisScope.of("transport"), new CrisisRouting.MessageOnly(),
                Duration.ofHours(3)), "sophie.martin"));

        CrisisSwitchboard reopened = await(CrisisSwitchboard.open(database, clock, scripts));

        assertThat(reopened.active()).containsExactly(on);
        assertThat(heard).hasSize(1);
    }

    @Test
    void aWrongRequestStoresNothingAndNamesEveryProblem() throws Exception {
        CrisisRequest wrong = new CrisisRequest(CrisisScope.of("transports"), "crise-inconnue",
                new CrisisRouting.ToGroup("crise-renfor"), clock.instant().minusSeconds(1), "");

        assertThatThrownBy(() -> await(board.switchOn(wrong, "sophie.martin")))
                .isInstanceOfSatisfying(InvalidCrisisRequest.class, e -> assertThat(e.problems()).containsExactly(
                        "unknown hotline 'transports' (did you mean 'transport'?)",
                        "unknown crisis message 'crise-inconnue'",
                        "unknown skill group 'crise-renfor' (did you mean 'crise-renfort'?)",
                        "the expiry must be in the future"));
        assertThatThrownBy(() -> await(board.switchOn(request(CrisisScope.ALL, new CrisisRouting.MessageOnly(),
                Duration.ofDays(40)), "sophie.martin"))).hasMessageContaining("within 31 days");
        assertThatThrownBy(() -> board.switchOn(request(CrisisScope.ALL, new CrisisRouting.MessageOnly(),
                Duration.ofHours(1)), " ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(await(board.history(Optional.empty(), 10))).isEmpty();
    }

    @Test
    void theMessagesToChooseFromComeFromTheScripts() {
        assertThat(board.messages().messages()).containsKeys("crise-sanitaire", "crise-intemperies");
    }
}
