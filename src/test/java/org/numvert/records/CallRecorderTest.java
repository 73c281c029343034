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
import org.numvert.routing.RoutingEvent;
import org.numvert.routing.SkillGroup;
import org.numvert.store.AgentFigures;
import org.numvert.store.AgentIntervalRow;
import org.numvert.store.CallSummaryRepository;
import org.numvert.store.CallSummaryRow;
import org.numvert.store.CallerColumns;
import org.numvert.store.GroupIntervalRow;
import org.numvert.store.IntervalRepository;
import org.numvert.store.RecordRun;
import org.numvert.store.RecordRunRepository;

/** The journal end to end: engine facts and host events to log, summaries, agent states and intervals. */
class CallRecorderTest {
    private static final Instant NINE = Instant.parse("2026-03-10T08:00:00Z"); // 09:00 in Paris
    private static final HotlineId HOTLINE = new HotlineId("entreprises");
    private static final GroupId AIDES = new GroupId("entreprises-aides");
    private static final AgentId ALICE = new AgentId("alice");

    private final RecordsFixture fixture;
    private final CallRecorder recorder;

    CallRecorderTest() throws Exception {
        fixture = new RecordsFixture(NINE);
        recorder = fixture.start();
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void aDayOfCallsBecomesSummariesAgentStatesAndIntervalsThatTheLogRebuilds() throws Exception {
        configure();
        answeredCall();
        abandonedCall();
        ivrOnlyCall();
        fixture.clock.advance(Duration.ofMinutes(20));
        fixture.handle(recorder, new RoutingEvent.AgentPaused(ALICE, PauseReason.LUNCH));
        fixture.clock.advance(Duration.ofMinutes(30));
        fixture.stop();

        Map<String, CallSummaryRow> calls = summaries();
        CallSummaryRow answered = calls.get("c1");
        assertThat(answered.outcome()).isEqualTo("ANSWERED");
        assertThat(answered.enteredAt()).isEqualTo(NINE.plusSeconds(60));
        assertThat(answered.queuedAt()).isEqualTo(NINE.plusSeconds(75));
        assertThat(answered.waitMillis()).isEqualTo(10_000);
        assertThat(answered.talkMillis()).isEqualTo(120_000);
        assertThat(answered.wrapUpMillis()).isEqualTo(20_000);
        assertThat(answered.wrapUpCode()).isEqualTo("renseignement");
        assertThat(answered.agentId()).isEqualTo("alice");
        assertThat(answered.choices()).isEqualTo("1,2");
        assertThat(answered.caller()).isEqualTo(CallerColumns.clear("0612345678",
                RecordsFixture.KEYS.keyOf(new CallerNumber("+33 6 12 34 56 78"))));
        assertThat(calls.get("c2").outcome()).isEqualTo("ABANDONED");
        assertThat(calls.get("c2").caller().state()).isEqualTo(CallerColumns.WITHHELD);
        assertThat(calls.get("c2").caller().number()).isNull();
        assertThat(calls.get("c3").outcome()).isEqualTo("IVR_ONLY");
        assertThat(calls.get("c3").ivrExit()).isEqualTo("HUNG_UP");

        IntervalFigures nineToTen = groupFigures();
        assertThat(nineToTen.offered()).isEqualTo(3);
        assertThat(nineToTen.answered()).isEqualTo(2);
        assertThat(nineToTen.answeredWithinThreshold()).isEqualTo(2);
        assertThat(nineToTen.abandoned()).isEqualTo(1);
        assertThat(nineToTen.handled()).isEqualTo(2);
        assertThat(nineToTen.talkMillis()).isEqualTo(160_000);

        AgentFigures alice = agentFigures();
        assertThat(alice.onCallMillis()).isEqualTo(160_000);
        assertThat(alice.wrapUpStateMillis()).isEqualTo(20_000);
        assertThat(alice.pausedByReason()).containsEntry("lunch", 30 * 60_000L).containsKey("not-ready");
        assertThat(alice.handled()).isEqualTo(2);
        assertThat(alice.loggedInMillis()).as("logged out at the end of the run")
                .isEqualTo(Duration.between(NINE, fixture.clock.instant()).toMillis());

        int run = recorder.status().run();
        assertThat(new RunReplay(fixture.database, RecordsFixture.KEYS).check(run)).isEmpty();
        assertThat(new RecordRunRepository(fixture.database).find(run).orElseThrow().state())
                .isEqualTo(RecordRun.STOPPED);
    }

    @Test
    void everythingAppendedIsDurableOnceCloseCompletesAndLaterEventsAreRefused() throws Exception {
        configure();
        answeredCall();
        long appended = recorder.status().appended();

        await(recorder.close());
        recorder.ivrEntered(new CallId("late"), HOTLINE, CallerNumber.of("0600000000"));

        RecorderStatus status = recorder.status();
        assertThat(status.durable()).isGreaterThan(appended).isEqualTo(status.appended() + 1);
        assertThat(status.backlog()).isZero();
        assertThat(summaries()).doesNotContainKey("late");
    }

    private void configure() {
        fixture.handle(recorder, new RoutingEvent.GroupConfigured(new SkillGroup(AIDES, HOTLINE, "Aides", 20, 20,
                0, 0, true, List.of(Organisation.REGION, Organisation.ADOCC), List.of())));
        fixture.handle(recorder, new RoutingEvent.AgentConfigured(new AgentProfile(ALICE, "Alice",
                Organisation.ADOCC, "PJSIP/1001", Map.of(AIDES, 3))));
        fixture.handle(recorder, new RoutingEvent.AgentLoggedIn(ALICE));
        fixture.clock.advance(Duration.ofSeconds(30));
        fixture.handle(recorder, new RoutingEvent.AgentReady(ALICE));
    }

    /** 09:01 in the IVR, 09:01:15 queued, answered 10 s later, 2 min of talk, 20 s of wrap-up. */
    private void answeredCall() {
        CallId c1 = new CallId("c1");
        fixture.clock.advance(Duration.ofSeconds(30));
        recorder.ivrEntered(c1, HOTLINE, CallerNumber.of("+33 6 12 34 56 78"));
        recorder.ivrChoice(c1, "accueil", "1");
        fixture.clock.advance(Duration.ofSeconds(15));
        recorder.ivrLeft(c1, IvrExit.QUEUED, AIDES.value());
        fixture.handle(recorder, new RoutingEvent.CallEntered(c1, HOTLINE, AIDES, 0,
                CallerNumber.of("+33 6 12 34 56 78"), "aides", List.of("1", "2"), new OverflowAction.None()));
        fixture.clock.advance(Duration.ofSeconds(10));
        fixture.handle(recorder, new RoutingEvent.OfferAnswered(c1, ALICE));
        fixture.clock.advance(Duration.ofMinutes(2));
        fixture.handle(recorder, new RoutingEvent.CallEnded(c1, EndedBy.CALLER));
        fixture.clock.advance(Duration.ofSeconds(20));
        fixture.handle(recorder, new RoutingEvent.WrapUpEnded(ALICE, "renseignement"));
    }

    /** A withheld caller waits 40 s while Alice is on a call, and hangs up. */
    private void abandonedCall() {
        CallId c1b = new CallId("c1b");
        CallId c2 = new CallId("c2");
        fixture.handle(recorder, new RoutingEvent.CallEntered(c1b, HOTLINE, AIDES, 0, CallerNumber.of("0611111111"),
                "", List.of(), new OverflowAction.None()));
        fixture.handle(recorder, new RoutingEvent.OfferAnswered(c1b, ALICE));
        fixture.handle(recorder, new RoutingEvent.CallEntered(c2, HOTLINE, AIDES, 0, CallerNumber.withheld(), "",
                List.of(), new OverflowAction.None()));
        fixture.clock.advance(Duration.ofSeconds(40));
        fixture.handle(recorder, new RoutingEvent.CallEnded(c2, EndedBy.CALLER));
        fixture.handle(recorder, new RoutingEvent.CallEnded(c1b, EndedBy.AGENT));
        fixture.handle(recorder, new RoutingEvent.WrapUpEnded(ALICE, null));
    }

    private void ivrOnlyCall() {
        CallId c3 = new CallId("c3");
        recorder.ivrEntered(c3, HOTLINE, CallerNumber.of("0499999999"));
        fixture.clock.advance(Duration.ofSeconds(5));
        recorder.ivrLeft(c3, IvrExit.HUNG_UP, "ferme");
    }

    private Map<String, CallSummaryRow> summaries() {
        Map<String, CallSummaryRow> byId = new java.util.HashMap<>();
        new CallSummaryRepository(fixture.database).ofRun(recorder.status().run(), "", 100)
                .forEach(row -> byId.put(row.callId(), row));
        return byId;
    }

    private IntervalFigures groupFigures() {
        IntervalFigures sum = IntervalFigures.empty(AIDES, 0, 0);
        for (GroupIntervalRow row : new IntervalRepository(fixture.database).groups(NINE, NINE.plusSeconds(3600))) {
            sum = sum.plus(row.figures());
        }
        return sum;
    }

    private AgentFigures agentFigures() {
        AgentFigures sum = AgentFigures.EMPTY;
        for (AgentIntervalRow row : new IntervalRepository(fixture.database).agents(NINE, NINE.plusSeconds(7200))) {
            sum = sum.plus(row.figures());
        }
        return sum;
    }
}
