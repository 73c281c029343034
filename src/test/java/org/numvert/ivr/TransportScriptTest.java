package org.numvert.ivr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.numvert.ivr.BranchCoverage.route;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every branch of {@code ivr-scripts/transport.yaml}, by dry runs. */
class TransportScriptTest {
    private static final BranchCoverage COVERAGE = new BranchCoverage("transport");
    private static final String MONDAY_9AM = "2026-05-11T09:00";

    @AfterAll
    static void everyKeyAndEveryExitWasExercised() {
        COVERAGE.assertComplete();
    }

    @ParameterizedTest(name = "keys {0}: {1} / {3}")
    @CsvSource(delimiter = ';', value = {
            "1;       transport-soignants;   5; transport-a-la-demande-soignants; 1",
            "9,1;     transport-soignants;   5; transport-a-la-demande-soignants; 1",
            "2,1;     transport-info;        0; trafic-trains;            2 1",
            "2,2;     transport-info;        0; trafic-cars;              2 2",
            "2,9,2;   transport-info;        0; trafic-cars;              2 2",
            "2,*,3,1; transport-abonnements; 0; remboursement-abonnement; 3 1",
            "3,2;     transport-abonnements; 0; abonnement;               3 2",
            "3,*,1;   transport-soignants;   5; transport-a-la-demande-soignants; 1"})
    void openHoursMenus(String keys, String group, int priority, String topic, String choices) {
        COVERAGE.assertMenuRoute(MONDAY_9AM, keys, group, priority, topic, choices);
    }

    @Test
    void healthWorkersHaveAPriorityRouteThatOverflowsToTrafficInformation() {
        IvrOutcome.RouteToGroup route = route(COVERAGE.run(MONDAY_9AM, "1"));

        assertThat(route.overflow()).isEqualTo(new Overflow.ToGroup("transport-info"));
        assertThat(route(COVERAGE.run(MONDAY_9AM, "3", "2")).overflow()).as("other routes: the hotline's overflow")
                .isInstanceOfSatisfying(Overflow.ClosedMessage.class,
                        c -> assertThat(c.message().name()).isEqualTo("tra-saturation"));
    }

    @Test
    void invalidInputAndTimeoutsGoToOrientation() {
        DryRun.Result invalid = COVERAGE.run(MONDAY_9AM, "5", "5", "5");
        assertThat(invalid.lines()).filteredOn(l -> l.startsWith("play    tra-choix-invalide")).hasSize(2);
        assertThat(route(invalid).topic()).isEqualTo("orientation");

        DryRun.Result silent = COVERAGE.run(MONDAY_9AM, "2", "-", "timeout", "-");
        assertThat(silent.transcript()).contains("[keys 1 2 * 9, 5 s, attempt 3]");
        assertThat(route(silent).node()).isEqualTo("orientation");

        assertThat(route(COVERAGE.run(MONDAY_9AM, "3")).node()).isEqualTo("orientation");
    }

    @Test
    void closedCallersHearTheHoursAndTheWebsite() {
        DryRun.Result result = COVERAGE.run("2026-05-11T21:00");

        assertThat(result.transcript()).contains("play    tra-ferme: « Le numéro vert liO est ouvert");
        assertThat(result.outcome()).isInstanceOf(IvrOutcome.HangUp.class);
        assertThat(COVERAGE.run("2026-05-17T14:00").outcome()).as("Sunday afternoon").isInstanceOf(IvrOutcome.HangUp.class);
    }

    @Test
    void trainsRunOnPublicHolidaysSoTheLineAnswers() {
        DryRun.Result result = COVERAGE.run("2026-05-14T10:00", "1");

        assertThat(result.lines().get(1)).endsWith("Europe/Paris: open");
        assertThat(route(result).group()).isEqualTo("transport-soignants");
        assertThat(route(COVERAGE.run("2026-05-17T10:00", "2", "1")).topic()).as("Sunday morning").isEqualTo("trafic-trains");
    }

    @Test
    void crisisForAllHotlinesRoutesToTheReinforcementCell() {
        CrisisState crisis = BranchCoverage.crisis(CrisisScope.ALL, "crise-intemperies",
                new CrisisRouting.ToGroup("crise-renfort"), MONDAY_9AM);
        DryRun.Result result = COVERAGE.run(MONDAY_9AM, crisis);

        assertThat(result.lines()).filteredOn(l -> l.startsWith("play")).singleElement().asString()
                .startsWith("play    crise-intemperies: « En raison d'intempéries");
        assertThat(route(result).group()).isEqualTo("crise-renfort");
        assertThat(route(result).overflow()).isInstanceOf(Overflow.ClosedMessage.class);
    }

    @Test
    void anExpiredCrisisLeavesTheNormalFlow() {
        CrisisState crisis = BranchCoverage.crisis(CrisisScope.ALL, "crise-intemperies",
                new CrisisRouting.ToGroup("crise-renfort"), "2026-05-11T07:00");

        assertThat(route(COVERAGE.run(MONDAY_9AM, crisis, "1")).group()).isEqualTo("transport-soignants");
    }
}
