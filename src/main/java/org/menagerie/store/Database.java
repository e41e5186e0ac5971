package org.menagerie.store;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;

/** Opens the embedded H2 database of a workspace and brings its schema up to date with the Flyway migrations. */
public final class Database {
    private Database() {}

    /** The database in {@code dir} (created if missing), migrated. */
    public static JdbcConnectionPool open(Path dir) {
        return migrated(JdbcConnectionPool.create("jdbc:h2:file:" + dir.toAbsolutePath().resolve("menagerie")
                + ";DB_CLOSE_ON_EXIT=FALSE", "sa", ""));
    }

    /** A private in-memory database, migrated; for tests and throwaway runs. */
    public static JdbcConnectionPool inMemory(String name) {
        return migrated(JdbcConnectionPool.create("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", ""));
    }

    private static JdbcConnectionPool migrated(JdbcConnectionPool pool) {
        migrate(pool);
        return pool;
    }

    public static void migrate(DataSource ds) {
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
    }
}
