package org.numvert.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.numvert.ivr.yaml.ScriptFiles;
import picocli.CommandLine;

/** {@code ivr validate | run | prompts}: output and exit codes. */
class IvrCommandTest {
    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return new CommandLine(new Main()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    }

    private Path copyOfScripts() throws IOException {
        for (Map.Entry<String, String> file : ScriptFiles.read(Path.of("ivr-scripts")).entrySet()) {
            Files.writeString(temp.resolve(file.getKey()), file.getValue());
        }
        return temp;
    }

    @Test
    void validateExits0OnTheRealScripts() {
        assertThat(run("ivr", "validate")).isZero();
        assertThat(out.toString()).contains("entreprises: ivr-scripts/entreprises.yaml@",
                "numbers 0800 111 111, 0805 111 112",
                "ivr-scripts: valid (3 hotline(s), 5 crisis message(s), 11 skill group(s))");
    }

    @Test
    void validateExits2ListingEveryProblem() throws IOException {
        Path dir = copyOfScripts();
        Path transport = dir.resolve("transport.yaml");
        String broken = Files.readString(transport).replace("route: transport-info\n    topic: trafic-cars",
                "route: transport-infos\n    topic: trafic-cars").replace("\"2\": trafic-cars", "\"#\": trafic-cars");
        Files.writeString(transport, broken);

        assertThat(run("ivr", "validate", dir.toString())).isEqualTo(2);
        assertThat(out.toString().lines()).containsExactly(
                transport + ":" + lineOf(broken, "\"#\": trafic-cars") + ":7: invalid DTMF key '#' in menu 'menu-trafic':"
                        + " use one of 0-9 or '*' ('#' ends digit entry on the phone network)",
                transport + ":" + lineOf(broken, "  trafic-cars:") + ":3: unreachable node 'trafic-cars': no path leads to"
                        + " it from start, closed or holiday",
                transport + ":" + lineOf(broken, "route: transport-infos") + ":12: unknown skill group 'transport-infos'"
                        + " (did you mean 'transport-info'?)",
                "3 problem(s)");
    }

    /** The 1-based number of the line of {@code content} that contains {@code text}. */
    private static int lineOf(String content, String text) {
        java.util.List<String> lines = content.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not found");
    }

    @Test
    void validateExits2OnAMissingDirectory() {
        assertThat(run("ivr", "validate", temp.resolve("absent").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no such directory");
    }

    @Test
    void runPrintsThePathOfTheIssuesExample() {
        assertThat(run("ivr", "run", "entreprises", "--at", "2026-05-11T09:00", "--digits", "2,1")).isZero();
        assertThat(out.toString()).contains("lundi 11 mai 2026 09:00 Europe/Paris: open",
                "play    ent-bienvenue: « Bienvenue sur le numéro vert", "caller: 2", "caller: 1",
                "ROUTE   group entreprises-prets, priority 0, topic pret-garanti-etat, choices 2 → 1");
    }

    @Test
    void runByNumberInCrisisMode() {
        assertThat(run("ivr", "run", "0800 333 333", "--at", "2026-05-11T22:00", "--crisis", "crise-intemperies",
                "--crisis-group", "crise-renfort")).isZero();
        assertThat(out.toString()).contains("crisis  transport until", "play    crise-intemperies",
                "ROUTE   group crise-renfort");
    }

    @Test
    void runRefusesWhatItCannotRun() {
        assertThat(run("ivr", "run", "entreprise")).isEqualTo(2);
        assertThat(err.toString()).contains("no hotline 'entreprise' (hotlines: entreprises, formation, transport)");
        assertThat(run("ivr", "run", "transport", "--at", "lundi")).isEqualTo(2);
        assertThat(run("ivr", "run", "transport", "--crisis", "crise-x")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown crisis message 'crise-x'");
        assertThat(run("ivr", "run")).as("missing HOTLINE").isEqualTo(2);
    }

    @Test
    void promptsListsTheFilesToRecordWithTheirText() {
        assertThat(run("ivr", "prompts")).isZero();
        assertThat(out.toString()).contains("# entreprises – Entreprises et associations",
                "numvert/entreprises/ent-bienvenue\tBienvenue sur le numéro vert de la Région Occitanie",
                "vm-intro\tVeuillez laisser votre message après le bip sonore. Raccrochez une fois terminé.\t(standard",
                "# crise – crisis messages", "numvert/crise/crise-sanitaire\tEn raison de la crise sanitaire");
        assertThat(run("ivr", "prompts", "transport")).isZero();
        assertThat(run("ivr", "prompts", "inconnue")).isEqualTo(2);
    }
}
