package org.numvert.ivr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.numvert.ivr.yaml.ScriptLoader;

/** Each mistake of the issue, in a small script, reported at its exact file, line and column. */
class BrokenScriptsTest {
    static final String CATALOGUE = "groups:\n  - id: groupe-a\n  - id: groupe-b\n";
    static final String VALID = """
            hotline: essai
            numbers: [0800 999 999]
            hours:
              monday: [09:00-12:00, 14:00-17:00]
            start: accueil
            closed: ferme
            menuDefaults: {invalid: invalide, noInput: silence}
            prompts:
              bienvenue: "Bienvenue."
              menu: "Tapez 1 ou 2."
              invalide: "Choix invalide."
              silence: "Nous n'avons rien entendu."
              ferme: "Nous sommes fermés."
            nodes:
              accueil:
                say: bienvenue
                next: menu
              menu:
                menu: menu
                choices:
                  "1": conseiller
                  "2": ferme
                  "9": repeat
                default: "1"
              conseiller:
                route: groupe-a
              ferme:
                say: ferme
                hangup: yes
            """;

    static List<String> problems(String script) {
        return problems(Map.of("essai.yaml", script));
    }

    static List<String> problems(Map<String, String> scripts) {
        Map<String, String> files = new HashMap<>(scripts);
        files.put("skill-groups.yaml", CATALOGUE);
        ScriptLoader.Loaded loaded = ScriptLoader.load("t", files, Map.of(), Set.of());
        assertThat(loaded.library().isPresent()).as("a library only without problems")
                .isEqualTo(loaded.problems().isEmpty());
        return loaded.problems().stream().map(Problem::toString).toList();
    }

    private static String broken(String from, String to) {
        assertThat(VALID).contains(from);
        return VALID.replace(from, to);
    }

    @Test
    void theBaseScriptIsValid() {
        assertThat(problems(VALID)).isEmpty();
    }

    @Test
    void unknownSkillGroup() {
        assertThat(problems(broken("route: groupe-a", "route: groupe-z")))
                .containsExactly("t/essai.yaml:26:12: unknown skill group 'groupe-z' (did you mean 'groupe-a'?)");
    }

    @Test
    void unknownGroupsFromTheDatabaseAreKnownWhenGiven() {
        Map<String, String> files = Map.of("essai.yaml", broken("route: groupe-a", "route: cree-en-base"),
                "skill-groups.yaml", CATALOGUE);

        assertThat(ScriptLoader.load("t", files, Map.of(), Set.of("cree-en-base")).isValid()).isTrue();
    }

    @Test
    void unreachableNode() {
        assertThat(problems(VALID + "  orphelin:\n    say: ferme\n    hangup: yes\n")).containsExactly(
                "t/essai.yaml:30:3: unreachable node 'orphelin': no path leads to it from start, closed or holiday");
    }

    @Test
    void cycleWithoutExit() {
        String script = broken("\"2\": ferme", "\"2\": boucle-a")
                + "  boucle-a:\n    next: boucle-b\n  boucle-b:\n    say: bienvenue\n    next: boucle-a\n";

        assertThat(problems(script)).containsExactly("t/essai.yaml:30:3: cycle without exit: boucle-a → boucle-b"
                + " → boucle-a never reaches a route, voicemail, callback or hangup");
    }

    @Test
    void menusLeadingOnlyToEachOtherAreACycleWithoutExit() {
        String script = broken("\"1\": conseiller", "\"1\": sous-menu").replace("\"2\": ferme", "\"2\": sous-menu")
                + "  sous-menu:\n    menu: menu\n    choices: {\"1\": menu, \"*\": back}\n    onFailure: menu\n";

        assertThat(problems(script)).containsExactly(
                "t/essai.yaml:18:3: cycle without exit: menu → sous-menu → menu never reaches a route, voicemail,"
                        + " callback or hangup",
                "t/essai.yaml:25:3: unreachable node 'conseiller': no path leads to it from start, closed or holiday");
    }

    @Test
    void anUnknownStartNodeIsOneProblemNotAFlood() {
        assertThat(problems(broken("start: accueil", "start: acceuil"))).containsExactly(
                "t/essai.yaml:5:8: unknown node 'acceuil' (did you mean 'accueil'?)");
    }

