package org.menagerie.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;

/** Opens the embedded catalog store: an H2 database file in a directory, migrated to the current schema. */
public final class H2 {
    /** The database's name inside the store directory; H2 adds {@code .mv.db}. */
    public static final String NAME = "catalog";

    // WRITE_DELAY=0 hands every commit to the operating system at once (the default waits up to 500 ms), so a process
    // killed right after a commit keeps it. A bigger page cache than the default helps bulk imports.
    private static final String SETTINGS = ";WRITE_DELAY=0;CACHE_SIZE=65536;LOCK_TIMEOUT=10000";

    private H2() {}

    /** Opens (creating if needed) the store in {@code dir} and applies pending migrations. */
    public static JdbcCaseStore open(Path dir) {
        JdbcConnectionPool pool = pool(dir);
        return new JdbcCaseStore(pool, pool::dispose);
    }

    /**
     * The whole embedded database in {@code dir} for one installation: the catalog and the tables beside it
     * (publications, accounts) over one connection pool, migrated once.
     */
    public static Opened openAll(Path dir) {
        JdbcConnectionPool pool = pool(dir);
        return new Opened(new JdbcCaseStore(pool, () -> {}), pool, pool::dispose);
    }

    /** A store's parts: the catalog, the data source of the tables beside it, and what releases both. */
    public record Opened(org.menagerie.catalog.CaseStore cases, javax.sql.DataSource tables, Runnable close) {}

    /** An in-memory catalog with a private in-memory database for the tables beside it (the memory back end). */
    public static Opened memory() {
        JdbcConnectionPool pool = Database.inMemory("menagerie-" + java.util.UUID.randomUUID());
        return new Opened(new org.menagerie.store.memory.MemoryCaseStore(), pool, pool::dispose);
    }

    private static JdbcConnectionPool pool(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create store directory " + dir + ": " + e.getMessage(), e);
        }
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve(NAME) + SETTINGS;
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "menagerie", "");
        try (Connection first = pool.getConnection()) {
            // Held while migrating, so the database stays open between Flyway's own connections.
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        } catch (SQLException e) {
            pool.dispose();
            if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw new StoreException("the store in " + dir + " is open in another process (a running menagerie serve?)", e);
            }
            throw new StoreException(e);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
        return pool;
    }

    /** Whether {@code dir} holds a store already. */
    public static boolean exists(Path dir) {
        return Files.exists(dir.resolve(NAME + ".mv.db"));
    }
}
