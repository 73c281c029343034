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
import java.util.Set;

/**
 * One evaluation query: the words, the ids of the articles that answer it (any of them is a
 * success), and its kind: the {@code transform} of a synthetic variant, else its {@code kind}.
 */
public record EvalQuery(String text, Set<String> expected, String kind) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public EvalQuery {
        expected = Set.copyOf(expected);
    }

    /**
     * Reads JSON lines {@code {"query", "expected_ids" | "expected", "kind", "transform"?}}; a line
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
                queries.add(new EvalQuery(node.get("query").asText(), expected, kindOf(node)));
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
