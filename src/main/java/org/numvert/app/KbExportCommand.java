package org.numvert.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.numvert.faq.KbFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code kb export DIR}: the current revision of every article, as kb/ Markdown files. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write every article (current revision) as a Markdown file with front matter into DIR.")
final class KbExportCommand implements Callable<Integer> {
    @Mixin
    KbWorkspace.Options options = new KbWorkspace.Options();

    @Parameters(paramLabel = "DIR", description = "Target directory (created if needed; files are overwritten).")
    Path target;

    @Override
    public Integer call() {
        return KbWorkspace.run("export", options, (workspace, config) -> {
            int written = KbFiles.export(workspace.faq().all(), target);
            System.out.println("kb export: " + written + " article(s) written to " + target);
            return 0;
        });
    }
}
