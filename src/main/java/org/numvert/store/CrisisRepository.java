package org.numvert.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.numvert.ivr.CrisisMessages;
import org.numvert.ivr.CrisisRouting;
import org.numvert.ivr.CrisisScope;
import org.numvert.ivr.CrisisSwitch;
import org.numvert.ivr.Prompt;
import org.numvert.ivr.Stamp;

/**
 * The IVR crisis switches and their history (table {@code ivr_crisis_switch}); every switch on and
 * off is also written to the audit trail ({@code audit_log}) in the same transaction.
 *
 * <p>Blocking: call on the database workers ({@link Database#async}). Callers serialise the
 * writes of one scope (the crisis switchboard does).
 */
public final class CrisisRepository {
    private static final String COLUMNS = "id, scope, message_name, message_text, routing, routing_target, reason,"
            + " expires_at, switched_on_by, switched_on_at, ended_by, ended_at";
    private static final String OPEN = "ended_at IS NULL AND expires_at > ?";

    private final Database database;

    public CrisisRepository(Database database) {
        this.database = database;
    }

    /**
     * Stores {@code crisis} (its id is ignored) and ends the switch of the same scope that was on,
     * as replaced by the same person at the same instant.
     *
     * @return the stored switch, with its id
     */
    public CrisisSwitch switchOn(CrisisSwitch crisis) {
        return database.transaction(c -> {
            Stamp stamp = crisis.switchedOn();
            for (CrisisSwitch replaced : open(c, Optional.of(crisis.scope()), stamp.at())) {
                end(c, replaced.id(), stamp);
                audit(c, stamp, "crisis.replaced", replaced.scope(), "switch " + replaced.id());
            }
            long id = insert(c, crisis);
            audit(c, stamp, "crisis.on", crisis.scope(), "switch " + id + ": message " + crisis.message().name()
                    + ", " + crisis.routing() + ", until " + crisis.expiresAt()
                    + (crisis.reason().isEmpty() ? "" : ", reason: " + crisis.reason()));
            return crisis.withId(id);
        });
    }

    /** Ends the switch of {@code scope} that is on at {@code stamp.at()}; empty when none is. */
    public Optional<CrisisSwitch> switchOff(CrisisScope scope, Stamp stamp) {
        return database.transaction(c -> {
            List<CrisisSwitch> on = open(c, Optional.of(scope), stamp.at());
            for (CrisisSwitch crisis : on) {
                end(c, crisis.id(), stamp);
                audit(c, stamp, "crisis.off", scope, "switch " + crisis.id());
            }
            return on.stream().reduce((first, second) -> second).map(s -> s.endedBy(stamp));
        });
    }

    /** The switches neither ended nor expired at {@code at}, every scope. */
    public List<CrisisSwitch> open(Instant at) {
        return database.transaction(c -> open(c, Optional.empty(), at));
    }

    /** The most recent switches first, of {@code scope} or of every scope. */
    public List<CrisisSwitch> history(Optional<CrisisScope> scope, int limit) {
        return database.transaction(c -> {
            String where = scope.isPresent() ? " WHERE scope = ?" : "";
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM ivr_crisis_switch" + where
                    + " ORDER BY switched_on_at DESC, id DESC LIMIT ?")) {
                int i = 1;
                if (scope.isPresent()) {
                    s.setString(i++, scope.get().key());
                }
                s.setInt(i, limit);
                return read(s);
            }
        });
    }

    private static List<CrisisSwitch> open(Connection c, Optional<CrisisScope> scope, Instant at) throws SQLException {
        String where = OPEN + (scope.isPresent() ? " AND scope = ?" : "");
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM ivr_crisis_switch WHERE " + where
                + " ORDER BY switched_on_at, id")) {
            s.setObject(1, utc(at));
            if (scope.isPresent()) {
                s.setString(2, scope.get().key());
            }
            return read(s);
        }
    }

    private static long insert(Connection c, CrisisSwitch crisis) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO ivr_crisis_switch (scope, message_name,"
                + " message_text, routing, routing_target, reason, expires_at, switched_on_by, switched_on_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, crisis.scope().key());
            s.setString(2, crisis.message().name());
            s.setString(3, crisis.message().text());
            s.setString(4, routingKind(crisis.routing()));
            s.setString(5, routingTarget(crisis.routing()));
            s.setString(6, crisis.reason());
            s.setObject(7, utc(crisis.expiresAt()));
            s.setString(8, crisis.switchedOn().by());
            s.setObject(9, utc(crisis.switchedOn().at()));
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void end(Connection c, long id, Stamp stamp) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE ivr_crisis_switch SET ended_by = ?, ended_at = ? WHERE id = ?")) {
            s.setString(1, stamp.by());
            s.setObject(2, utc(stamp.at()));
            s.setLong(3, id);
            s.executeUpdate();
        }
    }

    private static void audit(Connection c, Stamp stamp, String action, CrisisScope scope, String detail)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO audit_log (occurred_at, actor, action, target, detail)"
                + " VALUES (?, ?, ?, ?, ?)")) {
            s.setObject(1, utc(stamp.at()));
            s.setString(2, stamp.by());
            s.setString(3, action);
            s.setString(4, "hotline:" + scope.key());
            s.setString(5, detail);
            s.executeUpdate();
        }
    }

    private static List<CrisisSwitch> read(PreparedStatement s) throws SQLException {
        List<CrisisSwitch> switches = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                switches.add(row(rs));
            }
        }
        return switches;
    }

    private static CrisisSwitch row(ResultSet rs) throws SQLException {
        Prompt message = new Prompt(rs.getString("message_name"), rs.getString("message_text"), false,
                CrisisMessages.OWNER);
        String endedBy = rs.getString("ended_by");
        Optional<Stamp> ended = endedBy == null ? Optional.empty()
                : Optional.of(new Stamp(endedBy, instant(rs, "ended_at")));
        return new CrisisSwitch(rs.getLong("id"), CrisisScope.parse(rs.getString("scope")), message,
                routing(rs.getString("routing"), rs.getString("routing_target")), rs.getString("reason"),
                instant(rs, "expires_at"), new Stamp(rs.getString("switched_on_by"), instant(rs, "switched_on_at")),
                ended);
    }

    private static String routingKind(CrisisRouting routing) {
        if (routing instanceof CrisisRouting.ToGroup) {
            return "GROUP";
        }
        return routing instanceof CrisisRouting.ToHotline ? "HOTLINE" : "MESSAGE_ONLY";
    }

    private static String routingTarget(CrisisRouting routing) {
        if (routing instanceof CrisisRouting.ToGroup) {
            return ((CrisisRouting.ToGroup) routing).group();
        }
        return routing instanceof CrisisRouting.ToHotline ? ((CrisisRouting.ToHotline) routing).hotline() : null;
    }

    private static CrisisRouting routing(String kind, String target) {
        switch (kind) {
            case "GROUP":
                return new CrisisRouting.ToGroup(target);
            case "HOTLINE":
                return new CrisisRouting.ToHotline(target);
            default:
                return new CrisisRouting.MessageOnly();
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
