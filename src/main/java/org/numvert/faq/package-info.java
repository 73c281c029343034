/**
 * The shared FAQ: articles (Markdown with front matter, {@code kb/}; JSON lines), their search
 * index, search and suggestions. The only package that imports Lucene (checked by the build).
 *
 * <p>The database is the record ({@link org.numvert.faq.ArticleStore}, implemented in {@code
 * store}); the Lucene index ({@link org.numvert.faq.FaqIndex}) is derived from it, refreshed after
 * every write (an edit is visible to the next search) and rebuilt when missing, unreadable or
 * behind. French analysis: elision, lower case, ASCII folding, stop words, light stemming;
 * synonyms at query time weighted below typed words; typo tolerance by word length; phrase
 * boosts; title above body.
 *
 * <p>Threading: everything here blocks (Lucene, JDBC through the store) and runs on the {@code
 * numvert-faq} worker pool, never on an event loop. {@link org.numvert.faq.Faq} serialises writes.
 */
package org.numvert.faq;
