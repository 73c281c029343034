package org.numvert.faq;

import java.nio.file.Path;

/**
 * Settings of the FAQ.
 *
 * @param synonymsFile  Solr-format synonyms applied at query time (absent file: none)
 * @param searchThreads size of the {@code numvert-faq} worker pool (searches, edits)
 * @param searchLogDays searches older than this are forgotten (they may hold personal data)
 */
public record FaqSettings(Path synonymsFile, int searchThreads, int searchLogDays) {
}
