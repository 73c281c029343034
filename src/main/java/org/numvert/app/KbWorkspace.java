package org.numvert.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.numvert.faq.Faq;
import org.numvert.faq.FaqIndex;
import org.numvert.faq.FrenchAnalysis;
import org.numvert.store.Database;
import org.numvert.store.FaqArticleRepository;
import org.numvert.store.Migrations;
import picocli.CommandLine.Option;

/**
 * The FAQ of a data directory opened by a command-line tool ({@code kb import}, {@code export},
 * {@code reindex}) while the service is stopped: the database (migrated) and the index. HSQLDB
 * and Lucene lock their files, so a running service makes these tools fail with a clear message.
 */
final class KbWorkspace implements AutoCloseable {
    private final Database database;
    private final Faq faq;

    private KbWorkspace(Database database, Faq faq) {
        this.database = database;
        this.faq = faq;
    }

    /** The {@code --config} and {@code --data-dir} options of every {@code kb} tool. */
    static final class Options {
        @Option(names = "--config", paramLabel = "FILE",
                description = "Configuration file (YAML or JSON); default ./numvert.yaml if present.")
        Path configFile;

        @Option(names = "--data-dir", paramLabel = "DIR", description = "Data directory (dataDir).")
        Path dataDir;

        NumvertConfig load() throws ConfigException {
            Map<String, String> overrides = new HashMap<>();
            if (dataDir != null) {
                overrides.put("dataDir", dataDir.toString());
            }
            return ConfigLoader.load(Optional.ofNullable(configFile), System.getenv(), overrides);
        }
    }

    /** What a tool does with the opened workspace; returns its exit code. */
    @FunctionalInterface
    interface Work {
        int on(KbWorkspace workspace, NumvertConfig config) throws IOException;
    }

    /**
     * Runs a tool: loads the configuration (exit 2 on a bad one), opens the workspace, does the
     * work and closes it; a failure is one line on standard error and exit code 1.
     */
    static int run(String tool, Options options, Work work) {
        NumvertConfig config;
        try {
            config = options.load();
        } catch (ConfigException e) {
            System.err.println(e.getMessage());
            return Main.EXIT_CONFIG;
        }
        try (KbWorkspace workspace = open(config)) {
            return work.on(workspace, config);
        } catch (IOException | RuntimeException e) {
            return failed(tool, e);
        }
    }

    static KbWorkspace open(NumvertConfig config) throws IOException {
        Files.createDirectories(config.databaseDir());
        Database database = Database.openFile(config.databaseDir());
        try {
            Migrations.fromClasspath(database).migrate();
            FaqIndex index = FaqIndex.open(config.indexDir(), FrenchAnalysis.fromSynonymsFile(config.faq().synonymsFile()));
            return new KbWorkspace(database, new Faq(new FaqArticleRepository(database), index, Clock.systemUTC()));
        } catch (IOException | RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * Reports why a tool failed, in one line (no stack trace for an operator), and returns exit
     * code 1. A locked database or index most often means the service is running.
     */
    static int failed(String tool, Exception e) {
        String reason = e.getMessage() == null ? e.toString() : e.getMessage();
        System.err.println("kb " + tool + " failed: " + reason);
        if (reason.toLowerCase(Locale.ROOT).contains("lock")) {
            System.err.println("(the database or the index is in use: stop the service first)");
        }
        return 1;
    }

    Faq faq() {
        return faq;
    }

    @Override
    public void close() throws IOException {
        try {
            faq.close();
        } finally {
            database.close();
        }
    }
}
