package org.numvert.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/** Service-wide named values (table {@code setting}). Blocking: call on the database workers. */
public final class SettingsRepository {
    private final Database database;

    public SettingsRepository(Database database) {
        this.database = database;
    }

    public Optional<String> get(String name) {
        return database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT value FROM setting WHERE name = ?")) {
                s.setString(1, name);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    public void put(String name, String value) {
        database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "MERGE INTO setting USING (VALUES (CAST(? AS VARCHAR(100)), CAST(? AS VARCHAR(4000)), CAST(? AS TIMESTAMP WITH TIME ZONE)))"
                            + " AS v(name, value, changed) ON setting.name = v.name"
                            + " WHEN MATCHED THEN UPDATE SET value = v.value, updated_at = v.changed"
                            + " WHEN NOT MATCHED THEN INSERT (name, value, updated_at) VALUES (v.name, v.value, v.changed)")) {
                s.setString(1, name);
                s.setString(2, value);
                s.setTimestamp(3, Timestamp.from(Instant.now()));
                s.executeUpdate();
            }
            return null;
        });
    }

    /** The stored value, or {@code initial} stored now (first start). */
    public String getOrCreate(String name, Supplier<String> initial) {
        return get(name).orElseGet(() -> {
            String value = initial.get();
            put(name, value);
            return value;
        });
    }
}
