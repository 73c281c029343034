package org.numvert.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code kb reindex}: rebuilds the Lucene index from the database. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuild the FAQ search index from the database.")
final class KbReindexCommand implements Callable<Integer> {
    @Mixin
    KbWorkspace.Options options = new KbWorkspace.Options();

    @Override
    public Integer call() {
        return KbWorkspace.run("reindex", options, (workspace, config) -> {
            int count = workspace.faq().reindex();
            System.out.println("kb reindex: " + count + " article(s) indexed in " + config.indexDir());
            return 0;
        });
    }
}
