package org.numvert.faq;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Lenient reading of the fields of an imported article (front matter or JSON line). */
final class SourceFields {
    private static final DateTimeFormatter FRENCH_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private SourceFields() {
    }

    static String text(JsonNode node) {
        return node == null || node.isNull() || node.isContainerNode() ? null : node.asText();
    }

    /** A list, a single value, or a comma-separated string. */
    static List<String> list(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node == null || node.isNull()) {
            return values;
        }
        if (node.isArray()) {
            node.forEach(item -> values.add(item.asText()));
        } else {
            Arrays.stream(node.asText().split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .forEach(values::add);
        }
        return values;
    }

    /** REGION, ADOCC or ALL; another kind of value (a list of public types …) means ALL. */
    static Audience audience(JsonNode node) {
        if (node == null || !node.isTextual()) {
            return Audience.ALL;
        }
        try {
            return Audience.parse(node.asText());
        } catch (IllegalArgumentException e) {
            return Audience.ALL;
        }
    }

    /** An ISO day (a time after it is ignored) or dd/mm/yyyy; null when absent or unreadable. */
    static LocalDate day(JsonNode node) {
        String text = text(node);
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        try {
            return s.contains("/") ? LocalDate.parse(s, FRENCH_DAY) : LocalDate.parse(s.substring(0, Math.min(10, s.length())));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
