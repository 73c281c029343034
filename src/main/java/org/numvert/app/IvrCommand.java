package org.numvert.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.numvert.ivr.Problem;
import org.numvert.ivr.yaml.ScriptFiles;
import org.numvert.ivr.yaml.ScriptLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ivr validate | run | prompts}: the IVR scripts from the command line, with the same
 * loader, validator and interpreter as the service. Offline, a script may route only to the
 * groups of the catalogue ({@code skill-groups.yaml}), not to groups created in the database.
 */
@Command(name = "ivr", mixinStandardHelpOptions = true,
        description = "IVR scripts: validate them, dry-run a call, list the prompts to record.",
        subcommands = {IvrValidateCommand.class, IvrRunCommand.class, IvrPromptsCommand.class})
final class IvrCommand implements Runnable {
    static final Path DEFAULT_DIR = Path.of("ivr-scripts");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a sub-command is required: validate, run or prompts");
    }

    /** Loads {@code dir} with no fallback (what is in the files is what is judged). */
    static ScriptLoader.Loaded load(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("no such directory: " + dir);
        }
        return ScriptLoader.load(dir.toString(), ScriptFiles.read(dir), Map.of(), Set.of());
    }

    /** Prints every problem and a count; the exit code of invalid scripts. */
    static int reportProblems(PrintWriter out, ScriptLoader.Loaded loaded) {
        loaded.problems().stream().map(Problem::toString).forEach(out::println);
        out.println(loaded.problems().size() + " problem(s)");
        out.flush();
        return Main.EXIT_CONFIG;
    }
}
