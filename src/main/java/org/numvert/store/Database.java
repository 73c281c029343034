package org.numvert.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded HSQLDB database: a small connection pool, transactions, and a named worker pool
 * ({@code numvert-db}) on which every blocking call runs.
 *
 * <p>Threading: {@link #transaction} blocks and may be called from worker threads and command-line
 * tools; from an event loop use {@link #async}. Thread-safe.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final int POOL_SIZE = 8;

    static {
        // HSQLDB would otherwise reset java.util.logging, which we bridge to SLF4J.
        System.setProperty("hsqldb.reconfig_logging", "false");
    }

    private final HikariDataSource pool;
    private final String url;
    private final String description;
    private volatile WorkerExecutor workers;

    private Database(String url, String description) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("SA");
        config.setPassword("");
        config.setMaximumPoolSize(POOL_SIZE);
        config.setPoolName("numvert-db");
        config.setAutoCommit(false);
        this.pool = new HikariDataSource(config);
        this.url = url;
        this.description = description;
    }

    /**
     * Opens (creating if needed) the file database in {@code dir}. Durable commits
     * ({@code write_delay=false}), disk-backed tables, MVCC transactions.
     */
    public static Database openFile(Path dir) {
        String file = dir.toAbsolutePath().resolve("numvert").toString();
        String url = "jdbc:hsqldb:file:" + file
                + ";hsqldb.write_delay=false;hsqldb.default_table_type=cached;hsqldb.tx=mvcc"
                + ";hsqldb.lob_compressed=true;sql.syntax_ora=false";
        return new Database(url, "file " + file);
    }

    /** An in-memory database, for tests: each {@code name} is its own database. */
    public static Database openMemory(String name) {
        return new Database("jdbc:hsqldb:mem:" + name + ";hsqldb.tx=mvcc", "memory " + name);
    }

    /** Runs blocking work through {@link #async} on a named worker pool of this Vert.x. */
    public Database withWorkers(Vertx vertx) {
        this.workers = vertx.createSharedWorkerExecutor("numvert-db", POOL_SIZE);
        return this;
    }

    /**
     * Runs {@code task} (typically a repository call) on the {@code numvert-db} worker pool.
     * Independent reads may run in parallel ({@code ordered=false}).
     */
    public <T> Future<T> async(Callable<T> task) {
        WorkerExecutor executor = workers;
        if (executor == null) {
            return Future.failedFuture(new IllegalStateException("database has no worker pool"));
        }
        return executor.executeBlocking(task, false);
    }

    /** Runs {@code work} in one transaction: committed on success, rolled back on failure. */
    <T> T transaction(SqlWork<T> work) {
        try (Connection connection = pool.getConnection()) {
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("database error: " + e.getMessage(), e);
        }
    }

    /** Whether the database answers a trivial query. */
    public boolean ping() {
        return transaction(c -> {
            try (Statement s = c.createStatement()) {
                return s.execute("VALUES 1");
            }
        });
    }

    public String description() {
        return description;
    }

    /**
     * Closes the pool, then shuts the database down cleanly ({@code SHUTDOWN}: the next start
     * replays nothing, and the lock file is gone). The pool is closed first and the {@code SHUTDOWN}
     * goes over a connection of its own: a pool keeps its size by opening new connections, and one
     * opened after the {@code SHUTDOWN} would open the database again and keep its lock until this
     * process ended.
     */
    @Override
    public void close() {
        pool.close();
        try (Connection connection = DriverManager.getConnection(url, "SA", "");
                Statement s = connection.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            LOG.warn("database shutdown failed: {}", e.getMessage());
        } finally {
            WorkerExecutor executor = workers;
            if (executor != null) {
                executor.close();
            }
        }
        LOG.info("database closed ({})", description);
    }
}
