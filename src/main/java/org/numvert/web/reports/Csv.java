package org.numvert.web.reports;

import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * CSV for a French spreadsheet (LibreOffice, Excel in a French locale): UTF-8 with a byte-order
 * mark (so that accents are read right), {@code ;} between cells, decimal comma, CRLF line ends,
 * cells quoted when they hold a separator, a quote or a line end. Times are Europe/Paris local
 * times {@code 2026-05-11 09:00:00}, which both spreadsheets read as dates. Text that a
 * spreadsheet would run as a formula ({@code = + - @}) is prefixed with {@code '}.
 */
final class Csv {
    static final String CONTENT_TYPE = "text/csv; charset=utf-8";
    static final String BOM = "\uFEFF";
    private static final CSVFormat FORMAT = CSVFormat.Builder.create(CSVFormat.DEFAULT).setDelimiter(';')
            .setRecordSeparator("\r\n").setQuoteMode(QuoteMode.MINIMAL).get();
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Csv() {
    }

    /** A whole document: BOM, header, rows (each row a map with the header's keys). */
    static Buffer document(List<String> header, List<Map<String, Object>> rows) {
        return Buffer.buffer(BOM + header(header) + records(header, rows));
    }

    /** Rows without header (a page of a long export). */
    static String records(List<String> header, List<Map<String, Object>> rows) {
        return lines(rows.stream().map(row -> header.stream().map(row::get).map(Csv::cell).toList()).toList());
    }

    static String header(List<String> header) {
        return lines(List.of(header));
    }

    private static String lines(List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing CSV to memory", e);
        }
        return out.toString();
    }

    /** One value as a cell. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return d.isNaN() ? "" : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString().replace('.', ',');
        }
        if (value instanceof Number) {
            return value.toString();
        }
        if (value instanceof Instant instant) {
            return LOCAL.format(instant.atZone(ReportParams.ZONE));
        }
        String text = value.toString();
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
