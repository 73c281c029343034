package org.numvert.telephony;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import org.numvert.ivr.OpeningHours;
import org.numvert.ivr.ScriptLibrary;
import org.numvert.ivr.yaml.ScriptFiles;
import org.numvert.ivr.yaml.ScriptLoader;

/** The repository's IVR scripts, and a clock inside every hotline's opening hours. */
final class TestIvr {
    /** Monday 11 May 2026, 10:00 in Paris: every hotline is open. */
    static final Instant OPEN = LocalDateTime.parse("2026-05-11T10:00").atZone(OpeningHours.ZONE).toInstant();
    static final InstantSource CLOCK = InstantSource.fixed(OPEN);
    static final ScriptLibrary LIBRARY = load();

    private TestIvr() {
    }

    private static ScriptLibrary load() {
        try {
            ScriptLoader.Loaded loaded = ScriptLoader.load("ivr-scripts", ScriptFiles.read(Path.of("ivr-scripts")),
                    Map.of(), Set.of());
            return loaded.library().orElseThrow(() -> new IllegalStateException("ivr-scripts: " + loaded.problems()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
