package org.numvert.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.numvert.faq.Article;
import org.numvert.faq.ArticleChange;
import org.numvert.faq.ArticleStore;
import org.numvert.faq.Audience;
import org.numvert.faq.Origin;
import org.numvert.faq.RevisionConflictException;
import org.numvert.faq.RevisionSummary;
import org.numvert.faq.StoredArticle;

/**
 * FAQ articles and their revisions (tables {@code faq_article}, {@code faq_revision}): an
 * article row points to its current revision; every revision keeps the full content, its author,
 * time and note. Blocking: call on the database workers.
 */
public final class FaqArticleRepository implements ArticleStore {
    private static final String COLUMNS = "SELECT r.article_id, r.title, r.body, r.hotlines, r.category, r.audience,"
            + " r.tags, r.updated, r.revision, r.changed_at, r.changed_by, r.origin";
    private static final String CURRENT = COLUMNS
            + " FROM faq_article a JOIN faq_revision r ON r.article_id = a.id AND r.revision = a.revision";
    private static final String TAG_SEPARATOR = "\n";

    private final Database database;

    public FaqArticleRepository(Database database) {
        this.database = database;
    }

    @Override
    public Optional<StoredArticle> find(String id) {
        return database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement(CURRENT + " WHERE a.id = ?")) {
                s.setString(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(stored(rs)) : Optional.<StoredArticle>empty();
                }
            }
        });
    }

    @Override
    public void forEachCurrent(Consumer<StoredArticle> action) {
        database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement(CURRENT + " ORDER BY a.id")) {
                s.setFetchSize(500);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        action.accept(stored(rs));
                    }
                }
            }
            return null;
        });
    }

    @Override
    public int count() {
        return (int) single("SELECT COUNT(*) FROM faq_article");
    }

    @Override
    public long changeMark() {
        return single("SELECT COALESCE(MAX(seq), 0) FROM faq_revision");
    }

    @Override
    public List<StoredArticle> save(List<ArticleChange> changes) {
        return database.transaction(c -> {
            List<StoredArticle> saved = new ArrayList<>();
            for (ArticleChange change : changes) {
                saved.add(saveOne(c, change));
            }
            return saved;
        });
    }

    @Override
    public List<RevisionSummary> history(String id) {
        return database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT revision, changed_at, changed_by, origin, note, title"
                    + " FROM faq_revision WHERE article_id = ? ORDER BY revision DESC")) {
                s.setString(1, id);
                List<RevisionSummary> revisions = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        revisions.add(new RevisionSummary(rs.getInt(1), instant(rs, 2), rs.getString(3),
                                Origin.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6)));
                    }
                }
                return revisions;
            }
        });
    }

    @Override
    public Optional<StoredArticle> revision(String id, int revision) {
        return database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement(COLUMNS + " FROM faq_revision r"
                    + " WHERE r.article_id = ? AND r.revision = ?")) {
                s.setString(1, id);
                s.setInt(2, revision);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(stored(rs)) : Optional.<StoredArticle>empty();
                }
            }
        });
    }

    private StoredArticle saveOne(Connection c, ArticleChange change) throws SQLException {
        Article article = change.article();
        int current = currentRevision(c, article.id());
        if (change.expectedRevision().isPresent() && change.expectedRevision().getAsInt() != current) {
            throw new RevisionConflictException(article.id(), current, current == 0
                    ? "article " + article.id() + " does not exist"
                    : "article " + article.id() + " is at revision " + current + ", not "
                            + change.expectedRevision().getAsInt());
        }
        int next = current + 1;
        if (current == 0) {
            insertArticle(c, article.id(), change.at());
        } else {
            moveArticleTo(c, article.id(), next);
        }
        insertRevision(c, change, next);
        return new StoredArticle(article, next, change.at(), change.author(), change.origin());
    }

    private static void insertArticle(Connection c, String id, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO faq_article (id, revision, created_at) VALUES (?, 1, ?)")) {
            s.setString(1, id);
            s.setObject(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            s.executeUpdate();
        }
    }

    private static void moveArticleTo(Connection c, String id, int revision) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE faq_article SET revision = ? WHERE id = ?")) {
            s.setInt(1, revision);
            s.setString(2, id);
            s.executeUpdate();
        }
    }

    private static void insertRevision(Connection c, ArticleChange change, int revision) throws SQLException {
        Article a = change.article();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO faq_revision (article_id, revision, title, body,"
                + " hotlines, category, audience, tags, updated, changed_at, changed_by, origin, note)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, a.id());
            s.setInt(2, revision);
            s.setString(3, a.title());
            s.setString(4, a.body());
            s.setString(5, String.join(",", a.hotlines()));
            s.setString(6, a.category());
            s.setString(7, a.audience().name());
            s.setString(8, String.join(TAG_SEPARATOR, a.tags()));
            s.setObject(9, a.updated());
            s.setObject(10, OffsetDateTime.ofInstant(change.at(), ZoneOffset.UTC));
            s.setString(11, change.author());
            s.setString(12, change.origin().name());
            s.setString(13, change.note());
            s.executeUpdate();
        }
    }

    private static int currentRevision(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT revision FROM faq_article WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    private static StoredArticle stored(ResultSet rs) throws SQLException {
        String tags = rs.getString(7);
        Article article = new Article(rs.getString(1), rs.getString(2), rs.getString(3),
                Arrays.asList(rs.getString(4).split(",")), rs.getString(5), Audience.valueOf(rs.getString(6)),
                tags.isEmpty() ? List.of() : Arrays.asList(tags.split(TAG_SEPARATOR)),
                rs.getObject(8, LocalDate.class));
        return new StoredArticle(article, rs.getInt(9), instant(rs, 10), rs.getString(11),
                Origin.valueOf(rs.getString(12)));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private long single(String sql) {
        return database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
