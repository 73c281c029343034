package org.numvert.ivr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.numvert.ivr.BranchCoverage.route;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every branch of {@code ivr-scripts/formation.yaml}, by dry runs. */
class FormationScriptTest {
    private static final BranchCoverage COVERAGE = new BranchCoverage("formation");
    private static final String MONDAY_10AM = "2026-05-11T10:00";

    @AfterAll
    static void everyKeyAndEveryExitWasExercised() {
        COVERAGE.assertComplete();
    }

    @ParameterizedTest(name = "keys {0}: {1} / {3}")
    @CsvSource(delimiter = ';', value = {
            "1,1;     formation-stagiaires;  1; remuneration-stagiaires; 1 1",
            "1,2;     formation-stagiaires;  0; formation-a-distance;    1 2",
            "1,*,2,1; formation-organismes;  0; continuite-pedagogique;  2 1",
            "2,2;     formation-organismes;  0; paiement-prestations;    2 2",
            "2,*,3;   formation-orientation; 0; orientation;             3",
            "3;       formation-orientation; 0; orientation;             3",
            "9,1,1;   formation-stagiaires;  1; remuneration-stagiaires; 1 1"})
    void openHoursMenus(String keys, String group, int priority, String topic, String choices) {
        IvrOutcome.RouteToGroup route = COVERAGE.assertMenuRoute(MONDAY_10AM, keys, group, priority, topic, choices);
        assertThat(route.overflow()).isInstanceOfSatisfying(Overflow.Voicemail.class,
                v -> assertThat(v.message().orElseThrow().name()).isEqualTo("for-messagerie-saturation"));
    }

    @Test
    void invalidKeysThreeTimesReachACounsellorAnyway() {
        DryRun.Result result = COVERAGE.run(MONDAY_10AM, "0", "0", "0");

        assertThat(result.transcript()).contains("attempt 3", "play    for-sans-choix");
        assertThat(result.lines()).filteredOn(l -> l.startsWith("play    for-choix-invalide")).hasSize(2);
        assertThat(route(result).group()).isEqualTo("formation-orientation");
        assertThat(result.outcome().choices()).isEmpty();
    }

    @Test
    void silenceInTheTraineesMenu() {
        DryRun.Result result = COVERAGE.run(MONDAY_10AM, "1");

        assertThat(result.lines()).filteredOn(l -> l.startsWith("play    for-pas-de-choix")).hasSize(2);
        assertThat(route(result).node()).isEqualTo("sans-choix");
    }

    @Test
    void atLunchTimeCallersLeaveAMessage() {
        DryRun.Result result = COVERAGE.run("2026-05-11T12:45");

        assertThat(result.transcript()).contains("closed (outside opening hours)", "play    for-ferme",
                "play    vm-intro (standard): « Veuillez laisser votre message");
        assertThat(result.outcome()).isEqualTo(new IvrOutcome.Voicemail("formation", "ferme", java.util.List.of(), "formation"));
    }

    @Test
    void holidaysAndTheYearEndClosure() {
        assertThat(COVERAGE.run("2026-05-25T10:00").transcript()).contains("closed (public holiday): Lundi de Pentecôte",
                "play    for-fermeture-exceptionnelle");
        assertThat(COVERAGE.run("2026-12-28T10:00").transcript()).contains("fermeture de fin d'année",
                "play    for-fermeture-exceptionnelle");
        assertThat(COVERAGE.run("2026-05-16T10:00").transcript()).as("Saturday").doesNotContain("for-fermeture")
                .contains("play    for-ferme");
    }

    @Test
    void crisisRoutingThroughTheBusinessLine() {
        CrisisState crisis = BranchCoverage.crisis(CrisisScope.of("formation"), "crise-sanitaire",
                new CrisisRouting.ToHotline("entreprises"), MONDAY_10AM);
        DryRun.Result result = COVERAGE.run(MONDAY_10AM, crisis, "4");

        assertThat(result.transcript()).contains("play    crise-sanitaire", "play    ent-bienvenue", "(crisis routing)");
        assertThat(route(result).group()).isEqualTo("entreprises-accueil");
        assertThat(route(result).hotline()).isEqualTo("formation");
    }
}
