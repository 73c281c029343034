package org.numvert.ivr.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.numvert.ivr.Problem;

/** Loading a directory's files: per-file fallback to a previous valid version, or no library. */
class ScriptLoaderTest {
    static Map<String, String> realFiles() throws IOException {
        return ScriptFiles.read(Path.of("ivr-scripts"));
    }

    static Map<String, String> with(Map<String, String> files, String name, String content) {
        Map<String, String> changed = new HashMap<>(files);
        changed.put(name, content);
        return changed;
    }

    @Test
    void theRealDirectoryIsValid() throws IOException {
        ScriptLoader.Loaded loaded = ScriptLoader.load("ivr-scripts", realFiles(), Map.of(), Set.of());

        assertThat(loaded.isValid()).isTrue();
        assertThat(loaded.library().orElseThrow().hotlines()).containsExactly("entreprises", "formation", "transport");
        assertThat(loaded.library().orElseThrow().crisisMessages().messages()).containsKeys("crise-sanitaire", "crise-renfort");
        assertThat(loaded.knownGroups()).contains("crise-renfort", "transport-soignants").hasSize(11);
        assertThat(loaded.served()).containsOnlyKeys("crisis-messages.yaml", "entreprises.yaml", "formation.yaml",
                "skill-groups.yaml", "transport.yaml");
    }

    @Test
    void anInvalidFileWithAPreviousValidVersionKeepsServingIt() throws IOException {
        Map<String, String> valid = realFiles();
        Map<String, String> broken = with(valid, "formation.yaml",
                valid.get("formation.yaml").replaceFirst("route: formation-organismes", "route: formation-organisme"));

        ScriptLoader.Loaded loaded = ScriptLoader.load("d", broken, valid, Set.of());

        assertThat(loaded.library()).isPresent();
        assertThat(loaded.isValid()).isFalse();
        assertThat(loaded.problems()).extracting(Problem::toString).singleElement().asString()
                .startsWith("d/formation.yaml:").contains("unknown skill group 'formation-organisme'"
                        + " (did you mean 'formation-organismes'?)");
        assertThat(loaded.fallbacks()).singleElement().asString().startsWith("d/formation.yaml is invalid (1 problem(s));"
                + " its previous valid version " + ScriptLoader.version(valid.get("formation.yaml")));
        assertThat(loaded.served().get("formation.yaml")).isEqualTo(valid.get("formation.yaml"));
        assertThat(loaded.library().orElseThrow().script("formation").orElseThrow().source().version())
                .isEqualTo(ScriptLoader.version(valid.get("formation.yaml")));
    }

    @Test
    void anInvalidFileWithoutPreviousVersionLeavesNoLibrary() throws IOException {
        Map<String, String> broken = with(realFiles(), "transport.yaml", "hotline: transport\nnodes: [oops");

        ScriptLoader.Loaded loaded = ScriptLoader.load("d", broken, Map.of(), Set.of());

        assertThat(loaded.library()).isEmpty();
        assertThat(loaded.problems()).extracting(Problem::toString).singleElement().asString()
                .startsWith("d/transport.yaml:2:").contains("YAML syntax error");
    }

    @Test
    void aMissingCatalogueIsAProblem() throws IOException {
        Map<String, String> files = new HashMap<>(realFiles());
        files.remove("skill-groups.yaml");

        ScriptLoader.Loaded loaded = ScriptLoader.load("d", files, Map.of(), Set.of());

        assertThat(loaded.library()).isEmpty();
        assertThat(loaded.problems()).extracting(Problem::toString)
                .contains("d/skill-groups.yaml:1:1: the file skill-groups.yaml is missing");
    }

    @Test
    void aNewHotlineWithAnotherHotlinesNumberIsRefusedWhole() throws IOException {
        Map<String, String> valid = realFiles();
        String copy = valid.get("transport.yaml").replace("hotline: transport", "hotline: transport-bis")
                .replace("0805 333 334", "0805 999 999");

        ScriptLoader.Loaded loaded = ScriptLoader.load("d", with(valid, "transport-bis.yaml", copy), valid, Set.of());

        assertThat(loaded.library()).isEmpty();
        assertThat(loaded.problems()).extracting(Problem::toString).singleElement().asString()
                .isEqualTo("d/transport.yaml:9:5: duplicate number 0800333333: already a number of d/transport-bis.yaml:9:5");
    }

    @Test
    void aFileNamedUnlikeItsHotlineIsAProblem() throws IOException {
        Map<String, String> files = with(realFiles(), "transports.yaml", realFiles().get("transport.yaml"));
        files.remove("transport.yaml");

        assertThat(ScriptLoader.load("d", files, Map.of(), Set.of()).problems()).extracting(Problem::toString)
                .containsExactly("d/transports.yaml:5:10: hotline 'transport' must be named like its file (transports.yaml)");
    }
}
