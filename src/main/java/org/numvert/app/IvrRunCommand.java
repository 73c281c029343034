package org.numvert.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.numvert.ivr.CrisisRequest;
import org.numvert.ivr.CrisisRouting;
import org.numvert.ivr.CrisisScope;
import org.numvert.ivr.CrisisState;
import org.numvert.ivr.DryRun;
import org.numvert.ivr.OpeningHours;
import org.numvert.ivr.Script;
import org.numvert.ivr.ScriptLibrary;
import org.numvert.ivr.Stamp;
import org.numvert.ivr.yaml.ScriptLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ivr run HOTLINE --at 2026-05-11T09:00 --digits 2,1}: the path a caller would take, with
 * the production interpreter: prompts with their text, menus and keys, and the final routing.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Dry-run a call: print the prompts, menus, keys and the outcome.")
final class IvrRunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "HOTLINE", description = "Hotline id or number (0800111111).")
    String hotline;

    @Option(names = "--at", paramLabel = "TIME",
            description = "When the call starts: local time in Europe/Paris (2026-05-11T09:00) or with an offset; default now.")
    String at;

    @Option(names = "--digits", paramLabel = "KEYS", split = ",",
            description = "The keys pressed at each menu, in order; '-' for no input (timeout). Menus after the last time out.")
    List<String> digits = new ArrayList<>();

    @Option(names = "--crisis", paramLabel = "MESSAGE", description = "Simulate crisis mode with this crisis message.")
    String crisisMessage;

    @Option(names = "--crisis-group", paramLabel = "GROUP", description = "In crisis mode, route every call to this group.")
    String crisisGroup;

    @Option(names = "--crisis-hotline", paramLabel = "HOTLINE", description = "In crisis mode, use this hotline's flow.")
    String crisisHotline;

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
            return usage(e.getMessage());
        }
        if (loaded.library().isEmpty()) {
            return IvrCommand.reportProblems(out, loaded);
        }
        ScriptLibrary library = loaded.library().get();
        Optional<Script> script = library.find(hotline);
        if (script.isEmpty()) {
            return usage("no hotline '" + hotline + "' (hotlines: " + String.join(", ", library.hotlines()) + ")");
        }
        Instant start;
        try {
            start = startInstant();
        } catch (DateTimeParseException e) {
            return usage("--at: '" + at + "' is not a time like 2026-05-11T09:00");
        }
        Optional<CrisisState> crisis = crisis(library, loaded, script.get().id(), start);
        if (crisis.isEmpty()) {
            return Main.EXIT_CONFIG;
        }
        out.println(DryRun.run(library, script.get().id(), start, digits, crisis.get()).transcript());
        out.flush();
        return 0;
    }

    private Instant startInstant() {
        if (at == null) {
            return Clock.systemUTC().instant();
        }
        try {
            return OffsetDateTime.parse(at).toInstant();
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(at).atZone(OpeningHours.ZONE).toInstant();
        }
    }

    private Optional<CrisisState> crisis(ScriptLibrary library, ScriptLoader.Loaded loaded, String id, Instant start) {
        if (crisisMessage == null) {
            if (crisisGroup != null || crisisHotline != null) {
                usage("--crisis-group and --crisis-hotline need --crisis MESSAGE");
                return Optional.empty();
            }
            return Optional.of(CrisisState.NONE);
        }
        CrisisRouting routing = crisisGroup != null ? new CrisisRouting.ToGroup(crisisGroup)
                : crisisHotline != null ? new CrisisRouting.ToHotline(crisisHotline) : new CrisisRouting.MessageOnly();
        CrisisRequest request = new CrisisRequest(CrisisScope.of(id), crisisMessage, routing,
                start.plus(Duration.ofHours(1)), "ivr run");
        List<String> problems = request.problems(library, loaded.knownGroups(), start);
        if (!problems.isEmpty()) {
            usage("--crisis: " + String.join("; ", problems));
            return Optional.empty();
        }
        return Optional.of(new CrisisState(List.of(request.toSwitch(library, new Stamp("ivr run", start)))));
    }

    private int usage(String message) {
        spec.commandLine().getErr().println(message);
        spec.commandLine().getErr().flush();
        return Main.EXIT_CONFIG;
    }
}
