package org.numvert.app;

import picocli.CommandLine.Command;
import picocli.CommandLine;

/** {@code kb}: the FAQ's offline tools (the service must be stopped, except for {@code eval}). */
@Command(name = "kb", mixinStandardHelpOptions = true,
        description = "FAQ tools: import, export, reindex, eval.",
        subcommands = {KbImportCommand.class, KbExportCommand.class, KbReindexCommand.class, KbEvalCommand.class})
final class KbCommand implements Runnable {
    /** Exit code of an import that left conflicts or unreadable entries (the report says which). */
    static final int EXIT_CONFLICTS = 3;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "a kb sub-command is required");
    }
}
