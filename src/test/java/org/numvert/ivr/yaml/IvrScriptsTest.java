package org.numvert.ivr.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.numvert.ivr.CrisisState;
import org.numvert.ivr.IvrInput;
import org.numvert.ivr.IvrOutcome;
import org.numvert.ivr.IvrSession;
import org.numvert.ivr.IvrStep;
import org.numvert.ivr.OpeningHours;
import org.numvert.ivr.ScriptLibrary;

/** The scripts in service: start, fallback to the kept version, refusal, hot reload. */
class IvrScriptsTest {
    private static final Instant MONDAY_9AM = LocalDateTime.parse("2026-05-11T09:00").atZone(OpeningHours.ZONE).toInstant();

    @TempDir
    Path temp;

    private Path scripts() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("ivr-scripts"));
        for (Map.Entry<String, String> file : ScriptFiles.read(Path.of("ivr-scripts")).entrySet()) {
            Files.writeString(dir.resolve(file.getKey()), file.getValue());
        }
        return dir;
    }

    private Path kept() {
        return temp.resolve("data/ivr-valid");
    }

    private static IvrSession atMainMenu(ScriptLibrary library) {
        IvrSession session = IvrSession.begin(library, "entreprises", MONDAY_9AM, CrisisState.NONE);
        while (session.step() instanceof IvrStep.Play) {
            session = session.advance(IvrInput.played());
        }
        return session;
    }

    private static String groupAfterKey4(IvrSession session) {
        IvrSession after = session.advance(IvrInput.digits("4"));
        while (after.step() instanceof IvrStep.Play) {
            after = after.advance(IvrInput.played());
        }
        return ((IvrOutcome.RouteToGroup) after.outcome().orElseThrow()).group();
    }

    @Test
    void aCallInProgressKeepsItsVersionWhileNewCallsGetTheReloadedOne() throws Exception {
        Path dir = scripts();
        try (IvrScripts scripts = IvrScripts.open(dir, kept(), Set::of).watch()) {
            AtomicReference<ScriptLibrary> reloaded = new AtomicReference<>();
            scripts.onReload(reloaded::set);
            String before = scripts.current().versions().get("entreprises");
            IvrSession inProgress = atMainMenu(scripts.current());

            Path file = dir.resolve("entreprises.yaml");
            Files.writeString(file, Files.readString(file).replace("route: entreprises-accueil\n    topic: accueil",
                    "route: crise-renfort\n    topic: accueil"));
            await().atMost(Duration.ofSeconds(20)).until(() -> !before.equals(scripts.current().versions().get("entreprises")));

            assertThat(groupAfterKey4(inProgress)).isEqualTo("entreprises-accueil");
            assertThat(groupAfterKey4(atMainMenu(scripts.current()))).isEqualTo("crise-renfort");
            assertThat(reloaded.get()).isSameAs(scripts.current());
            assertThat(Files.readString(kept().resolve("entreprises.yaml"))).contains("route: crise-renfort");
        }
    }

    @Test
    void anInvalidChangeKeepsTheVersionInService() throws Exception {
        Path dir = scripts();
        try (IvrScripts scripts = IvrScripts.open(dir, kept(), Set::of)) {
            String before = scripts.current().versions().get("transport");
            Files.writeString(dir.resolve("transport.yaml"), "hotline: transport\nnodes: [oops\n");

            ScriptLoader.Loaded reload = scripts.reload();

            assertThat(reload.problems()).isNotEmpty();
            assertThat(scripts.current().versions().get("transport")).isEqualTo(before);
            assertThat(scripts.lastLoad().fallbacks()).singleElement().asString().contains("transport.yaml is invalid");
            assertThat(Files.readString(kept().resolve("transport.yaml"))).contains("tra-bienvenue");
        }
    }

    @Test
    void atStartAnInvalidScriptServesItsKeptVersion() throws Exception {
        Path dir = scripts();
        IvrScripts.open(dir, kept(), Set::of).close();
        Files.writeString(dir.resolve("formation.yaml"), Files.readString(dir.resolve("formation.yaml"))
                .replace("\"1\": remuneration", "\"#\": remuneration"));

        try (IvrScripts scripts = IvrScripts.open(dir, kept(), Set::of)) {
            assertThat(scripts.current().hotlines()).contains("formation");
            assertThat(scripts.lastLoad().problems()).anySatisfy(p -> assertThat(p.message()).startsWith("invalid DTMF key '#'"));
            assertThat(scripts.lastLoad().fallbacks()).singleElement().asString().contains("keeps serving");
        }
    }

    @Test
    void atStartAnInvalidScriptWithoutKeptVersionIsRefused() throws Exception {
        Path dir = scripts();
        Files.writeString(dir.resolve("formation.yaml"), Files.readString(dir.resolve("formation.yaml"))
                .replace("route: formation-stagiaires", "route: formation-stagiaire"));

        assertThatThrownBy(() -> IvrScripts.open(dir, kept(), Set::of))
                .isInstanceOfSatisfying(InvalidScriptsException.class, e -> assertThat(e.problems()).hasSize(2))
                .hasMessageContaining("no previous valid version")
                .hasMessageContaining("formation.yaml:").hasMessageContaining("unknown skill group 'formation-stagiaire'");
    }

    @Test
    void groupsCreatedInTheDatabaseAreKnown() throws Exception {
        Path dir = scripts();
        Files.writeString(dir.resolve("formation.yaml"), Files.readString(dir.resolve("formation.yaml"))
                .replace("route: formation-orientation", "route: formation-apprentissage"));

        try (IvrScripts scripts = IvrScripts.open(dir, kept(), () -> Set.of("formation-apprentissage"))) {
            assertThat(scripts.lastLoad().isValid()).isTrue();
            assertThat(scripts.knownGroups()).contains("formation-apprentissage", "formation-stagiaires");
        }
    }

    @Test
    void withoutTheDirectoryTheBundledScriptsServe() throws Exception {
        try (IvrScripts scripts = IvrScripts.open(temp.resolve("absent"), kept(), Set::of).watch()) {
            assertThat(scripts.current().hotlines()).containsExactly("entreprises", "formation", "transport");
        }
    }
}
