package org.numvert.ivr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.numvert.ivr.BranchCoverage.route;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every branch of {@code ivr-scripts/entreprises.yaml}, by dry runs. */
class EntreprisesScriptTest {
    private static final BranchCoverage COVERAGE = new BranchCoverage("entreprises");
    private static final String MONDAY_9AM = "2026-05-11T09:00";

    @AfterAll
    static void everyKeyAndEveryExitWasExercised() {
        COVERAGE.assertComplete();
    }

    @ParameterizedTest(name = "keys {0}: {1} / {3}")
    @CsvSource(delimiter = ';', value = {
            "1,1;     entreprises-aides;        1; fonds-solidarite-national; 1 1",
            "1,2;     entreprises-aides;        1; fonds-solidarite-regional; 1 2",
            "1,3;     entreprises-aides;        0; suivi-dossier;             1 3",
            "1,9,1;   entreprises-aides;        1; fonds-solidarite-national; 1 1",
            "1,*,2,1; entreprises-prets;        0; pret-garanti-etat;         2 1",
            "2,2;     entreprises-prets;        1; pass-rebond;               2 2",
            "2,9,1;   entreprises-prets;        0; pret-garanti-etat;         2 1",
            "2,*,3;   entreprises-associations; 0; fonds-urgence-associations; 3",
            "3;       entreprises-associations; 0; fonds-urgence-associations; 3",
            "4;       entreprises-accueil;      0; accueil;                   4",
            "9,4;     entreprises-accueil;      0; accueil;                   4"})
    void openHoursMenus(String keys, String group, int priority, String topic, String choices) {
        COVERAGE.assertMenuRoute(MONDAY_9AM, keys, group, priority, topic, choices);
    }

    @Test
    void theIssuesExampleNamesPromptsTextsAndTheRouting() {
        DryRun.Result result = COVERAGE.run(MONDAY_9AM, "2", "1");

        assertThat(result.transcript()).contains("ent-bienvenue: « Bienvenue sur le numéro vert de la Région Occitanie",
                "menu    ent-menu-principal: « Pour les aides d'urgence", "caller: 2", "ent-menu-prets",
                "ROUTE   group entreprises-prets, priority 0, topic pret-garanti-etat, choices 2 → 1,"
                        + " overflow callback offer (ent-saturation)");
        assertThat(route(result).overflow()).isInstanceOf(Overflow.CallbackOffer.class);
    }

    @Test
    void associationsOverflowToVoicemail() {
        Overflow overflow = route(COVERAGE.run(MONDAY_9AM, "3")).overflow();

        assertThat(overflow).isInstanceOfSatisfying(Overflow.Voicemail.class, v -> {
            assertThat(v.box()).isEqualTo("entreprises-associations");
            assertThat(v.message().orElseThrow().name()).isEqualTo("ent-messagerie-associations");
        });
    }

    @Test
    void invalidInputAndSilenceThenTheDefaultChoice() {
        DryRun.Result result = COVERAGE.run(MONDAY_9AM, "7", "-");

        assertThat(result.lines()).filteredOn(l -> l.startsWith("play")).extracting(l -> l.split(":")[0])
                .containsExactly("play    ent-bienvenue", "play    ent-choix-invalide", "play    ent-pas-de-choix",
                        "play    ent-mise-en-relation");
        assertThat(route(result).group()).isEqualTo("entreprises-accueil");
        assertThat(result.outcome().choices()).containsExactly("4");
    }

    @Test
    void aSubMenuThatFailsSendsToOrientation() {
        assertThat(route(COVERAGE.run(MONDAY_9AM, "1", "8", "8", "8")).topic()).isEqualTo("orientation");
        assertThat(route(COVERAGE.run(MONDAY_9AM, "2")).group()).as("silence in the loans menu")
                .isEqualTo("entreprises-accueil");
    }

    @Test
    void closedCallersMayAskForACallback() {
        DryRun.Result result = COVERAGE.run("2026-05-11T20:00", "1");

        assertThat(result.transcript()).contains("closed (outside opening hours)", "ent-ferme", "ent-rappel-enregistre");
        assertThat(result.outcome()).isEqualTo(new IvrOutcome.CallbackRequest("entreprises", "rappel", java.util.List.of("1"),
                "entreprises-accueil", "rappel-hors-horaires"));
    }

    @Test
    void closedCallersMayHearTheHoursAgainOrHangUp() {
        DryRun.Result again = COVERAGE.run("2026-05-17T10:00", "9", "1");
        assertThat(again.lines()).filteredOn(l -> l.startsWith("play    ent-ferme:")).hasSize(2);
        assertThat(again.outcome()).isInstanceOf(IvrOutcome.CallbackRequest.class);

        DryRun.Result silent = COVERAGE.run("2026-05-11T06:00");
        assertThat(silent.outcome()).isInstanceOf(IvrOutcome.HangUp.class);
        assertThat(silent.transcript()).contains("ent-au-revoir");
    }

    @Test
    void holidaysAndExceptionalClosuresSayWhy() {
        DryRun.Result ascension = COVERAGE.run("2026-05-14T10:00", "1");
        assertThat(ascension.transcript()).contains("closed (public holiday): Ascension", "play    ent-ferie", "play    ent-ferme");
        assertThat(ascension.outcome()).isInstanceOf(IvrOutcome.CallbackRequest.class);

        DryRun.Result bridge = COVERAGE.run("2026-05-15T10:00");
        assertThat(bridge.transcript()).contains("closed (exceptional closure): pont de l'Ascension", "play    ent-ferie");
    }

    @Test
    void theEasterMondayDutyAnswersCalls() {
        assertThat(route(COVERAGE.run("2026-04-06T10:00", "1", "1")).topic()).isEqualTo("fonds-solidarite-national");
        assertThat(COVERAGE.run("2026-04-06T15:00").transcript()).contains("closed (public holiday): Lundi de Pâques");
        assertThat(route(COVERAGE.run("2026-05-16T11:00", "4")).group()).as("Saturday morning").isEqualTo("entreprises-accueil");
    }

    @Test
    void crisisMessageThenTheNormalMenu() {
        CrisisState crisis = BranchCoverage.crisis(CrisisScope.of("entreprises"), "crise-sanitaire",
                new CrisisRouting.MessageOnly(), MONDAY_9AM);
        DryRun.Result result = COVERAGE.run(MONDAY_9AM, crisis, "3");

        assertThat(result.lines().get(3)).startsWith("play    crise-sanitaire: « En raison de la crise sanitaire");
        assertThat(result.lines().get(4)).startsWith("play    ent-bienvenue");
        assertThat(route(result).group()).isEqualTo("entreprises-associations");
    }

    @Test
    void crisisRoutingToTheReinforcementCellAtNight() {
        CrisisState crisis = BranchCoverage.crisis(CrisisScope.ALL, "crise-renfort",
                new CrisisRouting.ToGroup("crise-renfort"), "2026-05-11T22:00");
        IvrOutcome.RouteToGroup route = route(COVERAGE.run("2026-05-11T22:00", crisis));

        assertThat(route.group()).isEqualTo("crise-renfort");
        assertThat(route.hotline()).isEqualTo("entreprises");
        assertThat(route.overflow()).isInstanceOf(Overflow.CallbackOffer.class);
    }

    @Test
    void theSecondNumberReachesTheSameFlow() {
        DryRun.Result result = DryRun.run(RealScripts.LIBRARY, "0805 111 112", RealScripts.at(MONDAY_9AM),
                java.util.List.of("4"), CrisisState.NONE);

        assertThat(result.outcome().hotline()).isEqualTo("entreprises");
    }
}
