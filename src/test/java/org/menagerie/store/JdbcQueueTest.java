package org.menagerie.store;

import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.menagerie.queue.QueueContract;
import org.menagerie.queue.WorkQueue;

class JdbcQueueTest extends QueueContract {
    private final java.util.concurrent.atomic.AtomicLong clock = new java.util.concurrent.atomic.AtomicLong();
    private static int databases;
    private JdbcConnectionPool pool;

    @Override
    protected WorkQueue create() {
        pool = Database.inMemory("queue" + databases++);
        return new JdbcQueue(pool, clock::get);
    }

    /** A new queue over the same database: what a restarted process sees. */
    @Override
    protected WorkQueue reopen(WorkQueue queue) {
        return new JdbcQueue(pool, clock::get);
    }

    @AfterEach
    void close() {
        if (pool != null) pool.dispose();
    }

    @Override
    protected WorkQueue afterLease(WorkQueue queue) {
        clock.addAndGet(shortLease().toNanos() + 1);
        return queue;
    }
}
