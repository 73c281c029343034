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
import org.numvert.routing.AgentId;
import org.numvert.routing.CallId;
import org.numvert.routing.CallerNumber;
import org.numvert.routing.GroupId;
import org.numvert.routing.HotlineId;
import org.numvert.routing.OverflowAction;
import org.numvert.routing.RoutingEvent;
import org.numvert.store.AgentFigures;
import org.numvert.store.AgentIntervalRow;
import org.numvert.store.CallSummaryRepository;
import org.numvert.store.CallSummaryRow;
import org.numvert.store.IntervalRepository;

/**
 * Callbacks that could not reach their customer, in the records: attempts and last failure in
 * the task's summary, the outcome once given up, and only the callbacks that reached their
 * customer counted as made (hotline report, agent figures). The engine retries after 10 minutes,
 * 3 attempts at most (the defaults).
 */
class CallbackAttemptsRecordTest {
    private static final Instant NINE = Instant.parse("2026-03-10T08:00:00Z");
    private static final HotlineId HOTLINE = new HotlineId("entreprises");
    private static final GroupId AIDES = new GroupId("entreprises-aides");
    private static final AgentId ALICE = new AgentId("alice");

    private final RecordsFixture fixture;
    private final CallRecorder recorder;

    CallbackAttemptsRecordTest() throws Exception {
        fixture = new RecordsFixture(NINE);
        recorder = fixture.start();
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void eachAttemptIsCountedAndOnlyACallbackThatReachedItsCustomerIsMade() throws Exception {
        configure();
        callbackRequested("c1");
        callbackRequested("c2");
        handle(new RoutingEvent.AgentReady(ALICE));
        attempt("c1-cb", "BUSY");
        attempt("c2-cb", "NOANSWER");
        retryTimeComes();
        Instant made = attempt("c1-cb", null);
        attempt("c2-cb", "BUSY");
        retryTimeComes();
        Instant givenUp = attempt("c2-cb", "CHANUNAVAIL");
        callbackRequested("c3");
        attempt("c3-cb", "BUSY");
        fixture.stop();

        Map<String, CallSummaryRow> calls = summaries();
        assertThat(calls.get("c1-cb")).extracting(CallSummaryRow::outcome, CallSummaryRow::callbackAttempts,
                CallSummaryRow::callbackResult, CallSummaryRow::answeredAt).containsExactly("CALLBACK_MADE", 2, "BUSY", made);
        assertThat(calls.get("c2-cb")).extracting(CallSummaryRow::outcome, CallSummaryRow::callbackAttempts,
                CallSummaryRow::callbackResult, CallSummaryRow::answeredAt, CallSummaryRow::endedAt)
                .containsExactly("CALLBACK_FAILED", 3, "CHANUNAVAIL", null, givenUp.plusSeconds(20));
        assertThat(calls.get("c3-cb")).as("a retry still waiting when the service stops")
                .extracting(CallSummaryRow::outcome, CallSummaryRow::callbackAttempts, CallSummaryRow::callbackResult)
                .containsExactly("CALLBACK_CARRIED", 1, "BUSY");
        assertThat(calls.get("c1")).extracting(CallSummaryRow::outcome).isEqualTo("CALLBACK_REQUESTED");

        List<HotlineReportRow> hotlines = await(new Reports(fixture.database).hotlines(NINE, NINE.plusSeconds(7200),
                ReportStep.DAY, Optional.empty()));
        assertThat(hotlines).extracting(HotlineReportRow::callbacksMade).containsExactly(1L);
        AgentFigures alice = agentFigures();
        assertThat(alice.callbacks()).isEqualTo(1);
        assertThat(alice.handled()).as("every attempt is the agent's work").isEqualTo(6);
        assertThat(new RunReplay(fixture.database, RecordsFixture.KEYS).check(recorder.status().run())).isEmpty();
    }

    private void configure() {
        RecordsFixture.groupWithOneAgent(this::handle, HOTLINE, AIDES, ALICE);
    }

    private void callbackRequested(String id) {
        CallId call = new CallId(id);
        handle(new RoutingEvent.CallEntered(call, HOTLINE, AIDES, 0, CallerNumber.of("0612345678"), "", List.of(),
                new OverflowAction.None()));
        fixture.clock.advance(Duration.ofSeconds(5));
        handle(new RoutingEvent.CallbackRequested(call, CallerNumber.of("0612345678")));
    }

    private Instant attempt(String task, String failure) {
        return fixture.callbackAttempt(this::handle, task, ALICE, failure);
    }

    private void retryTimeComes() {
        fixture.clock.advance(Duration.ofMinutes(10));
        handle(new RoutingEvent.Tick());
    }

    private void handle(RoutingEvent event) {
        fixture.handle(recorder, event);
    }

    private Map<String, CallSummaryRow> summaries() {
        Map<String, CallSummaryRow> byId = new HashMap<>();
        new CallSummaryRepository(fixture.database).ofRun(recorder.status().run(), "", 100)
                .forEach(row -> byId.put(row.callId(), row));
        return byId;
    }

    private AgentFigures agentFigures() {
        AgentFigures sum = AgentFigures.EMPTY;
        for (AgentIntervalRow row : new IntervalRepository(fixture.database).agents(NINE, NINE.plusSeconds(7200))) {
            sum = sum.plus(row.figures());
        }
        return sum;
    }
}