    @Test
    void missingPromptText() {
        assertThat(problems(broken("say: bienvenue", "say: bienvenu"))).containsExactly(
                "t/essai.yaml:16:10: missing prompt text: prompt 'bienvenu' is not in 'prompts' (did you mean 'bienvenue'?)");
        assertThat(problems(broken("ferme: \"Nous sommes fermés.\"", "ferme: \"\""))).containsExactly(
                "t/essai.yaml:13:3: missing prompt text: prompt 'ferme' has no French text",
                "t/essai.yaml:28:10: missing prompt text: prompt 'ferme' is not in 'prompts'");
    }

    @Test
    void overlappingHours() {
        assertThat(problems(broken("[09:00-12:00, 14:00-17:00]", "[09:00-12:00, 11:00-17:00]"))).containsExactly(
                "t/essai.yaml:4:25: overlapping hours on monday: 11:00-17:00 overlaps 09:00-12:00 (line 4)");
    }

    @Test
    void overlappingClosuresAndOpeningOnAClosedDate() {
        String script = broken("start: accueil", """
                  closures:
                    - {from: 2026-12-24, to: 2026-12-31}
                    - {date: 2026-12-31}
                  openings:
                    - {date: 2026-12-28, hours: [09:00-12:00]}
                start: accueil""");

        assertThat(problems(script)).containsExactly(
                "t/essai.yaml:7:7: overlapping closures: this closure overlaps the one at line 6",
                "t/essai.yaml:9:7: overlapping closure and opening: 2026-12-28 is also closed at line 6");
    }

    @Test
    void invalidDtmfKey() {
        assertThat(problems(broken("\"9\": repeat", "\"#\": repeat"))).containsExactly(
                "t/essai.yaml:23:7: invalid DTMF key '#' in menu 'menu': use one of 0-9 or '*'"
                        + " ('#' ends digit entry on the phone network)");
        assertThat(problems(broken("\"9\": repeat", "\"12\": repeat"))).containsExactly(
                "t/essai.yaml:23:7: invalid DTMF key '12' in menu 'menu': use one of 0-9 or '*'");
    }

    @Test
    void duplicateNumberInOneScriptAndAcrossScripts() {
        assertThat(problems(broken("[0800 999 999]", "[0800 999 999, 08 00 99 99 99]"))).containsExactly(
                "t/essai.yaml:2:25: duplicate number 0800999999: already at line 2");
        String other = VALID.replace("hotline: essai", "hotline: autre").replace("0800 999 999", "+33 800 999 999");

        assertThat(problems(Map.of("essai.yaml", VALID, "autre.yaml", other))).containsExactly(
                "t/essai.yaml:2:11: duplicate number 0800999999: already a number of t/autre.yaml:2:11");
    }

    @Test
    void yamlSyntaxError() {
        assertThat(problems(broken("    next: menu", "    next: [menu"))).singleElement().asString()
                .startsWith("t/essai.yaml:18:7: YAML syntax error: ");
        assertThat(problems(broken("\"9\": repeat", "*: repeat"))).singleElement().asString()
                .startsWith("t/essai.yaml:23:8: YAML syntax error: ").endsWith("write the key \"*\" in quotes");
    }

    @Test
    void unknownKeysAreNamedWithASuggestion() {
        assertThat(problems(broken("hangup: yes", "hangpu: yes"))).containsExactly(
                "t/essai.yaml:27:3: node 'ferme' does nothing: give it one of next, menu, route, voicemail, callback, hangup",
                "t/essai.yaml:29:5: unknown key 'hangpu' in node 'ferme' (did you mean 'hangup'?)");
    }

    @Test
    void structuralMistakesAreAllListedTogether() {
        String script = broken("hotline: essai", "hotline: Essai")
                .replace("closed: ferme\n", "")
                .replace("say: bienvenue\n    next: menu", "say: bienvenue\n    next: menu\n    route: groupe-a")
                .replace("default: \"1\"", "default: \"7\"");

        assertThat(problems(script)).containsExactly(
                "t/essai.yaml:1:10: hotline 'Essai' must be lower-case words joined by '-'",
                "t/essai.yaml:1:10: the script has opening hours but no 'closed' node (where calls go outside opening hours)",
                "t/essai.yaml:17:5: node 'accueil' has both 'next' and 'route': one action per node",
                "t/essai.yaml:24:14: default '7' of menu 'menu' is not one of its keys");
    }
}
