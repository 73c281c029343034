package org.numvert.faq;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What an agent asks: words as typed, optional filters, the audiences it may see, and a page.
 *
 * @param text      the words as typed; blank lists the articles, most recently updated first
 * @param hotline   only articles of this hotline (or of all hotlines)
 * @param audiences the audiences the asker may see, never empty
 * @param partial   the last word may be incomplete (search-as-you-type)
 */
public record SearchRequest(String text, Optional<String> hotline, Optional<String> category,
        Set<Audience> audiences, int limit, int offset, boolean partial) {
    public static final int MAX_LIMIT = 100;
    public static final int MAX_OFFSET = 10_000;

    public SearchRequest {
        text = Objects.requireNonNullElse(text, "");
        hotline = Objects.requireNonNullElse(hotline, Optional.empty());
        category = Objects.requireNonNullElse(category, Optional.empty());
        audiences = audiences == null || audiences.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(audiences));
        if (audiences.isEmpty()) {
            throw new IllegalArgumentException("a search needs at least one visible audience");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new IllegalArgumentException("offset must be between 0 and " + MAX_OFFSET);
        }
    }

    /** The first {@code limit} hits for {@code text} among every audience, no filter. */
    public static SearchRequest of(String text, int limit) {
        return new SearchRequest(text, Optional.empty(), Optional.empty(), EnumSet.allOf(Audience.class),
                limit, 0, true);
    }

    public SearchRequest withHotline(String value) {
        return new SearchRequest(text, Optional.of(value), category, audiences, limit, offset, partial);
    }

    public SearchRequest withCategory(String value) {
        return new SearchRequest(text, hotline, Optional.of(value), audiences, limit, offset, partial);
    }

    public SearchRequest withAudiences(Set<Audience> value) {
        return new SearchRequest(text, hotline, category, value, limit, offset, partial);
    }
}
