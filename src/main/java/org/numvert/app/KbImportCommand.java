package org.numvert.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.numvert.faq.ImportReport;
import org.numvert.faq.KbFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kb import DIR|FILE.jsonl}: idempotent by id; newer database revisions are reported, not replaced. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import articles from a kb/ directory of Markdown files or a JSON-lines file.",
            "Idempotent by id. A database revision newer than the file is kept and reported as a conflict.",
            "Exit codes: 0 done, 1 failure, 2 usage, 3 done with conflicts or unreadable entries."})
final class KbImportCommand implements Callable<Integer> {
    @Mixin
    KbWorkspace.Options options = new KbWorkspace.Options();

    @Parameters(paramLabel = "DIR|FILE.jsonl", description = "A kb/ directory or a .jsonl file.")
    Path source;

    @Option(names = "--force", description = "Replace conflicting database revisions too (they stay in the history).")
    boolean force;

    @Override
    public Integer call() {
        return KbWorkspace.run("import", options, (workspace, config) -> {
            KbFiles.Read read = KbFiles.read(source);
            ImportReport report = workspace.faq().importArticles(read.sources(), force).withProblems(read.problems());
            System.out.println("kb import " + source + ": " + report.summary());
            report.conflicts().forEach(c -> System.out.println("conflict: " + c));
            report.problems().forEach(p -> System.out.println("problem: " + p));
            return report.conflicts().isEmpty() && report.problems().isEmpty() ? 0 : KbCommand.EXIT_CONFLICTS;
        });
    }
}
