package org.numvert.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.numvert.faq.Proposal;
import org.numvert.faq.ProposalDecision;
import org.numvert.faq.ProposalStatus;
import org.numvert.faq.ProposalStore;
import org.numvert.faq.ProposedChange;

/**
 * Agents' proposed changes to FAQ articles and the editors' decisions (table {@code
 * faq_proposal}). A decision is written only on an open proposal, so that a proposal is decided
 * once even when two editors click at the same time. Blocking: call on the database workers.
 */
public final class FaqProposalRepository implements ProposalStore {
    private static final String COLUMNS = "SELECT id, article_id, base_revision, title, body, note, proposed_by,"
            + " proposed_at, status, decided_by, decided_at, decision_note, result_revision FROM faq_proposal";

    private final Database database;

    public FaqProposalRepository(Database database) {
        this.database = database;
    }

    @Override
    public Proposal add(ProposedChange change) {
        return database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO faq_proposal (article_id, base_revision,"
                    + " title, body, note, proposed_by, proposed_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, 'OPEN')",
                    Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, change.articleId());
                s.setInt(2, change.baseRevision());
                s.setString(3, change.title());
                s.setString(4, change.body());
                s.setString(5, change.note());
                s.setString(6, change.proposedBy());
                s.setObject(7, time(change.proposedAt()));
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    return new Proposal(keys.getLong(1), change, ProposalStatus.OPEN, Optional.empty());
                }
            }
        });
    }

    @Override
    public Optional<Proposal> find(long id) {
        return database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement(COLUMNS + " WHERE id = ?")) {
                s.setLong(1, id);
                List<Proposal> found = proposals(s);
                return found.isEmpty() ? Optional.<Proposal>empty() : Optional.of(found.get(0));
            }
        });
    }

    @Override
    public List<Proposal> withStatus(ProposalStatus status, int limit) {
        return database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement(COLUMNS + " WHERE status = ? ORDER BY proposed_at, id LIMIT ?")) {
                s.setString(1, status.name());
                s.setInt(2, limit);
                return proposals(s);
            }
        });
    }

    @Override
    public List<Proposal> proposedBy(String login, int limit) {
        return database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement(COLUMNS
                    + " WHERE proposed_by = ? ORDER BY proposed_at DESC, id DESC LIMIT ?")) {
                s.setString(1, login);
                s.setInt(2, limit);
                return proposals(s);
            }
        });
    }

    @Override
    public boolean decide(long id, ProposalStatus outcome, ProposalDecision decision) {
        if (outcome == ProposalStatus.OPEN) {
            throw new IllegalArgumentException("a decision accepts or refuses");
        }
        return database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE faq_proposal SET status = ?, decided_by = ?,"
                    + " decided_at = ?, decision_note = ?, result_revision = ? WHERE id = ? AND status = 'OPEN'")) {
                s.setString(1, outcome.name());
                s.setString(2, decision.decidedBy());
                s.setObject(3, time(decision.decidedAt()));
                s.setString(4, decision.note());
                if (decision.revision().isPresent()) {
                    s.setInt(5, decision.revision().getAsInt());
                } else {
                    s.setNull(5, Types.INTEGER);
                }
                s.setLong(6, id);
                return s.executeUpdate() == 1;
            }
        });
    }

    private static List<Proposal> proposals(PreparedStatement s) throws SQLException {
        List<Proposal> proposals = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                proposals.add(proposal(rs));
            }
        }
        return proposals;
    }

    private static Proposal proposal(ResultSet rs) throws SQLException {
        ProposedChange change = new ProposedChange(rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), instant(rs, 8));
        ProposalStatus status = ProposalStatus.valueOf(rs.getString(9));
        Optional<ProposalDecision> decision = Optional.empty();
        if (status != ProposalStatus.OPEN) {
            int revision = rs.getInt(13);
            OptionalInt made = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(revision);
            decision = Optional.of(new ProposalDecision(rs.getString(10), instant(rs, 11), rs.getString(12), made));
        }
        return new Proposal(rs.getLong(1), change, status, decision);
    }

    private static OffsetDateTime time(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
