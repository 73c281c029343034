package org.numvert.ivr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.numvert.ivr.yaml.ScriptLoader;

/** The interpreter's rules on a small script: menus, retries, repeat and back, hours, crisis. */
class IvrSessionTest {
    static final String SCRIPT = """
            hotline: essai
            numbers: [0800 999 999]
            hours:
              monday: [09:00-12:00]
            start: accueil
            closed: ferme
            holiday: ferie
            menuDefaults: {invalid: invalide, noInput: silence, attempts: 2, timeout: 4}
            overflow: {action: callback, message: rappel}
            prompts:
              bienvenue: "Bienvenue."
              menu: "Tapez 1 pour de l'aide, 2 pour un conseiller."
              sous-menu: "Tapez 1 pour l'aide, étoile pour revenir."
              invalide: "Choix invalide."
              silence: "Nous n'avons rien entendu."
              ferme: "Nous sommes fermés."
              ferie: "Jour férié."
              rappel: "Tapez 1 pour être rappelé."
              aide: "Un conseiller aide va répondre."
            nodes:
              accueil: {say: bienvenue, next: menu}
              menu:
                menu: menu
                choices: {"1": sous-menu, "2": conseiller, "9": repeat, "*": back}
                default: "2"
              sous-menu:
                menu: sous-menu
                choices: {"1": aide, "*": back}
                onFailure: ferme
              aide: {say: aide, route: groupe-b, priority: 3, topic: aide}
              conseiller: {route: groupe-a}
              ferie: {say: ferie, next: ferme}
              ferme: {say: ferme, hangup: yes}
            """;
    static final String OTHER = SCRIPT.replace("hotline: essai", "hotline: autre").replace("0800 999 999", "0800 888 888")
            .replace("route: groupe-a", "route: crise-renfort");
    static final ScriptLibrary LIBRARY = ScriptLoader.load("t", Map.of("essai.yaml", SCRIPT, "autre.yaml", OTHER,
            "skill-groups.yaml", "groups: [{id: groupe-a}, {id: groupe-b}, {id: crise-renfort}]",
            "crisis-messages.yaml", "messages:\n  crise-test: \"Message de crise.\"\n"), Map.of(), Set.of())
            .library().orElseThrow();
    static final Instant OPEN = RealScripts.at("2026-05-11T09:00");

    static IvrSession begin(Instant at, CrisisState crisis) {
        return IvrSession.begin(LIBRARY, "essai", at, crisis);
    }

    /** Plays every prompt until a menu or the end; returns the names played. */
    static IvrSession playAll(IvrSession session, List<String> played) {
        while (session.step() instanceof IvrStep.Play) {
            played.add(((IvrStep.Play) session.step()).prompt().name());
            session = session.advance(IvrInput.played());
        }
        return session;
    }

    static IvrSession playAll(IvrSession session) {
        return playAll(session, new java.util.ArrayList<>());
    }

    @Test
    void welcomeThenMenuWithItsKeysAndTimeout() {
        IvrSession session = begin(OPEN, CrisisState.NONE);

        assertThat(session.step()).isEqualTo(new IvrStep.Play(new Prompt("bienvenue", "Bienvenue.", false, "essai")));
        assertThat(((IvrStep.Play) session.step()).prompt().soundFile()).isEqualTo("numvert/essai/bienvenue");
        IvrStep.Collect menu = (IvrStep.Collect) session.advance(IvrInput.played()).step();
        assertThat(menu.node()).isEqualTo("menu");
        assertThat(menu.keys()).isEqualTo("129*");
        assertThat(menu.maxDigits()).isEqualTo(1);
        assertThat(menu.timeout()).isEqualTo(Duration.ofSeconds(4));
        assertThat(menu.attempt()).isEqualTo(1);
        assertThat(session.step()).as("sessions are immutable").isInstanceOf(IvrStep.Play.class);
    }

    @Test
    void aChoiceRoutesWithPriorityTopicChoicesAndOverflow() {
        IvrSession session = playAll(begin(OPEN, CrisisState.NONE)).advance(IvrInput.digits("1"));
        session = playAll(session.advance(IvrInput.digits("1")));

        assertThat(session.outcome()).contains(new IvrOutcome.RouteToGroup("essai", "aide", List.of("1", "1"),
                "groupe-b", 3, "aide", new Overflow.CallbackOffer(new Prompt("rappel", "Tapez 1 pour être rappelé.",
                        false, "essai"))));
        assertThat(session.choices()).containsExactly("1", "1");
    }

