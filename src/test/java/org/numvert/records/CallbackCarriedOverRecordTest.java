package org.numvert.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.numvert.records.RecordsFixture.await;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.assertj.core.groups.Tuple;
import org.numvert.routing.AgentId;
import org.numvert.routing.CallId;
import org.numvert.routing.CallerNumber;
import org.numvert.routing.GroupId;
import org.numvert.routing.HotlineId;
import org.numvert.routing.OverflowAction;
import org.numvert.routing.RoutingEngine;
import org.numvert.routing.RoutingEvent;
import org.numvert.routing.RoutingEvent.CallbackRestored;
import org.numvert.routing.RoutingSettings;
import org.numvert.store.CallSummaryRepository;
import org.numvert.store.CallSummaryRow;

/**
 * Callback tasks owed when a run ends: carried over in the records (not interrupted), given back
 * at the next start with their attempts and pending retry, continued by the next run's summary,
 * and counted once in the figures. An erased caller's task comes back without number.
 */
class CallbackCarriedOverRecordTest {
    private static final Instant NINE = Instant.parse("2026-03-10T08:00:00Z");
    private static final HotlineId HOTLINE = new HotlineId("entreprises");
    private static final GroupId AIDES = new GroupId("entreprises-aides");
    private static final AgentId ALICE = new AgentId("alice");
    private static final String NUMBER = "0612345678";

    private final RecordsFixture fixture;
    private RoutingEngine engine;
    private CallRecorder recorder;

    CallbackCarriedOverRecordTest() throws Exception {
        fixture = new RecordsFixture(NINE);
        engine = fixture.engine;
        recorder = fixture.start();
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void owedCallbacksAreCarriedOverRestoredAndContinuedInTheNextRun() throws Exception {
        configure();
        callbackRequested("c1", NUMBER);
        callbackRequested("c2", "0699999999");
        callbackRequested("c3", NUMBER);
        handle(new RoutingEvent.AgentReady(ALICE));
        Instant failedAt = attempt("c1-cb", "BUSY").plusSeconds(20);
        int first = recorder.status().run();
        fixture.stop();

        assertThat(summaries(first)).extracting(m -> m.get("c1-cb").outcome(), m -> m.get("c2-cb").outcome(),
                m -> m.get("c3-cb").outcome(), m -> m.get("c1").outcome())
                .containsExactly("CALLBACK_CARRIED", "CALLBACK_CARRIED", "CALLBACK_CARRIED", "CALLBACK_REQUESTED");
        assertThat(new RunReplay(fixture.database, RecordsFixture.KEYS).check(first)).isEmpty();
        await(new CallerRequests(fixture.database, RecordsFixture.KEYS).erase("0699999999"));

        fixture.clock.advance(Duration.ofMinutes(1));
        secondRun();
        List<CallbackRestored> owed = await(new OwedCallbacks(fixture.database, RecordsFixture.KEYS)
                .before(recorder.status().run()));

        assertThat(owed).extracting(e -> e.call().value(), CallbackRestored::attemptsMade,
                CallbackRestored::retryAtMillis, e -> e.number().isWithheld()).containsExactly(
                        Tuple.tuple("c1-cb", 1, failedAt.plusSeconds(600).toEpochMilli(), false),
                        Tuple.tuple("c2-cb", 0, 0L, true),
                        Tuple.tuple("c3-cb", 0, 0L, false));
        assertThat(owed.get(0).number()).isEqualTo(CallerNumber.of(NUMBER));

        owed.forEach(this::handle);
        handle(new RoutingEvent.AgentReady(ALICE));
        Instant made = attempt("c3-cb", null);
        int second = recorder.status().run();
        fixture.stop();

        Map<String, CallSummaryRow> calls = summaries(second);
        assertThat(calls.get("c3-cb")).extracting(CallSummaryRow::kind, CallSummaryRow::outcome,
                CallSummaryRow::enteredAt, CallSummaryRow::answeredAt, CallSummaryRow::callbackAttempts)
                .containsExactly("CALLBACK", "CALLBACK_MADE", NINE.plusSeconds(15), made, 1);
        assertThat(calls.get("c2-cb")).as("an erased caller's callback is given up, without number")
                .extracting(CallSummaryRow::outcome, CallSummaryRow::callbackResult, r -> r.caller().number())
                .containsExactly("CALLBACK_FAILED", "NO_NUMBER", null);
        assertThat(calls.get("c1-cb")).as("still waiting for its retry: carried over again")
                .extracting(CallSummaryRow::outcome, CallSummaryRow::callbackAttempts, CallSummaryRow::enteredAt)
                .containsExactly("CALLBACK_CARRIED", 1, NINE.plusSeconds(5));
        assertThat(new RunReplay(fixture.database, RecordsFixture.KEYS).check(second)).isEmpty();

        List<HotlineReportRow> hotlines = await(new Reports(fixture.database).hotlines(NINE, NINE.plusSeconds(7200),
                ReportStep.DAY, Optional.empty()));
        assertThat(hotlines).extracting(r -> r.figures().callbacksRequested(), HotlineReportRow::callbacksMade)
                .containsExactly(Tuple.tuple(3L, 1L));

        secondRun();
        assertThat(await(new OwedCallbacks(fixture.database, RecordsFixture.KEYS).before(recorder.status().run())))
                .as("the retry time survives a second restart")
                .extracting(e -> e.call().value(), CallbackRestored::retryAtMillis)
                .containsExactly(Tuple.tuple("c1-cb", failedAt.plusSeconds(600).toEpochMilli()));
    }

    private void secondRun() throws Exception {
        engine = RoutingEngine.builder(fixture.clock).settings(RoutingSettings.DEFAULTS).build();
        recorder = fixture.start();
        configure();
    }

    private void configure() {
        RecordsFixture.groupWithOneAgent(this::handle, HOTLINE, AIDES, ALICE);
    }

    private void callbackRequested(String id, String number) {
        CallId call = new CallId(id);
        handle(new RoutingEvent.CallEntered(call, HOTLINE, AIDES, 0, CallerNumber.of(number), "", List.of(),
                new OverflowAction.None()));
        fixture.clock.advance(Duration.ofSeconds(5));
        handle(new RoutingEvent.CallbackRequested(call, CallerNumber.of(number)));
    }

    private Instant attempt(String task, String failure) {
        return fixture.callbackAttempt(this::handle, task, ALICE, failure);
    }

    private void handle(RoutingEvent event) {
        engine.handle(event).forEach(recorder::onOutput);
    }

    private Map<String, CallSummaryRow> summaries(int run) {
        Map<String, CallSummaryRow> byId = new HashMap<>();
        new CallSummaryRepository(fixture.database).ofRun(run, "", 100).forEach(row -> byId.put(row.callId(), row));
        return byId;
    }
}
