package org.numvert.faq;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A new revision to store.
 *
 * @param expectedRevision the revision the author started from: 0 to create, n to change revision
 *                         n, empty to skip the check (imports decide before)
 */
public record ArticleChange(Article article, String author, Origin origin, String note, Instant at,
        OptionalInt expectedRevision) {
    public ArticleChange {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(at, "at");
        expectedRevision = Objects.requireNonNullElse(expectedRevision, OptionalInt.empty());
        note = note == null || note.isBlank() ? null : note.strip();
        if (note != null && note.length() > 1000) {
            throw new IllegalArgumentException("note is longer than 1000 characters");
        }
    }
}
