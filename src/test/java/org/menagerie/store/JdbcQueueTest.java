package org.menagerie.store;

import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;

class JdbcQueueTest extends JdbcQueueContract {
    private static int databases;
    private JdbcConnectionPool pool;

    @Override
    protected DataSource freshDatabase() {
        if (pool != null) pool.dispose();
        pool = Database.inMemory("queue" + databases++);
        return pool;
    }

    @Override
    protected DataSource sameDatabase() {
        return pool;
    }

    @AfterEach
    void close() {
        if (pool != null) pool.dispose();
    }
}