    @Test
    void invalidKeysAndSilenceAreRetriedThenTheDefaultChoiceApplies() {
        List<String> played = new java.util.ArrayList<>();
        IvrSession session = playAll(begin(OPEN, CrisisState.NONE)).advance(IvrInput.digits("7"));
        session = playAll(session, played);
        assertThat(played).containsExactly("invalide");
        assertThat(((IvrStep.Collect) session.step()).attempt()).isEqualTo(2);

        session = session.advance(IvrInput.noInput());

        assertThat(session.outcome()).hasValueSatisfying(o -> {
            assertThat(((IvrOutcome.RouteToGroup) o).group()).isEqualTo("groupe-a");
            assertThat(o.choices()).containsExactly("2");
        });
    }

    @Test
    void withoutADefaultTheMenuGoesToOnFailure() {
        IvrSession session = playAll(begin(OPEN, CrisisState.NONE)).advance(IvrInput.digits("1"));
        session = playAll(session.advance(IvrInput.digits("")));
        session = playAll(session.advance(IvrInput.noInput()));

        assertThat(session.outcome()).contains(new IvrOutcome.HangUp("essai", "ferme", List.of("1")));
    }

    @Test
    void repeatDoesNotCountAsAnAttemptAndBackReturnsToThePreviousMenu() {
        IvrSession session = playAll(playAll(begin(OPEN, CrisisState.NONE)).advance(IvrInput.digits("5")));
        session = session.advance(IvrInput.digits("9"));
        assertThat((IvrStep.Collect) session.step()).extracting(IvrStep.Collect::node, IvrStep.Collect::attempt)
                .containsExactly("menu", 2);

        session = session.advance(IvrInput.digits("1")).advance(IvrInput.digits("*"));
        assertThat((IvrStep.Collect) session.step()).extracting(IvrStep.Collect::node, IvrStep.Collect::attempt)
                .containsExactly("menu", 1);

        session = session.advance(IvrInput.digits("*"));
        assertThat(((IvrStep.Collect) session.step()).node()).as("back at the first menu repeats it").isEqualTo("menu");
        assertThat(session.choices()).as("going back takes back the choice").isEmpty();
        assertThat(session.advance(IvrInput.digits("2")).outcome().orElseThrow().choices()).containsExactly("2");
    }

    @Test
    void closedAndHolidayCallsGoToTheirNodes() {
        List<String> closed = new java.util.ArrayList<>();
        IvrSession session = playAll(begin(RealScripts.at("2026-05-11T13:00"), CrisisState.NONE), closed);
        assertThat(closed).containsExactly("ferme");
        assertThat(session.outcome()).containsInstanceOf(IvrOutcome.HangUp.class);

        List<String> holiday = new java.util.ArrayList<>();
        session = playAll(begin(RealScripts.at("2026-05-25T10:00"), CrisisState.NONE), holiday);
        assertThat(holiday).containsExactly("ferie", "ferme");
        assertThat(session.hours().kind()).isEqualTo(HoursStatus.Kind.PUBLIC_HOLIDAY);
    }

    @Test
    void aCallerCyclingForeverIsHungUpOn() {
        IvrSession session = playAll(begin(OPEN, CrisisState.NONE));
        while (!session.isFinished()) {
            session = session.advance(IvrInput.digits("9"));
        }
        assertThat(session.outcome()).contains(new IvrOutcome.HangUp("essai", "menu", List.of()));
    }

