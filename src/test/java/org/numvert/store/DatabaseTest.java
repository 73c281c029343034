package org.numvert.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file database is shut down cleanly on close: its lock is released at once. */
class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void closingReleasesTheLockSoThatTheNextStartOpensTheDatabaseAtOnce() {
        Path lock = dir.resolve("numvert.lck");
        // Each round opens the pool's connections, then closes: a connection opened again after
        // the SHUTDOWN would reopen the database and keep the lock file alive.
        for (int round = 0; round < 10; round++) {
            Database database = Database.openFile(dir);
            assertThat(database.ping()).isTrue();
            assertThat(lock).exists();
            database.close();
            assertThat(lock).as("round %d: the lock file is gone after close", round).doesNotExist();
        }
    }

    @Test
    void whatWasWrittenIsThereAfterReopening() {
        try (Database database = Database.openFile(dir)) {
            Migrations.fromClasspath(database).migrate();
            new SettingsRepository(database).put("test.key", "kept");
        }
        try (Database database = Database.openFile(dir)) {
            assertThat(new SettingsRepository(database).get("test.key")).contains("kept");
        }
        assertThat(Files.exists(dir.resolve("numvert.lck"))).isFalse();
    }
}
