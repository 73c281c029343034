package org.numvert.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.numvert.faq.ArticleRating;
import org.numvert.faq.Feedback;
import org.numvert.faq.FeedbackComment;
import org.numvert.faq.SearchCount;
import org.numvert.faq.SearchRecord;

/**
 * What agents do with the FAQ (tables {@code faq_feedback}, {@code faq_search}) and the
 * supervisors' views of it: top searches, searches that found nothing, articles rated unhelpful,
 * agents' remarks (proposed changes are {@link FaqProposalRepository}'s).
 * Blocking: call on the database workers.
 */
public final class FaqActivityRepository {
    private final Database database;

    public FaqActivityRepository(Database database) {
        this.database = database;
    }

    public void recordFeedback(Feedback feedback) {
        database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO faq_feedback"
                    + " (article_id, revision, helpful, given_by, given_at, comment, searched) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                s.setString(1, feedback.articleId());
                s.setInt(2, feedback.revision());
                s.setBoolean(3, feedback.helpful());
                s.setString(4, feedback.givenBy());
                s.setObject(5, time(feedback.givenAt()));
                s.setString(6, feedback.comment());
                s.setString(7, feedback.searched());
                s.executeUpdate();
            }
            return null;
        });
    }

    /** Every verdict recorded, oldest first (with the search that led to it, without comments), for the ranking. */
    public void forEachVerdict(Consumer<Feedback> sink) {
        database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT article_id, revision, helpful, given_by, given_at, searched"
                    + " FROM faq_feedback ORDER BY given_at, id")) {
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(new Feedback(rs.getString(1), rs.getInt(2), rs.getBoolean(3), rs.getString(4),
                                instant(rs, 5), null, rs.getString(6)));
                    }
                }
            }
            return null;
        });
    }

    /**
     * Removes a phrasing from the feedback on an article (the verdicts stay): it is no longer
     * indexed with the article, now or after a restart.
     *
     * @param phrasing as {@link Feedback#searched()} holds it
     * @return how many verdicts carried it
     */
    public int forgetPhrasing(String articleId, String phrasing) {
        return database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE faq_feedback SET searched = NULL WHERE article_id = ? AND searched = ?")) {
                s.setString(1, articleId);
                s.setString(2, phrasing);
                return s.executeUpdate();
            }
        });
    }

    /**
     * Forgets the words of the verdicts given before {@code before} (the verdicts stay).
     *
     * @return how many verdicts lost their words
     */
    public int forgetPhrasingsBefore(Instant before) {
        return database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE faq_feedback SET searched = NULL WHERE searched IS NOT NULL AND given_at < ?")) {
                s.setObject(1, time(before));
                return s.executeUpdate();
            }
        });
    }

    /** Appends searches in one transaction (the log is written in batches). */
    public void appendSearches(List<SearchRecord> searches) {
        if (searches.isEmpty()) {
            return;
        }
        database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO faq_search (searched_at, query_text, hits, organisation) VALUES (?, ?, ?, ?)")) {
                for (SearchRecord search : searches) {
                    s.setObject(1, time(search.at()));
                    s.setString(2, search.query());
                    s.setInt(3, search.hits());
                    s.setString(4, search.organisation() == null ? null : search.organisation().name());
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
    }

    /** Forgets searches made before {@code limit} (retention); returns how many. */
    public int forgetSearchesBefore(Instant limit) {
        return database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM faq_search WHERE searched_at < ?")) {
                s.setObject(1, time(limit));
                return s.executeUpdate();
            }
        });
    }

    /** The most frequent searches since {@code since}. */
    public List<SearchCount> topSearches(Instant since, int limit) {
        return searchCounts("", since, limit);
    }

    /** The most frequent searches since {@code since} that found nothing. */
    public List<SearchCount> searchesWithoutResult(Instant since, int limit) {
        return searchCounts(" AND hits = 0", since, limit);
    }

    /** Articles rated unhelpful since {@code since}, the most often first. */
    public List<ArticleRating> unhelpfulArticles(Instant since, int limit) {
        return database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT f.article_id, MAX(r.title),"
                    + " SUM(CASE WHEN f.helpful THEN 0 ELSE 1 END) AS unhelpful,"
                    + " SUM(CASE WHEN f.helpful THEN 1 ELSE 0 END), MAX(f.given_at)"
                    + " FROM faq_feedback f JOIN faq_article a ON a.id = f.article_id"
                    + " JOIN faq_revision r ON r.article_id = a.id AND r.revision = a.revision"
                    + " WHERE f.given_at >= ? GROUP BY f.article_id"
                    + " HAVING SUM(CASE WHEN f.helpful THEN 0 ELSE 1 END) > 0"
                    + " ORDER BY unhelpful DESC, f.article_id LIMIT ?")) {
                s.setObject(1, time(since));
                s.setInt(2, limit);
                List<ArticleRating> ratings = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        ratings.add(new ArticleRating(rs.getString(1), rs.getString(2), rs.getLong(3),
                                rs.getLong(4), instant(rs, 5)));
                    }
                }
                return ratings;
            }
        });
    }

    /** Feedback that came with a comment since {@code since}, the newest first. */
    public List<FeedbackComment> comments(Instant since, int limit) {
        return database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT f.article_id, r.title, f.revision, f.helpful,"
                    + " f.given_by, f.given_at, f.comment"
                    + " FROM faq_feedback f JOIN faq_article a ON a.id = f.article_id"
                    + " JOIN faq_revision r ON r.article_id = a.id AND r.revision = a.revision"
                    + " WHERE f.given_at >= ? AND f.comment IS NOT NULL AND f.comment <> ''"
                    + " ORDER BY f.given_at DESC, f.id DESC LIMIT ?")) {
                s.setObject(1, time(since));
                s.setInt(2, limit);
                List<FeedbackComment> comments = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        comments.add(new FeedbackComment(rs.getString(1), rs.getString(2), rs.getInt(3),
                                rs.getBoolean(4), rs.getString(5), instant(rs, 6), rs.getString(7)));
                    }
                }
                return comments;
            }
        });
    }

    private List<SearchCount> searchCounts(String condition, Instant since, int limit) {
        return database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT query_text, COUNT(*) AS n,"
                    + " SUM(CASE WHEN hits = 0 THEN 1 ELSE 0 END), MAX(searched_at)"
                    + " FROM faq_search WHERE searched_at >= ?" + condition
                    + " GROUP BY query_text ORDER BY n DESC, query_text LIMIT ?")) {
                s.setObject(1, time(since));
                s.setInt(2, limit);
                List<SearchCount> counts = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        counts.add(new SearchCount(rs.getString(1), rs.getLong(2), rs.getLong(3), instant(rs, 4)));
                    }
                }
                return counts;
            }
        });
    }

    private static OffsetDateTime time(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
