package org.numvert.faq;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The FAQ: articles in the database (the record), the index derived from it, search and
 * suggestions. Every write goes to the database first, then to the index, which is refreshed
 * before the write returns: the next search of any agent sees it.
 *
 * <p>Threading: thread-safe; writes are serialised so that the index receives them in database
 * order. Blocking (JDBC, Lucene): call on a worker pool, never on an event loop.
 */
public final class Faq implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(Faq.class);
    private static final int IMPORT_BATCH = 500;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final ArticleStore store;
    private final FaqIndex index;
    private final HelpfulVotes votes = new HelpfulVotes();
    private final FaqSearcher searcher;
    private final Suggestions suggestions;
    private final Clock clock;

    public Faq(ArticleStore store, FaqIndex index, Clock clock) {
        this.store = store;
        this.index = index;
        this.searcher = new FaqSearcher(index, votes);
        this.suggestions = new Suggestions(index);
        this.clock = clock;
    }

    /** Rebuilds the index when it does not reflect the database (new, unreadable, or behind). */
    public synchronized boolean catchUp() {
        long mark = store.changeMark();
        if (index.mark() == mark) {
            return false;
        }
        LOG.info("FAQ index at mark {}, database at {}: rebuilding", index.mark(), mark);
        reindex();
        return true;
    }

    /** Rebuilds the index from the database; returns the number of articles indexed. */
    public synchronized int reindex() {
        long mark = store.changeMark();
        try {
            int count = index.rebuild(sink -> store.forEachCurrent(stored -> sink.accept(stored.article())), mark);
            LOG.info("FAQ index rebuilt: {} articles", count);
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException("FAQ index rebuild failed", e);
        }
    }

    public SearchResults search(SearchRequest request) {
        return searcher.search(request);
    }

    /**
     * Counts an agent's verdict on an article in the ranking ({@link HelpfulVotes}): at once for
     * new feedback, and at start for the feedback already recorded, oldest first.
     */
    public void countVote(String articleId, String agent, boolean helpful) {
        votes.record(articleId, agent, helpful);
    }

    public List<Suggestion> suggest(String text, Set<Audience> audiences, int limit) {
        return suggestions.of(text, audiences, limit);
    }

    public Optional<StoredArticle> find(String id) {
        return store.find(id);
    }

    public List<RevisionSummary> history(String id) {
        return store.history(id);
    }

    public Optional<StoredArticle> revision(String id, int revision) {
        return store.revision(id, revision);
    }

    /** Articles the index holds. */
    public int articleCount() {
        return index.count();
    }

    /**
     * Stores an editor's new revision (dated today) and indexes it.
     *
     * @param expectedRevision 0 to create; the revision the editor started from; empty: no check
     * @throws RevisionConflictException when another editor saved in between
     */
    public synchronized StoredArticle edit(Article article, String author, String note, OptionalInt expectedRevision) {
        Article dated = article.withUpdated(LocalDate.ofInstant(clock.instant(), PARIS));
        StoredArticle saved = store.save(List.of(new ArticleChange(dated, author, Origin.EDIT, note,
                clock.instant(), expectedRevision))).get(0);
        indexAll(List.of(saved.article()));
        return saved;
    }

    /** Imports articles read from files (see {@link KbImport} for what happens to each). */
    public synchronized ImportReport importArticles(List<ArticleSource> sources, boolean force) {
        KbImport decisions = new KbImport(force, clock.instant());
        for (int start = 0; start < sources.size(); start += IMPORT_BATCH) {
            for (ArticleSource source : sources.subList(start, Math.min(sources.size(), start + IMPORT_BATCH))) {
                decisions.decide(source, store.find(source.article().id()));
            }
            List<ArticleChange> changes = decisions.drainChanges();
            if (!changes.isEmpty()) {
                store.save(changes);
                indexAll(changes.stream().map(ArticleChange::article).toList());
            }
        }
        ImportReport report = decisions.report();
        if (report.created() + report.updated() > 0) {
            mergeIndex();
        }
        LOG.info("FAQ import: {}", report.summary());
        return report;
    }

    /** Every article in its current revision, for export. */
    public List<StoredArticle> all() {
        List<StoredArticle> all = new ArrayList<>();
        store.forEachCurrent(all::add);
        return all;
    }

    @Override
    public void close() throws IOException {
        index.close();
    }

    private void mergeIndex() {
        try {
            index.merge();
        } catch (IOException e) {
            LOG.warn("FAQ index not merged after the import (it is complete, searches are only slower): {}",
                    e.toString());
        }
    }

    private void indexAll(List<Article> articles) {
        try {
            index.replace(articles, store.changeMark());
        } catch (IOException e) {
            throw new UncheckedIOException("FAQ index update failed (the database has the change;"
                    + " the index is rebuilt at next start)", e);
        }
    }
}
