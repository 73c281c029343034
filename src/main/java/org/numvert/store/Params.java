package org.numvert.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;

/** Binds a statement's parameters in order, and reads nullable numbers back. */
final class Params {
    private final PreparedStatement statement;
    private int index = 1;

    Params(PreparedStatement statement) {
        this.statement = statement;
    }

    Params string(String value) throws SQLException {
        statement.setString(index++, value);
        return this;
    }

    Params integer(int value) throws SQLException {
        statement.setInt(index++, value);
        return this;
    }

    Params number(long value) throws SQLException {
        statement.setLong(index++, value);
        return this;
    }

    Params nullableNumber(Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index++, Types.BIGINT);
        } else {
            statement.setLong(index++, value);
        }
        return this;
    }

    Params instant(Instant value) throws SQLException {
        Timestamps.set(statement, index++, value);
        return this;
    }

    Params millis(long epochMillis) throws SQLException {
        Timestamps.setMillis(statement, index++, epochMillis);
        return this;
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    /** {@code n} question marks separated by commas, for an IN list. */
    static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
