package org.numvert.faq;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
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
     * Counts an agent's new verdict on an article: in the ranking's votes ({@link HelpfulVotes})
     * and, with the search that led to the article, in the article's phrasings ({@link
     * LearnedPhrasings}), indexed before this returns so that the next search of any agent uses them.
     */
    public void countFeedback(Feedback feedback) {
        votes.record(feedback.articleId(), feedback.givenBy(), feedback.helpful());
        synchronized (this) {
            if (index.phrasings().record(feedback.articleId(), feedback.givenBy(), feedback.helpful(),
                    Optional.ofNullable(feedback.searched()))) {
                indexAgain(Set.of(feedback.articleId()));
            }
        }
    }

    /**
     * At start: counts the verdicts already recorded, oldest first ({@code recorded} gives them
     * to its argument), then indexes again the articles that have phrasings, so that the index
     * holds them even if the service stopped between a verdict and its indexing.
     */
    public synchronized void restoreFeedback(Consumer<Consumer<Feedback>> recorded) {
        recorded.accept(f -> {
            votes.record(f.articleId(), f.givenBy(), f.helpful());
            index.phrasings().record(f.articleId(), f.givenBy(), f.helpful(), Optional.ofNullable(f.searched()));
        });
        indexAgain(index.phrasings().articles());
    }

    /**
     * Reads the phrasings again from the recorded verdicts, oldest first, and indexes again the
     * articles whose phrasings changed: after old words were forgotten in the records (retention),
     * so that the index forgets them too while the service runs.
     *
     * @return how many articles were indexed again
     */
    public synchronized int refreshPhrasings(Consumer<Consumer<Feedback>> recorded) {
        Map<String, List<String>> before = new HashMap<>();
        index.phrasings().articles().forEach(id -> before.put(id, index.phrasings().of(id)));
        index.phrasings().clear();
        recorded.accept(f -> index.phrasings().record(f.articleId(), f.givenBy(), f.helpful(),
                Optional.ofNullable(f.searched())));
        Set<String> changed = new HashSet<>(before.keySet());
        changed.addAll(index.phrasings().articles());
        changed.removeIf(id -> before.getOrDefault(id, List.of()).equals(index.phrasings().of(id)));
        return indexAgain(changed);
    }

    /** The words agents searched with before finding the article helpful, most recent first. */
    public List<String> phrasings(String articleId) {
        return index.phrasings().of(articleId);
    }

    /**
     * Removes a phrasing from an article's (an editor judged it off the point, or it names a
     * person); the caller has already removed it from the recorded feedback.
     *
     * @return true when the article had it
     */
    public synchronized boolean forgetPhrasing(String articleId, String phrasing) {
        if (!index.phrasings().remove(articleId, phrasing)) {
            return false;
        }
        indexAgain(Set.of(articleId));
        return true;
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

    /** Indexes again the current revision of these articles (their phrasings changed); returns how many. */
    private int indexAgain(Collection<String> ids) {
        List<Article> again = new ArrayList<>();
        for (String id : ids) {
            store.find(id).ifPresent(a -> again.add(a.article()));
        }
        if (!again.isEmpty()) {
            indexAll(again);
        }
        return again.size();
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
