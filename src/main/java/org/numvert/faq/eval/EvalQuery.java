package org.numvert.faq.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One evaluation query: the words, the ids of the articles that answer it (any of them is a
 * success), its kind (the {@code transform} of a synthetic variant, else its {@code kind}), and
 * its group when the file gives one: the intent it phrases, shared by its other phrasings and
 * variants.
 */
public record EvalQuery(String text, Set<String> expected, String kind, Optional<String> group) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public EvalQuery {
        expected = Set.copyOf(expected);
    }

    public EvalQuery(String text, Set<String> expected, String kind) {
        this(text, expected, kind, Optional.empty());
    }

    /** Who stands behind the query when it votes: its group, else its words. */
    public String voter() {
        return group.orElse(text);
    }

    /**
     * Reads JSON lines {@code {"query", "expected_ids" | "expected", "kind", "transform"?, "group"?}}; a line
     * without expected ids is skipped (nothing to measure).
     */
    public static List<EvalQuery> read(InputStream in) throws IOException {
        List<EvalQuery> queries = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = JSON.readTree(line);
            if (!node.hasNonNull("query")) {
                throw new IOException("line " + number + ": no \"query\"");
            }
            Set<String> expected = new LinkedHashSet<>();
            JsonNode ids = node.has("expected_ids") ? node.get("expected_ids") : node.get("expected");
            if (ids != null) {
                ids.forEach(id -> expected.add(id.asText()));
            }
            if (!expected.isEmpty()) {
                String text = node.get("query").asText();
                queries.add(new EvalQuery(text, expected, kindOf(node),
                        Optional.ofNullable(node.path("group").textValue())));
            }
        }
        return queries;
    }

    private static String kindOf(JsonNode node) {
        if (node.path("synthetic").asBoolean(false) && node.hasNonNull("transform")) {
            return node.get("transform").asText();
        }
        return node.path("kind").asText("query");
    }
}
