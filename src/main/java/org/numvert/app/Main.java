package org.numvert.app;

import java.util.Arrays;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar numvert.jar [serve|...]}: the service and its command-line tools. Without a
 * sub-command (or with options only) it serves. Exit codes: 0 success, 1 failure, 2 invalid
 * configuration or usage.
 */
@Command(name = "numvert", mixinStandardHelpOptions = true, version = "numvert 0.1.0",
        description = "Telephony and contact-center backend of the Region's free phone numbers.",
        subcommands = {ServeCommand.class, IvrCommand.class, UsersCommand.class,
                SimulateCommand.class, ErlangCommand.class, KbCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int EXIT_CONFIG = 2;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (tests call this without exiting). */
    public static int run(String... args) {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        return commandLine().execute(withDefaultCommand(args));
    }

    /** The command line with its sub-commands, as {@link #run} executes it (tests set its output). */
    static CommandLine commandLine() {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    static String[] withDefaultCommand(String[] args) {
        if (args.length == 0 || (args[0].startsWith("-") && !isTopLevelOption(args[0]))) {
            String[] withServe = new String[args.length + 1];
            withServe[0] = "serve";
            System.arraycopy(args, 0, withServe, 1, args.length);
            return withServe;
        }
        return args;
    }

    private static boolean isTopLevelOption(String arg) {
        return Arrays.asList("-h", "--help", "-V", "--version").contains(arg);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "a sub-command is required");
    }
}
