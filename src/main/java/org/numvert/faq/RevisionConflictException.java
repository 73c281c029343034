package org.numvert.faq;

/**
 * A change was made from a revision that is no longer the current one (another editor saved in
 * between), or creates an article that exists already. Nothing was stored.
 */
public final class RevisionConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String articleId;
    private final int currentRevision;

    public RevisionConflictException(String articleId, int currentRevision, String message) {
        super(message);
        this.articleId = articleId;
        this.currentRevision = currentRevision;
    }

    public String articleId() {
        return articleId;
    }

    /** 0 when the article does not exist. */
    public int currentRevision() {
        return currentRevision;
    }
}
