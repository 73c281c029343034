package org.numvert.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MigrationsTest {
    private final Database database = Database.openMemory("migrations-" + UUID.randomUUID());

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void emptyDatabaseGetsEveryShippedMigration() {
        Migrations migrations = Migrations.fromClasspath(database);

        List<Integer> applied = migrations.migrate();

        assertThat(applied).startsWith(1).isSorted();
        assertThat(migrations.currentVersion()).isEqualTo(applied.get(applied.size() - 1));
        assertThat(tables()).contains("SCHEMA_VERSION", "SETTING", "AUDIT_LOG");
    }

    @Test
    void existingDatabaseGetsOnlyNewMigrations() {
        Migration first = Migration.of("V1__people.sql", "CREATE TABLE person (id INT PRIMARY KEY);\n");
        new Migrations(database, List.of(first)).migrate();
        database.transaction(c -> c.createStatement().executeUpdate("INSERT INTO person VALUES (7)"));

        Migration second = Migration.of("V2__names.sql",
                "-- a later release\nALTER TABLE person ADD COLUMN name VARCHAR(50);\n"
                        + "UPDATE person SET name = 'Camille';\n");
        List<Integer> applied = new Migrations(database, List.of(first, second)).migrate();

        assertThat(applied).containsExactly(2);
        String row = database.transaction(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT id, name FROM person")) {
                rs.next();
                return rs.getInt(1) + " " + rs.getString(2);
            }
        });
        assertThat(row).isEqualTo("7 Camille");
        assertThat(new Migrations(database, List.of(first, second)).migrate()).isEmpty();
    }

    @Test
    void failedMigrationLeavesNoTrace() {
        Migration broken = Migration.of("V1__broken.sql",
                "CREATE TABLE half (id INT);\nCREATE TABLE oops (;\n");

        assertThatThrownBy(() -> new Migrations(database, List.of(broken)).migrate())
                .isInstanceOf(StoreException.class);
        assertThat(new Migrations(database, List.of()).currentVersion()).isZero();
    }

    @Test
    void changedMigrationIsRefused() {
        new Migrations(database, List.of(Migration.of("V1__t.sql", "CREATE TABLE t (id INT);"))).migrate();

        Migrations edited = new Migrations(database,
                List.of(Migration.of("V1__t.sql", "CREATE TABLE t (id BIGINT);")));

        assertThatThrownBy(edited::migrate).hasMessageContaining("V1 was changed");
    }

    @Test
    void duplicateVersionsAreRefused() {
        assertThatThrownBy(() -> new Migrations(database, List.of(
                Migration.of("V3__a.sql", "VALUES 1;"), Migration.of("V3__b.sql", "VALUES 2;"))))
                .hasMessageContaining("two migrations with version 3");
    }

    @Test
    void statementsSplitAtLineEndSemicolons() {
        Migration m = Migration.of("V9__x.sql",
                "-- comment\nCREATE TABLE a (\n  s VARCHAR(10) DEFAULT 'x;y'\n);\n\nINSERT INTO a VALUES ('z');\n");

        assertThat(m.statements()).containsExactly(
                "CREATE TABLE a (\n  s VARCHAR(10) DEFAULT 'x;y'\n)", "INSERT INTO a VALUES ('z')");
        assertThat(m.version()).isEqualTo(9);
    }

    @Test
    void settingsAreKept() {
        Migrations.fromClasspath(database).migrate();
        SettingsRepository settings = new SettingsRepository(database);

        String id = settings.getOrCreate("instance.id", () -> "first");
        settings.put("crisis", "on");
        settings.put("crisis", "off");

        assertThat(id).isEqualTo("first");
        assertThat(settings.getOrCreate("instance.id", () -> "second")).isEqualTo("first");
        assertThat(settings.get("crisis")).contains("off");
        assertThat(settings.get("nothing")).isEmpty();
    }

    private List<String> tables() {
        return database.transaction(c -> {
            List<String> names = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'PUBLIC'")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        });
    }
}
