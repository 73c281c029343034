package org.numvert.ivr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.numvert.ivr.yaml.ScriptFiles;
import org.numvert.ivr.yaml.ScriptLoader;

/** The repository's {@code ivr-scripts/}, loaded once, and dry runs over it. */
final class RealScripts {
    static final Path DIR = Path.of("ivr-scripts");
    static final ScriptLoader.Loaded LOADED = load();
    static final ScriptLibrary LIBRARY = LOADED.library().orElseThrow(
            () -> new IllegalStateException("ivr-scripts invalid: " + LOADED.problems()));

    private RealScripts() {
    }

    private static ScriptLoader.Loaded load() {
        try {
            return ScriptLoader.load("ivr-scripts", ScriptFiles.read(DIR), java.util.Map.of(), java.util.Set.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A local time in Europe/Paris. */
    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(OpeningHours.ZONE).toInstant();
    }

    static DryRun.Result run(String hotline, String local, String... inputs) {
        return DryRun.run(LIBRARY, hotline, at(local), List.of(inputs), CrisisState.NONE);
    }

    static DryRun.Result run(String hotline, String local, CrisisState crisis, String... inputs) {
        return DryRun.run(LIBRARY, hotline, at(local), List.of(inputs), crisis);
    }
}
