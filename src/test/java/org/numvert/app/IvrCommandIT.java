package org.numvert.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.numvert.testing.ServiceProcess;

/** {@code java -jar numvert.jar ivr …} as a script editor runs it: exit codes and output. */
class IvrCommandIT {
    private static final Path SCRIPTS = Path.of("ivr-scripts").toAbsolutePath();

    @TempDir
    Path workDir;

    @Test
    void validateAndRunTheRealScripts() throws Exception {
        ServiceProcess.Finished valid = ServiceProcess.run(workDir, Map.of(), "ivr", "validate", SCRIPTS.toString());
        assertThat(valid.exitCode()).isZero();
        assertThat(valid.output()).contains("valid (3 hotline(s)");

        ServiceProcess.Finished run = ServiceProcess.run(workDir, Map.of(), "ivr", "run", "entreprises",
                "--dir", SCRIPTS.toString(), "--at", "2026-05-11T09:00", "--digits", "2,1");
        assertThat(run.exitCode()).isZero();
        assertThat(run.output()).contains("ROUTE   group entreprises-prets, priority 0, topic pret-garanti-etat");
    }

    @Test
    void validateExits2WithTheProblems() throws Exception {
        Path dir = Files.createDirectories(workDir.resolve("scripts"));
        Files.writeString(dir.resolve("skill-groups.yaml"), "groups:\n  - id: groupe-a\n");
        Files.writeString(dir.resolve("essai.yaml"), "hotline: essai\nnumbers: [0800 999 999]\nstart: a\nnodes:\n"
                + "  a: {route: groupe-b}\n");

        ServiceProcess.Finished invalid = ServiceProcess.run(workDir, Map.of(), "ivr", "validate", dir.toString());

        assertThat(invalid.exitCode()).isEqualTo(2);
        assertThat(invalid.output()).contains(dir + "/essai.yaml:5:14: unknown skill group 'groupe-b'", "1 problem(s)");
    }
}
