package org.numvert.faq;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads articles from JSON lines, one object per line: {@code id} and {@code title} required;
 * {@code body} (Markdown or plain text), {@code category}, {@code hotline} (name, list, or
 * {@code all}), {@code audience} (REGION, ADOCC, ALL; another value means ALL), {@code tags}
 * (list or comma-separated), {@code updated} or {@code date} (ISO or dd/mm/yyyy) optional; other
 * keys are ignored. Ids are any strings. Streams: a large export is never held in memory.
 */
public final class JsonLinesArticles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLinesArticles() {
    }

    /** Gives each good line to {@code sink}; returns the lines that were not articles. */
    public static List<SourceProblem> read(Path file, Consumer<ArticleSource> sink) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.getFileName().toString(), sink);
        }
    }

    /** Like {@link #read(Path, Consumer)}, from any reader; {@code name} names it in problems. */
    public static List<SourceProblem> read(BufferedReader reader, String name, Consumer<ArticleSource> sink)
            throws IOException {
        List<SourceProblem> problems = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String origin = name + ":" + number;
            try {
                sink.accept(parse(JSON.readTree(line), origin));
            } catch (IOException | IllegalArgumentException e) {
                problems.add(new SourceProblem(origin, e.getMessage()));
            }
        }
        return problems;
    }

    static ArticleSource parse(JsonNode node, String origin) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        LocalDate day = SourceFields.day(node.hasNonNull("updated") ? node.get("updated") : node.get("date"));
        Article article = new Article(
                SourceFields.text(node.get("id")),
                SourceFields.text(node.get("title")),
                SourceFields.text(node.get("body")),
                SourceFields.list(node.has("hotline") ? node.get("hotline") : node.get("hotlines")),
                SourceFields.text(node.get("category")),
                SourceFields.audience(node.get("audience")),
                SourceFields.list(node.get("tags")),
                day == null ? LocalDate.now() : day);
        return new ArticleSource(article, day != null, origin);
    }
}
