package org.menagerie.store;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.menagerie.queue.QueueContract;
import org.menagerie.queue.WorkQueue;

/** The queue contract for the store-backed queue on a real PostgreSQL server. */
class PostgresQueueIT extends QueueContract {
    private final java.util.concurrent.atomic.AtomicLong clock = new java.util.concurrent.atomic.AtomicLong();
    private final List<H2.Opened> opened = new ArrayList<>();
    private Postgres.Settings database;

    @Override
    protected WorkQueue create() {
        database = PostgresServer.shared().freshDatabase();
        return new JdbcQueue(open().tables(), clock::get);
    }

    /** A new queue over a new pool on the same database: what a restarted process sees. */
    @Override
    protected WorkQueue reopen(WorkQueue queue) {
        return new JdbcQueue(open().tables(), clock::get);
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

    @Override
    protected WorkQueue afterLease(WorkQueue queue) {
        clock.addAndGet(shortLease().toNanos() + 1);
        return queue;
    }
}
