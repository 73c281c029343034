package org.numvert.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the versioned migrations found on the class path under {@code db/migration/} in order of
 * version, each in its own transaction, recording them in {@code schema_version}. An applied
 * migration whose file has changed since is an error: history is not rewritten.
 */
public final class Migrations {
    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);
    private static final String LOCATION = "db/migration";

    private final Database database;
    private final List<Migration> available;

    Migrations(Database database, List<Migration> available) {
        this.database = database;
        this.available = available.stream().sorted(Comparator.comparingInt(Migration::version)).toList();
        checkUniqueVersions();
    }

    public static Migrations fromClasspath(Database database) {
        return new Migrations(database, loadFromClasspath());
    }

    /** Applies every pending migration; returns the versions applied now. */
    public List<Integer> migrate() {
        database.transaction(Migrations::createHistoryTable);
        Map<Integer, String> applied = database.transaction(Migrations::appliedChecksums);
        List<Integer> done = new ArrayList<>();
        for (Migration migration : available) {
            String checksum = applied.get(migration.version());
            if (checksum == null) {
                apply(migration);
                done.add(migration.version());
            } else if (!checksum.equals(migration.checksum())) {
                throw new StoreException("migration V" + migration.version()
                        + " was changed after it was applied; add a new migration instead");
            }
        }
        LOG.info("database schema at version {} ({} migration(s) applied now)", currentVersion(), done.size());
        return done;
    }

    /** The highest applied version, 0 for an empty database. */
    public int currentVersion() {
        return database.transaction(c -> appliedChecksums(c).keySet().stream()
                .mapToInt(Integer::intValue).max().orElse(0));
    }

    private void apply(Migration migration) {
        database.transaction(c -> {
            try (Statement s = c.createStatement()) {
                for (String sql : migration.statements()) {
                    s.execute(sql);
                }
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO schema_version (version, description, checksum, applied_at) VALUES (?, ?, ?, ?)")) {
                insert.setInt(1, migration.version());
                insert.setString(2, migration.description());
                insert.setString(3, migration.checksum());
                insert.setTimestamp(4, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
            return null;
        });
        LOG.info("applied migration V{} ({})", migration.version(), migration.description());
    }

    private static Void createHistoryTable(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INT PRIMARY KEY,"
                    + " description VARCHAR(200) NOT NULL, checksum VARCHAR(64) NOT NULL,"
                    + " applied_at TIMESTAMP NOT NULL)");
        }
        return null;
    }

    private static Map<Integer, String> appliedChecksums(Connection c) throws SQLException {
        Map<Integer, String> applied = new HashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT version, checksum FROM schema_version")) {
            while (rs.next()) {
                applied.put(rs.getInt(1), rs.getString(2));
            }
        }
        return applied;
    }

    private void checkUniqueVersions() {
        for (int i = 1; i < available.size(); i++) {
            if (available.get(i).version() == available.get(i - 1).version()) {
                throw new StoreException("two migrations with version " + available.get(i).version());
            }
        }
    }

    private static List<Migration> loadFromClasspath() {
        URL url = Migrations.class.getClassLoader().getResource(LOCATION);
        if (url == null) {
            throw new StoreException("no " + LOCATION + " on the class path");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem fs = jarFileSystem(uri)) {
                    return readDirectory(fs.getPath(LOCATION));
                }
            }
            return readDirectory(Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            throw new StoreException("cannot read migrations from " + url, e);
        }
    }

    private static FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            throw new StoreException("migrations jar already open: " + uri, e);
        }
    }

    private static List<Migration> readDirectory(Path dir) throws IOException {
        List<Migration> migrations = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (Migration.isMigrationName(name)) {
                    try (InputStream in = Files.newInputStream(file)) {
                        migrations.add(Migration.of(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                    }
                }
            }
        }
        return migrations;
    }
}
