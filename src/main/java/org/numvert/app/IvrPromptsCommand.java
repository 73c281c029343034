package org.numvert.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import org.numvert.ivr.CrisisMessages;
import org.numvert.ivr.Prompt;
import org.numvert.ivr.Script;
import org.numvert.ivr.ScriptLibrary;
import org.numvert.ivr.yaml.ScriptLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ivr prompts [HOTLINE]}: every prompt with its sound file and French text, per hotline,
 * then the crisis messages: the list to hand to the recording studio. One line per prompt,
 * {@code <sound file> TAB <text>}, so that it pastes into a spreadsheet.
 */
@Command(name = "prompts", mixinStandardHelpOptions = true,
        description = "List every prompt to record (sound file, French text), per hotline, and the crisis messages.")
final class IvrPromptsCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "HOTLINE", description = "Only this hotline.")
    String hotline;

    @Option(names = "--dir", paramLabel = "DIR", description = "Scripts directory (default ivr-scripts).")
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
        if (loaded.library().isEmpty()) {
            return IvrCommand.reportProblems(out, loaded);
        }
        ScriptLibrary library = loaded.library().get();
        if (hotline != null && library.script(hotline).isEmpty()) {
            spec.commandLine().getErr().println("no hotline '" + hotline + "' (hotlines: "
                    + String.join(", ", library.hotlines()) + ")");
            return Main.EXIT_CONFIG;
        }
        List<Script> scripts = library.scripts().stream().filter(s -> hotline == null || s.id().equals(hotline)).toList();
        scripts.forEach(s -> section(out, "# " + s.id() + " – " + s.hotline().label() + " (" + s.source().file() + ")",
                s.prompts().values()));
        if (hotline == null) {
            CrisisMessages crisis = library.crisisMessages();
            section(out, "# crise – crisis messages (" + crisis.source().file() + ")", crisis.messages().values());
        }
        out.flush();
        return 0;
    }

    private static void section(PrintWriter out, String title, Collection<Prompt> prompts) {
        out.println(title);
        prompts.stream().filter(p -> !p.standard()).forEach(p -> out.println(p.soundFile() + "\t" + p.text()));
        prompts.stream().filter(Prompt::standard)
                .forEach(p -> out.println(p.soundFile() + "\t" + p.text() + "\t(standard Asterisk sound: nothing to record)"));
        out.println();
    }
}
