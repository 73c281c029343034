package org.numvert.web.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cells of a CSV meant for a French spreadsheet. */
class CsvTest {
    @Test
    void numbersTimesAndTextAreWrittenForAFrenchSpreadsheet() {
        assertThat(Csv.cell(0.8571)).isEqualTo("0,8571");
        assertThat(Csv.cell(30.0)).isEqualTo("30");
        assertThat(Csv.cell(Double.NaN)).isEmpty();
        assertThat(Csv.cell(null)).isEmpty();
        assertThat(Csv.cell(1234567L)).isEqualTo("1234567");
        assertThat(Csv.cell(Instant.parse("2026-07-01T07:15:00Z"))).isEqualTo("2026-07-01 09:15:00");
        assertThat(Csv.cell(Instant.parse("2026-01-01T07:15:00Z"))).isEqualTo("2026-01-01 08:15:00");
        assertThat(Csv.cell("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(Csv.cell("-1")).isEqualTo("'-1");
        assertThat(Csv.cell("Aides régionales")).isEqualTo("Aides régionales");
    }

    @Test
    void aDocumentHasABomSemicolonsCrlfAndQuotesWhereNeeded() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("label", "Aides; \"PME\"");
        row.put("note", "deux\nlignes");
        row.put("sl", 0.5);
        String text = Csv.document(List.of("label", "note", "sl"), List.of(row)).toString(StandardCharsets.UTF_8);

        assertThat(text).isEqualTo("\uFEFFlabel;note;sl\r\n\"Aides; \"\"PME\"\"\";\"deux\nlignes\";0,5\r\n");
    }
}