    @Test
    void misuseIsRefused() {
        IvrSession session = begin(OPEN, CrisisState.NONE);
        assertThatThrownBy(() -> session.advance(IvrInput.digits("1"))).isInstanceOf(IllegalArgumentException.class);
        IvrSession menu = playAll(session);
        assertThatThrownBy(() -> menu.advance(IvrInput.played())).isInstanceOf(IllegalArgumentException.class);
        IvrSession done = menu.advance(IvrInput.digits("2"));
        assertThatThrownBy(() -> done.advance(IvrInput.played())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> IvrSession.begin(LIBRARY, "inconnue", OPEN, CrisisState.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inconnue");
    }

    static CrisisState crisis(CrisisScope scope, CrisisRouting routing, Instant from, Instant until) {
        Prompt message = LIBRARY.crisisMessage("crise-test").orElseThrow();
        return new CrisisState(List.of(new CrisisSwitch(1, scope, message, routing, "test", until,
                new Stamp("superviseur", from), Optional.empty())));
    }

    @Test
    void crisisMessageFirstThenTheNormalFlow() {
        CrisisState state = crisis(CrisisScope.of("essai"), new CrisisRouting.MessageOnly(), OPEN, OPEN.plusSeconds(3600));
        List<String> played = new java.util.ArrayList<>();
        IvrSession session = playAll(begin(OPEN, state), played);

        assertThat(played).containsExactly("crise-test", "bienvenue");
        assertThat(session.crisis()).isPresent();
        assertThat(((IvrStep.Collect) session.step()).node()).isEqualTo("menu");
    }

    @Test
    void crisisRoutingToAGroupAppliesEvenWhenClosed() {
        Instant closed = RealScripts.at("2026-05-11T20:00");
        CrisisState state = crisis(CrisisScope.ALL, new CrisisRouting.ToGroup("crise-renfort"), closed, closed.plusSeconds(60));
        IvrSession session = begin(closed, state);

        assertThat(((IvrStep.Play) session.step()).prompt().soundFile()).isEqualTo("numvert/crise/crise-test");
        assertThat(session.advance(IvrInput.played()).outcome()).hasValueSatisfying(o -> {
            IvrOutcome.RouteToGroup route = (IvrOutcome.RouteToGroup) o;
            assertThat(route.group()).isEqualTo("crise-renfort");
            assertThat(route.node()).isEqualTo(IvrSession.CRISIS_NODE);
            assertThat(route.topic()).isEqualTo(IvrSession.CRISIS_TOPIC);
            assertThat(route.hotline()).isEqualTo("essai");
        });
    }

    @Test
    void crisisRoutingToAnotherHotlineFollowsItsFlowButReportsTheDialledOne() {
        CrisisState state = crisis(CrisisScope.of("essai"), new CrisisRouting.ToHotline("autre"), OPEN, OPEN.plusSeconds(60));
        IvrSession session = playAll(begin(OPEN, state)).advance(IvrInput.digits("2"));

        assertThat(session.script().id()).isEqualTo("autre");
        assertThat(session.outcome()).hasValueSatisfying(o -> {
            assertThat(o.hotline()).isEqualTo("essai");
            assertThat(((IvrOutcome.RouteToGroup) o).group()).isEqualTo("crise-renfort");
        });
    }

    @Test
    void anExpiredCrisisNoLongerApplies() {
        CrisisState state = crisis(CrisisScope.ALL, new CrisisRouting.ToGroup("crise-renfort"), OPEN.minusSeconds(7200),
                OPEN.minusSeconds(1));

        assertThat(begin(OPEN, state).crisis()).isEmpty();
        assertThat(((IvrStep.Play) begin(OPEN, state).step()).prompt().name()).isEqualTo("bienvenue");
    }

    @Test
    void aHotlinesOwnSwitchWinsOverTheAllHotlinesSwitch() {
        Prompt message = LIBRARY.crisisMessage("crise-test").orElseThrow();
        CrisisSwitch all = new CrisisSwitch(1, CrisisScope.ALL, message, new CrisisRouting.ToGroup("crise-renfort"), "",
                OPEN.plusSeconds(60), new Stamp("a", OPEN.minusSeconds(5)), Optional.empty());
        CrisisSwitch own = new CrisisSwitch(2, CrisisScope.of("essai"), message, new CrisisRouting.MessageOnly(), "",
                OPEN.plusSeconds(60), new Stamp("b", OPEN.minusSeconds(10)), Optional.empty());
        CrisisState state = new CrisisState(List.of(all, own));

        assertThat(state.effectiveFor("essai", OPEN)).contains(own);
        assertThat(state.effectiveFor("autre", OPEN)).contains(all);
        assertThat(state.effectiveFor("autre", OPEN.minusSeconds(6))).isEmpty();
    }
}
