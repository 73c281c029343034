package org.numvert.faq;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code kb/} file format: a YAML front matter between {@code ---} lines, then the Markdown
 * body.
 *
 * <pre>
 * ---
 * id: fonds-solidarite-tpe
 * title: "Fonds de solidarité : qui peut en bénéficier ?"
 * hotline: [entreprises]        # one or more hotlines, or: all
 * category: aides-urgence
 * audience: ALL                 # REGION, ADOCC or ALL
 * tags: [fonds de solidarité, TPE]
 * updated: 2020-04-15
 * ---
 * Markdown body…
 * </pre>
 */
public final class MarkdownArticles {
    static final Set<String> KEYS = Set.of("id", "title", "hotline", "hotlines", "category", "audience", "tags", "updated");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER));
    private static final String FENCE = "---";

    private MarkdownArticles() {
    }

    /**
     * Reads one file's text; unknown front-matter keys are added to {@code ignored}.
     *
     * @param defaultId used when the front matter has no id (the file name without extension)
     * @throws IllegalArgumentException naming the problem, when the file is not an article
     */
    public static ArticleSource parse(String text, String defaultId, String origin, List<String> ignored) {
        String normalised = text.replace("\r\n", "\n");
        if (normalised.startsWith("\uFEFF")) {
            normalised = normalised.substring(1);
        }
        if (!normalised.startsWith(FENCE + "\n")) {
            throw new IllegalArgumentException("no front matter (the file must start with a --- line)");
        }
        int end = normalised.indexOf("\n" + FENCE, FENCE.length());
        if (end < 0) {
            throw new IllegalArgumentException("front matter is not closed by a --- line");
        }
        String header = normalised.substring(FENCE.length() + 1, end + 1);
        int bodyStart = normalised.indexOf('\n', end + 1);
        String body = bodyStart < 0 ? "" : normalised.substring(bodyStart + 1);
        return fromHeader(readHeader(header), body, defaultId, origin, ignored);
    }

    /** The file text of an article: front matter and body. */
    public static String format(Article article) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("id", article.id());
        header.put("title", article.title());
        header.put("hotline", article.hotlines().equals(List.of(Article.ALL_HOTLINES))
                ? Article.ALL_HOTLINES : article.hotlines());
        header.put("category", article.category());
        header.put("audience", article.audience().name());
        header.put("tags", article.tags());
        header.put("updated", article.updated().toString());
        try {
            return FENCE + "\n" + YAML.writeValueAsString(header) + FENCE + "\n\n" + article.body() + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
    }

    private static JsonNode readHeader(String header) {
        try {
            JsonNode node = YAML.readTree(header);
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException("front matter must be a mapping of keys to values");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("front matter is not valid YAML: " + e.getOriginalMessage(), e);
        }
    }

    private static ArticleSource fromHeader(JsonNode h, String body, String defaultId, String origin,
            List<String> ignored) {
        for (Iterator<String> names = h.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!KEYS.contains(name)) {
                ignored.add(name);
            }
        }
        String id = h.hasNonNull("id") ? SourceFields.text(h.get("id")) : defaultId;
        LocalDate day = h.hasNonNull("updated") ? SourceFields.day(h.get("updated")) : null;
        if (h.hasNonNull("updated") && day == null) {
            throw new IllegalArgumentException("updated must be a day (2020-04-15), not '" + h.get("updated").asText() + "'");
        }
        Audience audience = h.hasNonNull("audience") ? Audience.parse(h.get("audience").asText()) : Audience.ALL;
        List<String> hotlines = SourceFields.list(h.has("hotline") ? h.get("hotline") : h.get("hotlines"));
        Article article = new Article(id, SourceFields.text(h.get("title")), body, new ArrayList<>(hotlines),
                SourceFields.text(h.get("category")), audience, SourceFields.list(h.get("tags")),
                day == null ? LocalDate.now() : day);
        return new ArticleSource(article, day != null, origin);
    }
}
