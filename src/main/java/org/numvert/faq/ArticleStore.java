package org.numvert.faq;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The system of record of the FAQ: articles with every revision. Implemented by the database
 * ({@code org.numvert.store}); the index is derived from it. Blocking: call on a worker pool.
 */
public interface ArticleStore {

    Optional<StoredArticle> find(String id);

    /** Every article in its current revision, in id order, without holding them all in memory. */
    void forEachCurrent(Consumer<StoredArticle> action);

    int count();

    /**
     * Grows with every stored revision: the index records the mark it was built at, and a
     * different mark at start means the index missed changes.
     */
    long changeMark();

    /**
     * Stores each change as a new revision, all in one transaction.
     *
     * @throws RevisionConflictException when an expected revision is not the current one
     */
    List<StoredArticle> save(List<ArticleChange> changes);

    /** The revisions of an article, newest first; empty when it does not exist. */
    List<RevisionSummary> history(String id);

    /** The article as one of its revisions made it. */
    Optional<StoredArticle> revision(String id, int revision);
}
