package org.numvert.faq;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One FAQ article as agents read it and as {@code kb/} holds it: Markdown body and its metadata.
 * Validated on construction, so that every article in the database and the index is well formed.
 *
 * @param id       stable identifier, any string (imports keep their source's ids)
 * @param hotlines hotline names ({@code entreprises}, {@code formation}, {@code transport}) or
 *                 {@link #ALL_HOTLINES} alone
 * @param tags     free keywords, searchable like the title
 * @param updated  the day the content was last checked or changed
 */
public record Article(String id, String title, String body, List<String> hotlines, String category,
        Audience audience, List<String> tags, LocalDate updated) {
    public static final String ALL_HOTLINES = "all";
    public static final int MAX_ID = 200;
    public static final int MAX_TITLE = 500;
    public static final int MAX_BODY = 1_000_000;
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,49}");

    public Article {
        id = required("id", id, MAX_ID);
        title = required("title", title, MAX_TITLE).replaceAll("\\s+", " ");
        body = Objects.requireNonNullElse(body, "").strip();
        if (body.length() > MAX_BODY) {
            throw new IllegalArgumentException("body is longer than " + MAX_BODY + " characters");
        }
        hotlines = hotlines == null || hotlines.isEmpty() ? List.of(ALL_HOTLINES) : names("hotline", hotlines);
        category = category == null || category.isBlank() ? "general" : required("category", category, 100);
        audience = Objects.requireNonNullElse(audience, Audience.ALL);
        tags = tags == null ? List.of() : tags.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
        Objects.requireNonNull(updated, "updated");
    }

    /** Whether this article concerns {@code hotline} (its own, or all hotlines). */
    public boolean concerns(String hotline) {
        return hotlines.contains(ALL_HOTLINES) || hotlines.contains(hotline);
    }

    /** Same content, ignoring the {@code updated} day. */
    public boolean sameContentAs(Article other) {
        return id.equals(other.id) && title.equals(other.title) && body.equals(other.body)
                && hotlines.equals(other.hotlines) && category.equals(other.category)
                && audience == other.audience && tags.equals(other.tags);
    }

    public Article withUpdated(LocalDate day) {
        return new Article(id, title, body, hotlines, category, audience, tags, day);
    }

    /** The value stripped; a blank or too long one is refused, naming the field. */
    static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new IllegalArgumentException(field + " is longer than " + max + " characters");
        }
        return stripped;
    }

    private static List<String> names(String field, List<String> values) {
        List<String> names = values.stream().map(v -> v == null ? "" : v.strip().toLowerCase()).distinct().toList();
        for (String name : names) {
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException(field + " '" + name + "' must be a lower-case name");
            }
        }
        if (names.contains(ALL_HOTLINES) && names.size() > 1) {
            return List.of(ALL_HOTLINES);
        }
        return names;
    }
}
