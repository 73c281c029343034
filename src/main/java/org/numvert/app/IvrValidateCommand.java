package org.numvert.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.numvert.ivr.DialledNumber;
import org.numvert.ivr.Ref;
import org.numvert.ivr.Script;
import org.numvert.ivr.ScriptLibrary;
import org.numvert.ivr.yaml.ScriptLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code ivr validate [DIR]}: exit 0 when every script is valid, 2 with every problem listed. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check the IVR scripts of DIR (default ivr-scripts): every problem with file:line:column.")
final class IvrValidateCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Scripts directory.")
    Path dir = IvrCommand.DEFAULT_DIR;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ScriptLoader.Loaded loaded;
        try {
            loaded = IvrCommand.load(dir);
        } catch (IOException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return Main.EXIT_CONFIG;
        }
        if (!loaded.isValid()) {
            return IvrCommand.reportProblems(out, loaded);
        }
        ScriptLibrary library = loaded.library().orElseThrow();
        for (Script script : library.scripts()) {
            out.println(script.id() + ": " + script.source() + ", numbers " + String.join(", ",
                    script.hotline().numbers().stream().map(Ref::name).map(DialledNumber::readable).toList())
                    + ", " + script.flow().nodes().size() + " nodes, " + script.prompts().size() + " prompts");
        }
        out.println(dir + ": valid (" + library.scripts().size() + " hotline(s), "
                + library.crisisMessages().messages().size() + " crisis message(s), "
                + loaded.knownGroups().size() + " skill group(s))");
        out.flush();
        return 0;
    }
}
