package org.menagerie.store;

import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Connections to the workspace's embedded database for the tables beside the catalog (publications, accounts). It is
 * the same H2 file as {@link H2#open}, so one Flyway history covers every table; H2 shares an open file between the
 * pools of one process.
 */
public final class Database {
    private Database() {}

    /** The database in the store directory {@code dir} (created if missing), migrated. */
    public static JdbcConnectionPool open(Path dir) {
        return migrated(JdbcConnectionPool.create("jdbc:h2:file:" + dir.toAbsolutePath().resolve(H2.NAME)
                + ";LOCK_TIMEOUT=10000", "menagerie", ""));
    }

    /** A private in-memory database, migrated; for tests and throwaway runs. */
    public static JdbcConnectionPool inMemory(String name) {
        return migrated(JdbcConnectionPool.create("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "menagerie", ""));
    }

    private static JdbcConnectionPool migrated(JdbcConnectionPool pool) {
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
            return pool;
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }
}
