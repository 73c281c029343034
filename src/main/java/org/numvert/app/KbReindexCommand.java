package org.numvert.app;

import java.io.IOException;
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
        try {
            return run();
        } catch (IOException | RuntimeException e) {
            return KbWorkspace.failed("reindex", e);
        }
    }

    private int run() throws IOException {
        NumvertConfig config;
        try {
            config = options.load();
        } catch (ConfigException e) {
            System.err.println(e.getMessage());
            return Main.EXIT_CONFIG;
        }
        int count;
        try (KbWorkspace workspace = KbWorkspace.open(config)) {
            count = workspace.faq().reindex();
        }
        System.out.println("kb reindex: " + count + " article(s) indexed in " + config.indexDir());
        return 0;
    }
}
