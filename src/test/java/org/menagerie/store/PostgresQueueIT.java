package org.menagerie.store;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.menagerie.queue.QueueContract;
import org.menagerie.queue.WorkQueue;

/** The queue contract for the store-backed queue on a real PostgreSQL server. */
class PostgresQueueIT extends QueueContract {
    private final List<H2.Opened> opened = new ArrayList<>();
    private Postgres.Settings database;

    @Override
    protected WorkQueue create() {
        database = PostgresServer.shared().freshDatabase();
        return new JdbcQueue(open().tables());
    }

    /** A new queue over a new pool on the same database: what a restarted process sees. */
    @Override
    protected WorkQueue reopen(WorkQueue queue) {
        return new JdbcQueue(open().tables());
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

    // A lease long enough that a loaded machine does not let it run out between two polls a test makes in a row.
    @Override
    protected java.time.Duration shortLease() {
        return java.time.Duration.ofSeconds(2);
    }

    @Override
    protected WorkQueue afterLease(WorkQueue queue) throws InterruptedException {
        Thread.sleep(2200);
        return queue;
    }
}
