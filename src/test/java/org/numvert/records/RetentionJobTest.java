package org.numvert.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.numvert.routing.AgentId;
import org.numvert.routing.AgentProfile;
import org.numvert.routing.CallId;
import org.numvert.routing.CallerNumber;
import org.numvert.routing.EndedBy;
import org.numvert.routing.GroupId;
import org.numvert.routing.HotlineId;
import org.numvert.routing.Organisation;
import org.numvert.routing.OverflowAction;
import org.numvert.routing.RoutingEvent;
import org.numvert.store.CallEventRow;
import org.numvert.store.CallLogRepository;
import org.numvert.store.CallSummaryRepository;
import org.numvert.store.CallSummaryRow;
import org.numvert.store.CallerColumns;
import org.numvert.store.CallerDataRepository;
import org.numvert.store.GroupIntervalRow;
import org.numvert.store.IntervalRepository;

/** Caller numbers leave the records after the retention period; keys and figures stay. */
class RetentionJobTest {
    private static final Instant JANUARY = Instant.parse("2026-01-05T09:00:00Z");
    private static final GroupId GROUP = new GroupId("formation-stages");
    private static final HotlineId HOTLINE = new HotlineId("formation");
    private static final String OLD = "0611223344";
    private static final String RECENT = "0755667788";

    private final RecordsFixture fixture;
    private final CallRecorder recorder;

    RetentionJobTest() throws Exception {
        fixture = new RecordsFixture(JANUARY);
        recorder = fixture.start(30);
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void numbersOlderThanTheRetentionPeriodArePseudonymisedNotesDeletedAndNothingElseChanges() throws Exception {
        AgentId agent = new AgentId("claire");
        fixture.handle(recorder, new RoutingEvent.AgentConfigured(new AgentProfile(agent, "Claire",
                Organisation.REGION, "PJSIP/2001", Map.of(GROUP, 4))));
        fixture.handle(recorder, new RoutingEvent.AgentLoggedIn(agent));
        fixture.handle(recorder, new RoutingEvent.AgentReady(agent));
        WrapUpNoteBook notes = new WrapUpNoteBook(fixture.database, () -> recorder.status().run());
        call("old", OLD, agent);
        RecordsFixture.await(notes.keep(new CallId("old"), agent, Optional.of("info"), "Mme Martin, dossier 42",
                fixture.clock.instant()));
        fixture.clock.advance(Duration.ofDays(31));
        call("recent", RECENT, agent);
        RecordsFixture.await(notes.keep(new CallId("recent"), agent, Optional.empty(), "A rappeler",
                fixture.clock.instant()));
        fixture.stop();
        List<GroupIntervalRow> figuresBefore = intervals();

        RetentionJob job = new RetentionJob(fixture.database, fixture.clock, new RecordsSettings(30));
        CallerDataRepository.Changed changed = job.run();

        assertThat(changed.summaries()).isEqualTo(1);
        assertThat(changed.events()).as("IVR entry and queue entry").isEqualTo(2);
        assertThat(changed.notes()).isEqualTo(1);
        CallNotes kept = CallNotes.read(fixture.database, List.of(summary("old"), summary("recent")));
        assertThat(kept.of(summary("old"))).isNull();
        assertThat(kept.of(summary("recent"))).isEqualTo("A rappeler");
        assertThat(new CallerDataRepository(fixture.database).notesBefore(job.cutoff())).isZero();
        CallSummaryRow old = summary("old");
        assertThat(old.caller()).isEqualTo(new CallerColumns(null, RecordsFixture.KEYS.keyOf(new CallerNumber(OLD)),
                CallerColumns.PSEUDONYMISED));
        assertThat(summary("recent").caller()).isEqualTo(RecordsFixture.KEYS.columns(new CallerNumber(RECENT)));
        assertThat(log()).filteredOn(row -> "old".equals(row.callId()) && row.caller().present())
                .hasSize(2).allSatisfy(row -> assertThat(row.caller().number()).isNull());
        assertThat(log()).extracting(row -> String.valueOf(row.caller().number())).doesNotContain(OLD).contains(RECENT);
        assertThat(new CallerDataRepository(fixture.database).clearBefore(job.cutoff())).isZero();
        assertThat(intervals()).isEqualTo(figuresBefore);
        assertThat(new RunReplay(fixture.database, RecordsFixture.KEYS).check(recorder.status().run())).isEmpty();
        assertThat(job.run().summaries()).as("once is enough").isZero();
    }

    @Test
    void theJobRunsAtStartUp() throws Exception {
        call("old", OLD, null);
        fixture.stop();
        fixture.clock.advance(Duration.ofDays(45));

        fixture.start(30);

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> summary("old").caller().state().equals(CallerColumns.PSEUDONYMISED));
    }

    private void call(String id, String number, AgentId agent) {
        CallId call = new CallId(id);
        recorder.ivrEntered(call, HOTLINE, CallerNumber.of(number));
        fixture.handle(recorder, new RoutingEvent.CallEntered(call, HOTLINE, GROUP, 0, CallerNumber.of(number), "",
                List.of(), new OverflowAction.None()));
        if (agent != null) {
            fixture.handle(recorder, new RoutingEvent.OfferAnswered(call, agent));
        }
        fixture.clock.advance(Duration.ofMinutes(3));
        fixture.handle(recorder, new RoutingEvent.CallEnded(call, EndedBy.CALLER));
        if (agent != null) {
            fixture.handle(recorder, new RoutingEvent.WrapUpEnded(agent, "info"));
        }
    }

    private CallSummaryRow summary(String id) {
        return new CallSummaryRepository(fixture.database).ofRun(1, "", 100).stream()
                .filter(s -> s.callId().equals(id)).findFirst().orElseThrow();
    }

    private List<CallEventRow> log() {
        return new CallLogRepository(fixture.database).read(1, 0, 1000);
    }

    private List<GroupIntervalRow> intervals() {
        return new IntervalRepository(fixture.database).groups(JANUARY.minusSeconds(86_400), JANUARY.plus(Duration.ofDays(40)));
    }
}
