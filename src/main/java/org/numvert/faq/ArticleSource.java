package org.numvert.faq;

/**
 * An article read from a file, before import.
 *
 * @param dated  whether the file gave the {@code updated} day (otherwise the article carries the
 *               import day and imports compare content only)
 * @param origin where it was read: file name, and line for JSON lines
 */
public record ArticleSource(Article article, boolean dated, String origin) {
}
