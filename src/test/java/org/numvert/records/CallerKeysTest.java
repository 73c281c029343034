package org.numvert.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.numvert.routing.CallerNumber;
import org.numvert.store.CallerColumns;

class CallerKeysTest {
    @TempDir
    Path dir;

    @Test
    void theFrenchWritingsOfANumberAreOneNumber() {
        assertThat(CallerKeys.normalise("+33 6 12 34 56 78")).isEqualTo("0612345678");
        assertThat(CallerKeys.normalise("0033612345678")).isEqualTo("0612345678");
        assertThat(CallerKeys.normalise("06.12.34.56.78")).isEqualTo("0612345678");
        assertThat(CallerKeys.normalise("+44 20 7946 0958")).isEqualTo("+442079460958");
        assertThat(CallerKeys.normalise("anonymous")).isEmpty();
    }

    @Test
    void aKeyDependsOnTheNumberAndTheSecretOnly() {
        CallerKeys keys = CallerKeys.of("secret one".getBytes(StandardCharsets.UTF_8));
        String key = keys.keyOf(CallerNumber.of("0612345678"));

        assertThat(key).hasSize(32).matches("[0-9a-f]+").doesNotContain("612345678");
        assertThat(keys.keyOf(CallerNumber.of("+33 6 12 34 56 78"))).isEqualTo(key);
        assertThat(keys.keyOf(CallerNumber.of("0612345679"))).isNotEqualTo(key);
        assertThat(CallerKeys.of("secret two".getBytes(StandardCharsets.UTF_8)).keyOf(CallerNumber.of("0612345678")))
                .isNotEqualTo(key);
        assertThat(keys.keyOf(CallerNumber.withheld())).isNull();
        assertThat(keys.columns(CallerNumber.of("anonymous"))).isEqualTo(CallerColumns.withheld());
        assertThat(keys.columns(CallerNumber.of("+33612345678"))).isEqualTo(CallerColumns.clear("0612345678", key));
    }

    @Test
    void theSecretIsMadeOnceIntoAFileOnlyItsOwnerReads() throws Exception {
        Path file = dir.resolve("caller-key");
        String first = CallerKeys.load(file).keyOf(CallerNumber.of("0612345678"));

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(CallerKeys.load(file).keyOf(CallerNumber.of("0612345678"))).isEqualTo(first);
        assertThat(Files.readString(file).strip()).hasSize(44);
    }
}
