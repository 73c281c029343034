package org.numvert.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.numvert.records.RecordsFixture.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.numvert.routing.AgentId;
import org.numvert.routing.AgentProfile;
import org.numvert.routing.CallId;
import org.numvert.routing.CallerNumber;
import org.numvert.routing.EndedBy;
import org.numvert.routing.GroupId;
import org.numvert.routing.HotlineId;
import org.numvert.routing.IntervalFigures;
import org.numvert.routing.Organisation;
import org.numvert.routing.OverflowAction;
import org.numvert.routing.PauseReason;
import org.numvert.routing.RoutingEngine;
import org.numvert.routing.RoutingEvent;
import org.numvert.routing.RoutingSettings;
import org.numvert.routing.SkillGroup;

/**
 * Today's rows of the earlier runs, read back into a new engine, give the figures the engine of
 * the earlier run showed; the current run's rows and other days are left out.
 */
class TodayFiguresTest {
    private static final Instant NINE = Instant.parse("2026-03-10T08:00:00Z"); // 09:00 in Paris
    private static final HotlineId HOTLINE = new HotlineId("entreprises");
    private static final GroupId AIDES = new GroupId("entreprises-aides");
    private static final GroupId PASS = new GroupId("entreprises-pass");
    private static final AgentId ALICE = new AgentId("alice");
    private static final AgentId BOB = new AgentId("bob");

    private final RecordsFixture fixture;

    TodayFiguresTest() throws Exception {
        fixture = new RecordsFixture(NINE);
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void aRestartedEngineShowsTheFiguresOfTheEarlierRunAndCountsOnFromThere() throws Exception {
        CallRecorder first = fixture.start();
        Feed before = new Feed(fixture.engine, first);
        before.configure();
        for (int i = 0; i < 6; i++) {
            before.call("a" + i, i % 3 == 0 ? PASS : AIDES, i % 2 == 0);
        }
        before.events(new RoutingEvent.AgentPaused(BOB, PauseReason.LUNCH));
        fixture.clock.advance(Duration.ofMinutes(25));
        IntervalFigures aides = fixture.engine.view().today(AIDES);
        IntervalFigures total = fixture.engine.view().todayTotal();
        fixture.stop();

        CallRecorder second = fixture.start();
        RoutingEngine restarted = RoutingEngine.builder(fixture.clock).settings(RoutingSettings.DEFAULTS).build();
        Feed after = new Feed(restarted, second);
        after.configure();
        after.call("b1", AIDES, true);
        await(second.whenDurable(second.status().appended()));

        List<IntervalFigures> rows = await(new TodayFigures(fixture.database, RoutingEngine.PARIS)
                .before(second.status().run(), fixture.clock.instant()));
        RoutingEngine reference = RoutingEngine.builder(fixture.clock).settings(RoutingSettings.DEFAULTS).build();
        reference.restoreStatistics(rows);

        assertThat(reference.view().today(AIDES)).usingRecursiveComparison()
                .ignoringFields("fromMillis", "toMillis").isEqualTo(aides);
        assertThat(reference.view().todayTotal()).usingRecursiveComparison()
                .ignoringFields("fromMillis", "toMillis").isEqualTo(total);
        assertThat(aides.offered()).isEqualTo(4);
        assertThat(total.offered()).isEqualTo(6);
        assertThat(total.availableMillis()).as("each agent once").isLessThan(
                aides.availableMillis() + fixture.engine.view().today(PASS).availableMillis());

        restarted.restoreStatistics(rows);
        assertThat(restarted.view().today(AIDES).offered()).isEqualTo(5);
        assertThat(restarted.view().today(AIDES).answered()).isEqualTo(aides.answered() + 1);
    }

    @Test
    void rowsOfAnotherDayAreNotRead() throws Exception {
        CallRecorder first = fixture.start();
        Feed before = new Feed(fixture.engine, first);
        before.configure();
        before.call("a1", AIDES, true);
        fixture.stop();
        fixture.clock.advance(Duration.ofDays(1));

        List<IntervalFigures> rows = await(new TodayFigures(fixture.database, RoutingEngine.PARIS)
                .before(first.status().run() + 1, fixture.clock.instant()));

        assertThat(rows).isEmpty();
    }

    /** Events into an engine whose outputs go to a run's recorder, on the fixture's clock. */
    private final class Feed {
        private final RoutingEngine engine;
        private final CallRecorder recorder;

        Feed(RoutingEngine engine, CallRecorder recorder) {
            this.engine = engine;
            this.recorder = recorder;
        }

        void events(RoutingEvent... events) {
            for (RoutingEvent event : events) {
                engine.handle(event).forEach(recorder::onOutput);
            }
        }

        /** Two groups; Alice in both, Bob in Aides; both ready. */
        void configure() {
            events(group(AIDES), group(PASS),
                    agent(ALICE, Map.of(AIDES, 3, PASS, 3)), agent(BOB, Map.of(AIDES, 2)),
                    new RoutingEvent.AgentLoggedIn(ALICE), new RoutingEvent.AgentReady(ALICE),
                    new RoutingEvent.AgentLoggedIn(BOB), new RoutingEvent.AgentReady(BOB));
        }

        /** A call answered after 10 s, 2 minutes of talk and wrap-up ended; or abandoned while ringing, after 8 s. */
        void call(String id, GroupId group, boolean answered) {
            CallId call = new CallId(id);
            fixture.clock.advance(Duration.ofSeconds(30));
            events(new RoutingEvent.CallEntered(call, HOTLINE, group, 0, CallerNumber.of("0612345678"), "",
                    List.of(), new OverflowAction.None()));
            AgentId agent = engine.view().call(call).orElseThrow().agent();
            if (answered) {
                fixture.clock.advance(Duration.ofSeconds(10));
                events(new RoutingEvent.OfferAnswered(call, agent));
                fixture.clock.advance(Duration.ofMinutes(2));
                events(new RoutingEvent.CallEnded(call, EndedBy.CALLER), new RoutingEvent.WrapUpEnded(agent, "info"));
            } else {
                fixture.clock.advance(Duration.ofSeconds(8));
                events(new RoutingEvent.CallEnded(call, EndedBy.CALLER));
            }
        }

        private RoutingEvent group(GroupId id) {
            return new RoutingEvent.GroupConfigured(new SkillGroup(id, HOTLINE, id.value(), 20, 20, 0, 0, true,
                    List.of(Organisation.REGION), List.of()));
        }

        private RoutingEvent agent(AgentId id, Map<GroupId, Integer> skills) {
            return new RoutingEvent.AgentConfigured(new AgentProfile(id, id.value(), Organisation.REGION,
                    "PJSIP/" + id.value(), skills));
        }
    }
}
