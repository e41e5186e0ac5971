package org.menagerie.store;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;

/** The queue contract for the store-backed queue on a real PostgreSQL server. */
class PostgresQueueIT extends JdbcQueueContract {
    private final List<H2.Opened> opened = new ArrayList<>();
    private Postgres.Settings database;

    @Override
    protected DataSource freshDatabase() {
        database = PostgresServer.shared().freshDatabase();
        return open().tables();
    }

    /** A new pool on the same database: what a restarted process sees. */
    @Override
    protected DataSource sameDatabase() {
        return open().tables();
    }

    private H2.Opened open() {
        H2.Opened o = Postgres.openAll(database);
        opened.add(o);
        return o;
    }

    @AfterEach
    void close() {
        for (H2.Opened o : opened) o.close().run();
    }
}
