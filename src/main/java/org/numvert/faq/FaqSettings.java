package org.numvert.faq;

import java.nio.file.Path;

/**
 * Settings of the FAQ.
 *
 * @param synonymsFile  Solr-format synonyms applied at query time (absent file: none)
 * @param searchThreads size of the {@code numvert-faq} worker pool (searches, edits)
 * @param searchLogDays searches older than this are forgotten (they may hold personal data)
 * @param phrasingDays  the words agents searched with before finding an article helpful are
 *                      forgotten after this many days (the verdicts stay)
 */
public record FaqSettings(Path synonymsFile, int searchThreads, int searchLogDays, int phrasingDays) {
}
