package org.numvert.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** Instants to and from {@code TIMESTAMP WITH TIME ZONE} columns, independent of the JVM's zone. */
final class Timestamps {
    private Timestamps() {
    }

    static void set(PreparedStatement statement, int index, Instant instant) throws SQLException {
        statement.setObject(index, instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    static Instant get(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static Optional<Instant> optional(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(get(rs, column));
    }

    static void setMillis(PreparedStatement statement, int index, long epochMillis) throws SQLException {
        set(statement, index, Instant.ofEpochMilli(epochMillis));
    }

    static long millis(ResultSet rs, String column) throws SQLException {
        return get(rs, column).toEpochMilli();
    }
}
