package org.numvert.ivr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.numvert.ivr.yaml.ScriptLoader;

/** The example of README's "IVR scripts" section is a valid script that does what it says. */
class ReadmeExampleTest {
    private static String example() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf("## IVR scripts"));
        int start = section.indexOf("```yaml\n") + "```yaml\n".length();
        return section.substring(start, section.indexOf("```", start));
    }

    @Test
    void theExampleIsValidAndRuns() throws IOException {
        ScriptLoader.Loaded loaded = ScriptLoader.load("README", Map.of("essai.yaml", example(),
                "skill-groups.yaml", "groups: [{id: groupe-a}]"), Map.of(), Set.of());

        assertThat(loaded.problems()).isEmpty();
        DryRun.Result run = DryRun.run(loaded.library().orElseThrow(), "0800 999 999",
                RealScripts.at("2026-05-11T10:00"), List.of("9", "1"), CrisisState.NONE);
        assertThat(run.outcome()).isInstanceOfSatisfying(IvrOutcome.RouteToGroup.class,
                r -> assertThat(r.group()).isEqualTo("groupe-a"));
        assertThat(DryRun.run(loaded.library().orElseThrow(), "essai", RealScripts.at("2026-04-06T10:00"),
                List.of("1"), CrisisState.NONE).outcome()).as("the Easter Monday opening")
                .isInstanceOf(IvrOutcome.RouteToGroup.class);
    }
}
